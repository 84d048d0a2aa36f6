import { describe, expect, test } from 'vitest';
import { colourOfName, namedColours, teamColours, teamPalette } from '../../../src/sim/workshop/teamColours.ts';

describe('colourOfName', () => {
	test('returns the colour a Chinese or English team name names', () => {
		expect(colourOfName('红队')).toBe('red');
		expect(colourOfName('蓝队')).toBe('blue');
		expect(colourOfName('Green team')).toBe('green');
		expect(colourOfName('天蓝队')).toBe('sky');
		expect(colourOfName('紫色战队')).toBe('purple');
		expect(colourOfName('Team Yellow')).toBe('yellow');
	});

	test('returns null for a name with no colour, or with two', () => {
		expect(colourOfName('第一组')).toBeNull();
		expect(colourOfName('Tigers')).toBeNull();
		expect(colourOfName('Red and blue')).toBeNull();
		// A colour word inside another word is not a colour.
		expect(colourOfName('Fred')).toBeNull();
		expect(colourOfName('Bluetooth')).toBeNull();
	});
});

describe('teamColours', () => {
	test('gives named teams their colours and the others free palette colours', () => {
		const colours = teamColours(['第一组', '红队', '蓝队', 'Green team', '第二组']);
		expect(colours[1]).toBe(namedColours.red);
		expect(colours[2]).toBe(namedColours.blue);
		expect(colours[3]).toBe(namedColours.green);
		// Blue is the palette's first colour but taken, so the unnamed teams get the next free ones.
		expect(colours[0]).toBe(namedColours.orange);
		expect(colours[4]).toBe(namedColours.purple);
		expect(new Set(colours).size).toBe(5);
	});

	test('gives a second team of the same colour another colour', () => {
		const [a, b] = teamColours(['红队', 'Red team']);
		expect(a).toBe(namedColours.red);
		expect(b).not.toBe(namedColours.red);
	});

	test('uses every palette colour once before repeating, for 30 teams', () => {
		const names = Array.from({ length: 30 }, (_, i) => `Team ${i + 1}`);
		const colours = teamColours(names);
		expect(colours).toHaveLength(30);
		expect(colours.slice(0, teamPalette.length)).toEqual(teamPalette);
		expect(colours[teamPalette.length]).toBe(teamPalette[0]);
	});
});
