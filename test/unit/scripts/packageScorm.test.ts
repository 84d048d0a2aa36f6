import { describe, expect, test } from 'vitest';
import {
	relativeAddress,
	relativizeAsset,
	relativizeHtml,
	rootAddresses,
	scormManifest,
} from '../../../scripts/packageScorm';

describe('relativeAddress', () => {
	test('returns a root-relative address relative to a page that many folders deep, naming index.html', () => {
		expect(relativeAddress('/en/labs/', 2)).toBe('../../en/labs/index.html');
		expect(relativeAddress('/', 0)).toBe('./index.html');
		expect(relativeAddress('/_astro/page.js', 1)).toBe('../_astro/page.js');
		expect(relativeAddress('/favicon.svg', 0)).toBe('./favicon.svg');
	});

	test('keeps the query and the fragment after the file', () => {
		expect(relativeAddress('/en/#top', 1)).toBe('../en/index.html#top');
		expect(relativeAddress('/reference/progress/?x=1#q', 3)).toBe('../../../reference/progress/index.html?x=1#q');
	});

	test('returns other addresses as they were', () => {
		for (const address of ['https://example.com/', '//cdn.example.com/a.js', '#main', 'data:,x', 'mailto:a@b.c', 'a/b'])
			expect(relativeAddress(address, 2)).toBe(address);
	});
});

describe('relativizeHtml', () => {
	test('rewrites links, sources, island module addresses, option values and srcsets', () => {
		const html = [
			'<a href="/en/labs/">x</a>',
			'<img src="/img/a.png" srcset="/img/a.png 1x, /img/a@2x.png 2x">',
			'<astro-island component-url="/_astro/Lab.js" renderer-url="/_astro/client.js"></astro-island>',
			'<course-quiz data-progress-href="/reference/progress/"></course-quiz>',
			'<select><option value="/en/">English</option></select>',
			'<input value="/not/an/address/">',
		].join('');
		expect(relativizeHtml(html, 1)).toBe(
			[
				'<a href="../en/labs/index.html">x</a>',
				'<img src="../img/a.png" srcset="../img/a.png 1x, ../img/a@2x.png 2x">',
				'<astro-island component-url="../_astro/Lab.js" renderer-url="../_astro/client.js"></astro-island>',
				'<course-quiz data-progress-href="../reference/progress/index.html"></course-quiz>',
				'<select><option value="../en/index.html">English</option></select>',
				'<input value="/not/an/address/">',
			].join(''),
		);
	});

	test('rewrites a script’s src but leaves the bodies of scripts and styles byte for byte', () => {
		const html =
			'<script type="module" src="/_astro/a.js"></script><script>const u = "/en/"; a.href="/x/";</script>' +
			'<style>a{background:url(/img/b.png)} a[href="/y/"]{}</style><a href="/z/">z</a>';
		expect(relativizeHtml(html, 0)).toBe(
			'<script type="module" src="./_astro/a.js"></script><script>const u = "/en/"; a.href="/x/";</script>' +
				'<style>a{background:url(/img/b.png)} a[href="/y/"]{}</style><a href="./z/index.html">z</a>',
		);
	});
});

describe('relativizeAsset', () => {
	test('points the bundle’s own root addresses at its folder', () => {
		expect(relativizeAsset('new URL("/_astro/worker.js", import.meta.url)')).toBe(
			'new URL("./worker.js", import.meta.url)',
		);
		expect(relativizeAsset("a{background:url(/_astro/font.woff2)} b='/_astro/x.js'")).toBe(
			"a{background:url(./font.woff2)} b='./x.js'",
		);
		expect(relativizeAsset('"/pagefind/" "/_astrology/"')).toBe('"/pagefind/" "/_astrology/"');
	});
});

describe('rootAddresses', () => {
	test('lists what still points at the server root in a page’s markup, not in its code', () => {
		expect(
			rootAddresses(
				'a/index.html',
				'<a href="/x/">x</a><a href="../y/index.html">y</a><img srcset="../a.png 1x, /b.png 2x"><script>"/z/"</script>',
			),
		).toEqual(['href="/x/"', 'srcset="../a.png 1x, /b.png 2x"']);
		expect(rootAddresses('index.html', '<a href="https://x.y/">x</a><a href="//cdn/x">c</a>')).toEqual([]);
	});

	test('lists bundle addresses left in a script or style', () => {
		expect(rootAddresses('_astro/a.js', 'fetch("/_astro/b.js"); fetch("./c.js")')).toEqual(['"/_astro/b.js']);
	});
});

describe('scormManifest', () => {
	const manifest = scormManifest({
		identifier: 'course',
		version: '1.2.3',
		title: 'Tiers & "service" <day 1>',
		masteryScore: 80,
		files: ['index.html', 'scorm/index.html', '_astro/a b.js'],
	});

	test('declares SCORM 1.2 with the IMS CP and ADL namespaces', () => {
		expect(manifest.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<manifest identifier="course"')).toBe(true);
		expect(manifest).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
		expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
		expect(manifest).toContain('<schema>ADL SCORM</schema>');
		expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
	});

	test('describes one SCO launched at the launch page, with the mastery score, listing every file', () => {
		expect(manifest).toContain(
			'<resource identifier="res-course" type="webcontent" adlcp:scormtype="sco" href="scorm/index.html">',
		);
		expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
		expect(manifest).toContain('<file href="index.html"/>');
		expect(manifest).toContain('<file href="_astro/a%20b.js"/>');
		expect(manifest.match(/<file /g)).toHaveLength(3);
	});

	test('escapes the title for XML', () => {
		expect(manifest).toContain('<title>Tiers &#38; &#34;service&#34; &#60;day 1&#62;</title>');
		expect(manifest).not.toContain('<day 1>');
	});
});
