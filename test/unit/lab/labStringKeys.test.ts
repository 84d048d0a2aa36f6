import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { labStringPrefixes } from '../../../src/components/lab/LabUi.ts';
import zhCN from '../../../src/content/i18n/zh-CN.json';

// A lesson page hands its lab only the keys under `labStringPrefixes`; a lab island that asked for any other key would
// get undefined on that page. This reads every string literal in components/lab/ that names a key family of the
// dictionary, whole ('lab.tier.heading') or as a template's fixed start (`policy.${id}`).
const families = new Set(Object.keys(zhCN).map((key) => key.slice(0, key.indexOf('.') + 1)));
const dir = join(import.meta.dirname, '../../../src/components/lab');
const literal = /'([a-z]+\.[\w.]*)'|"([a-z]+\.[\w.]*)"|`([a-z]+\.[\w.]*)(?:\$\{|`)/g;

function keysIn(source: string): string[] {
	return [...source.matchAll(literal)]
		.map((m) => m[1] ?? m[2] ?? m[3] ?? '')
		.filter((text) => families.has(text.slice(0, text.indexOf('.') + 1)));
}

describe('the lab asks only for the strings its page carries', () => {
	const files = readdirSync(dir).filter((name) => /\.tsx?$/.test(name));
	const found = files.flatMap((name) => keysIn(readFileSync(join(dir, name), 'utf8')).map((key) => ({ name, key })));

	test('the scan finds the lab’s keys', () => {
		// Hundreds of keys, and the dynamic families: a scan that matched nothing would pass vacuously.
		expect(found.length).toBeGreaterThan(200);
		expect(found.some(({ key }) => key === 'policy.')).toBe(true);
	});

	test('every key is in one of the lab’s families', () => {
		const outside = found.filter(({ key }) => !labStringPrefixes.some((prefix) => key.startsWith(prefix)));
		expect(outside).toEqual([]);
	});

	test('the scan tells a foreign key from a lab key', () => {
		expect(keysIn(`t('workshop.team.heading'); t(\`lab.tier.methodName.\${m}\`); '1.5'; 'a.b'`)).toEqual([
			'workshop.team.heading',
			'lab.tier.methodName.',
		]);
	});
});
