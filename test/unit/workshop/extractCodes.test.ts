import { describe, expect, test } from 'vitest';
import { extractCodes } from '../../../src/sim/workshop/extractCodes.ts';
import { teamResultCode, teamResultFile } from '../../../src/sim/workshop/teamResult.ts';
import { sessionCode } from '../../../src/sim/workshop/workshopSession.ts';
import { honestResult, session } from './workshopFixtures.ts';

const red = teamResultCode(honestResult('红队', 'needs-based', 1));
const blue = teamResultCode(honestResult('Blue <b>team</b>', 'uniform', 1));

describe('extractCodes', () => {
	test('returns the code alone from a chat message with words around it', () => {
		expect(extractCodes(`红队：${red} 谢谢老师`)).toEqual([red]);
		expect(extractCodes(`红队：${red}，谢谢老师！`)).toEqual([red]);
		expect(extractCodes(`Here is ours: ${red}. Thanks!`)).toEqual([red]);
	});

	test('returns several codes from several messages, in order', () => {
		const chat = `[10:02] 红队: ${red}\n[10:03] Blue team: (${blue}) done\n[10:04] 老师: 收到`;
		expect(extractCodes(chat)).toEqual([red, blue]);
		expect(extractCodes(`${red} ${blue}`)).toEqual([red, blue]);
	});

	test('joins a code a chat app wrapped over lines', () => {
		const wrapped = `红队：${red.slice(0, 40)}\n${red.slice(40, 90)}\n${red.slice(90)}\n谢谢`;
		expect(extractCodes(wrapped)).toEqual([red]);
	});

	test('does not take the words after a complete code into it', () => {
		expect(extractCodes(`${red}\nthanks`)).toEqual([red]);
	});

	test('keeps a cut code as it is, for the reader to call truncated', () => {
		const cut = red.slice(0, -25);
		expect(extractCodes(`红队：${cut} 谢谢`)).toEqual([cut]);
	});

	test('finds a session code in a link', () => {
		const code = sessionCode(session);
		expect(extractCodes(`会话链接 https://example.org/workshop/debrief/#s=${code}&team=1 请查收`)).toEqual([code]);
	});

	test('does not start a code inside a longer word', () => {
		expect(extractCodes(`abc${red}`)).toEqual([`abc${red}`]);
	});

	test('returns a pasted result file whole, text without a code whole, and nothing for blank text', () => {
		const file = teamResultFile(honestResult('红队', 'needs-based', 1));
		expect(extractCodes(`  ${file}  `)).toEqual([file.trim()]);
		expect(extractCodes('  谢谢老师  ')).toEqual(['谢谢老师']);
		expect(extractCodes(' \n\t ')).toEqual([]);
	});
});
