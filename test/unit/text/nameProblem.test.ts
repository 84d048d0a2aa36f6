import { describe, expect, test } from 'vitest';
import { checkText } from '../../../src/i18n/checkText.ts';
import { uiStrings } from '../../../src/i18n/uiStrings.ts';
import { nameProblem, normaliseName } from '../../../src/sim/text/nameProblem.ts';
import { encodeShareCode } from '../../../src/sim/workshop/shareCode.ts';
import { parseSessionCode, teamNameSchema } from '../../../src/sim/workshop/workshopSession.ts';
import { session } from '../workshop/workshopFixtures.ts';

describe('nameProblem', () => {
	test('returns null for plain names in any script, Latin mixed with Han included', () => {
		for (const name of [
			'红队',
			'Blue <b>team</b>',
			'Équipe 3',
			'Команда',
			'Ομάδα',
			'红队 Team A',
			'ＡＢＣ组',
			'O’Brien & Co.',
		])
			expect(nameProblem(name), name).toBeNull();
	});

	test('returns the kind, code point and position of a control or invisible character', () => {
		expect(nameProblem('Red\u001b[31m')).toEqual({ kind: 'control', char: 'U+001B', at: 4 });
		expect(nameProblem('Red\r')).toEqual({ kind: 'control', char: 'U+000D', at: 4 });
		expect(nameProblem('R\u0000ed')).toEqual({ kind: 'control', char: 'U+0000', at: 2 });
		expect(nameProblem('Re\u200bd')).toEqual({ kind: 'invisible', char: 'U+200B', at: 3 });
		expect(nameProblem('Red\ufeff')).toEqual({ kind: 'invisible', char: 'U+FEFF', at: 4 });
		expect(nameProblem('\u202eReD')).toEqual({ kind: 'bidi', char: 'U+202E', at: 1 });
		expect(nameProblem('Red\u2066x\u2069')).toEqual({ kind: 'bidi', char: 'U+2066', at: 4 });
	});

	test('returns mixedScript for a Greek or Cyrillic look-alike inside a Latin name', () => {
		expect(nameProblem('\u0392lue')).toEqual({ kind: 'mixedScript', char: 'U+006C', at: 2 });
		expect(nameProblem('Blu\u0435')).toEqual({ kind: 'mixedScript', char: 'U+0435', at: 4 });
	});
});

describe('teamNameSchema', () => {
	test('stores names in NFC, so two spellings of é are one name', () => {
		const decomposed = 'Equipe\u0301 é'.replace('Equipe\u0301', 'E\u0301quipe');
		expect(teamNameSchema.parse(decomposed)).toBe('Équipe é');
		expect(normaliseName('  e\u0301  ')).toBe('é');
	});

	test('refuses a roster name with a bidi override, named in the page language', () => {
		const parsed = parseSessionCode(encodeShareCode('w', 1, { ...session, teams: ['红队', 'Red\u202e'] }));
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.check).toBe('name');
		expect(parsed.args).toMatchObject({ path: 'teams.1', kind: 'bidi', char: 'U+202E', at: 4 });
		expect(checkText(uiStrings('en'), parsed)).toContain('character 4 (U+202E) changes the direction');
		expect(checkText(uiStrings('zh-CN'), parsed)).toContain('第 4 个字符（U+202E）会改变文字方向');
		// The detail quotes no raw control character.
		expect(parsed.detail).not.toMatch(/\u202e/);
	});
});
