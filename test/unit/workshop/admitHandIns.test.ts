import { describe, expect, test } from 'vitest';
import { type Admission, admitHandIns, isNewerHandIn } from '../../../src/sim/workshop/admitHandIns.ts';
import { teamResultCode } from '../../../src/sim/workshop/teamResult.ts';
import { sessionCode } from '../../../src/sim/workshop/workshopSession.ts';
import { honestResult, session } from './workshopFixtures.ts';

const red2 = teamResultCode(honestResult('红队', 'needs-based', 2));
const red3 = teamResultCode(honestResult('红队', 'needs-based', 3));
const blue = teamResultCode(honestResult('Blue <b>team</b>', 'uniform', 3));
const otherSession = teamResultCode(honestResult('红队', 'uniform', 3, { ...session, seed: 8 }));

const kinds = (list: Admission[]) => list.map((a) => (a.kind === 'rejected' ? `rejected:${a.failure.check}` : a.kind));
const items = (...texts: string[]) => texts.map((text, i) => ({ name: `item ${i + 1}`, text }));

describe('admitHandIns', () => {
	test('refuses every hand-in until a session is set, then takes the session from a pasted link', () => {
		const out = [...admitHandIns(items(red3, `https://x/workshop/debrief/#s=${sessionCode(session)}`, red3), null, [])];
		expect(kinds(out)).toEqual(['rejected:noSession', 'session', 'accepted']);
	});

	test('accepts the teams of the session and reports a second hand-in of a team as a duplicate of the first', () => {
		const out = [...admitHandIns(items(red2, blue, red3), session, [])];
		expect(kinds(out)).toEqual(['accepted', 'accepted', 'duplicate']);
		const dup = out[2];
		if (dup?.kind !== 'duplicate') throw new Error('not a duplicate');
		expect([dup.loaded.roundsPlayed, dup.team.roundsPlayed]).toEqual([2, 3]);
		expect(isNewerHandIn(dup.team, dup.loaded)).toBe(true);
		expect(isNewerHandIn(dup.loaded, dup.team)).toBe(false);
		expect(isNewerHandIn(dup.team, dup.team)).toBe(false);
	});

	test('refuses another session’s hand-in with that session’s id, and goes on with the next item', () => {
		const out = [...admitHandIns(items(otherSession, red3), session, [])];
		expect(kinds(out)).toEqual(['rejected:session', 'accepted']);
		const first = out[0];
		expect(first?.kind === 'rejected' && first.otherSession).toMatch(/^[0-9A-F]{12}$/);
	});

	test('ignores the same session link again and refuses another one', () => {
		const other = sessionCode({ ...session, seed: 9 });
		const out = [...admitHandIns(items(sessionCode(session), other), session, [])];
		expect(kinds(out)).toEqual(['sameSession', 'rejected:session']);
	});

	test('names a damaged code as such', () => {
		expect(kinds([...admitHandIns(items(red3.slice(0, -20), ''), session, [])])).toEqual([
			'rejected:truncated',
			'rejected:empty',
		]);
	});
});
