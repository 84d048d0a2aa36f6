import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Adds sources to one directive of a policy's text, creating the directive when it is missing. */
function addSources(policy: string, name: string, sources: string[]): string {
	if (sources.length === 0) return policy;
	const directives = policy
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	const at = directives.findIndex((d) => d.split(/\s+/)[0] === name);
	if (at === -1) directives.push(`${name} 'self' ${sources.join(' ')}`);
	else {
		const present = new Set(directives[at]?.split(/\s+/));
		directives[at] = [directives[at], ...sources.filter((s) => !present.has(s))].join(' ');
	}
	return `${directives.join('; ')};`;
}

/**
 * Astro hashes the scripts and styles it bundles into the page's Content-Security-Policy, but not the `is:inline`
 * ones that Starlight writes (theme picker, sidebar scroll restore, and the like). This adds the SHA-256 of every
 * inline `<script>` and `<style>` of a page to its `<meta http-equiv="content-security-policy">`, so they keep running
 * under the strict policy and nothing else inline does. Returns the page unchanged when it has no policy.
 */
export function hashInlineCode(html: string): { html: string; added: number } {
	const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
	if (!meta) return { html, added: 0 };
	const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
		.filter((m) => !/type="application\/(ld\+)?json"/i.test(m[0]))
		.map((m) => sha256(m[1] ?? ''));
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1] ?? ''));
	const policy = meta[2] ?? '';
	const missing = (list: string[]) => [...new Set(list)].filter((h) => !policy.includes(h));
	const newScripts = missing(scripts);
	const newStyles = missing(styles);
	const next = addSources(addSources(policy, 'script-src', newScripts), 'style-src', newStyles);
	return {
		html: html.slice(0, meta.index) + meta[1] + next + meta[3] + html.slice(meta.index + meta[0].length),
		added: newScripts.length + newStyles.length,
	};
}
