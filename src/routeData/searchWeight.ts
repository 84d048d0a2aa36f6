/**
 * How strongly search ranks a page's text, by where the page sits (Pagefind's `data-pagefind-weight`, 1 by default,
 * on a quadratic scale). Learners search for a term to read about it, so the lessons (lectures, cases, methods) and the
 * glossary count double, and the pages that serve trainers and the curious (the instructor's guide, the workshop's
 * tools, the model's reference) count half: they repeat every term many times, and without this they came first (a
 * search for 低于零点客户 listed no lesson in its first eight results).
 */
const lessonSections = ['lectures/', 'cases/', 'methods/'];
const glossary = 'reference/glossary';
const backgroundSections = ['instructor/', 'workshop/', 'reference/'];

/** The weight for a Starlight route id (`lectures/02-customer-insight`, `en/reference/glossary`, …), or undefined for the default. */
export function searchWeight(routeId: string): number | undefined {
	const id = routeId.replace(/^en\//, '');
	if (id === glossary || lessonSections.some((section) => id.startsWith(section))) return 2;
	if (backgroundSections.some((section) => id.startsWith(section))) return 0.5;
	return undefined;
}
