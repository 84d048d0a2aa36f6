import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashInlineCode } from '../../../src/integrations/hashInlineCode.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash('known()')}; style-src 'self';">${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('hashInlineCode', () => {
	it('adds the hash of each inline script and style that the policy lacks, once', () => {
		const { html, added } = hashInlineCode(
			page('<script>known()</script><script>theme()</script><style>a{color:red}</style>', '<script>theme()</script>'),
		);
		const policy = policyOf(html);
		expect(added).toBe(2);
		expect(policy).toContain(`script-src 'self' ${hash('known()')} ${hash('theme()')}`);
		expect(policy).toContain(`style-src 'self' ${hash('a{color:red}')}`);
		expect(policy.split(hash('theme()'))).toHaveLength(2);
		expect(policy).toContain("default-src 'self'");
	});

	it('leaves external scripts, JSON data blocks and pages without a policy alone', () => {
		const external = page('<script type="module" src="/a.js"></script><script type="application/ld+json">{}</script>');
		expect(hashInlineCode(external)).toEqual({ html: external, added: 0 });
		const bare = '<html><head><script>x()</script></head></html>';
		expect(hashInlineCode(bare)).toEqual({ html: bare, added: 0 });
	});

	it('hashes the exact text between the tags, whitespace included', () => {
		const { html } = hashInlineCode(page('<script>\n\tgo();\n</script>'));
		expect(policyOf(html)).toContain(hash('\n\tgo();\n'));
		expect(policyOf(html)).not.toContain(hash('go();'));
	});
});
