/**
 * Fills `{name}` placeholders of a UI string. Browser scripts use this on strings handed over by their component, so
 * the dictionaries of both locales never ship to the page.
 */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
