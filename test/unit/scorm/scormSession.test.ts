import { describe, expect, test } from 'vitest';
import type { Progress } from '../../../src/progress/progressFormat';
import type { Scorm12Api } from '../../../src/scorm/findScormApi';
import { type ScormProblem, scormTimeSpan, startScormSession } from '../../../src/scorm/scormSession';

const at = '2026-03-01T09:30:00.000Z';
const at36 = (1772357400).toString(36);
const lessons = [
	{ id: 'lectures/a', quizQuestions: 4 },
	{ id: 'reference/progress', quizQuestions: 1 },
];

/** A platform that keeps its data model in a map and logs every call; `refuse` names calls that return 'false'. */
class FakePlatform implements Scorm12Api {
	readonly model: Map<string, string>;
	readonly calls: string[] = [];
	readonly refuse: string[];
	#lastError = '0';
	constructor(data: Record<string, string> = {}, refuse: string[] = []) {
		this.model = new Map(Object.entries(data));
		this.refuse = refuse;
	}
	#answer(name: string) {
		this.calls.push(name);
		this.#lastError = this.refuse.includes(name) ? '101' : '0';
		return this.refuse.includes(name) ? 'false' : 'true';
	}
	LMSInitialize() {
		return this.#answer('LMSInitialize');
	}
	LMSFinish() {
		return this.#answer('LMSFinish');
	}
	LMSCommit() {
		return this.#answer('LMSCommit');
	}
	LMSGetValue(element: string) {
		this.calls.push(`get ${element}`);
		this.#lastError = '0';
		return this.model.get(element) ?? '';
	}
	LMSSetValue(element: string, value: string) {
		const refused = this.refuse.includes(`set ${element}`);
		this.calls.push(`set ${element}=${value}`);
		this.#lastError = refused ? '101' : '0';
		if (refused) return 'false';
		this.model.set(element, value);
		return 'true';
	}
	LMSGetLastError() {
		return this.#lastError;
	}
	LMSGetErrorString(code: string) {
		return code === '101' ? 'General Exception' : 'No error';
	}
	LMSGetDiagnostic() {
		return '';
	}
}
const fakePlatform = (data?: Record<string, string>, refuse?: string[]) => new FakePlatform(data, refuse);

function start(platform: FakePlatform, now = () => 0) {
	const problems: ScormProblem[] = [];
	const session = startScormSession(platform, { lessons, onProblem: (p) => problems.push(p), now });
	return { session, problems };
}

const passedA: Progress = { version: 1, lessons: { 'lectures/a': { quiz: { score: 4, total: 4, passed: true, at } } } };

describe('scormTimeSpan', () => {
	test('writes hours, minutes and seconds with hundredths', () => {
		expect(scormTimeSpan(0)).toBe('00:00:00.00');
		expect(scormTimeSpan(3_723_450)).toBe('01:02:03.45');
		expect(scormTimeSpan(100 * 3_600_000)).toBe('100:00:00.00');
		expect(scormTimeSpan(-5)).toBe('00:00:00.00');
	});

	test('stops at the largest span SCORM 1.2 can write', () => {
		expect(scormTimeSpan(10_000 * 3_600_000)).toBe('9999:59:59.99');
	});
});

describe('startScormSession', () => {
	test('initializes, then reads the saved progress, place, language and mastery score', () => {
		const platform = fakePlatform({
			'cmi.suspend_data': `c1|lectures/a:q4.4.${at36}`,
			'cmi.core.lesson_location': 'en/lectures/a/index.html',
			'cmi.student_preference.language': 'en-GB',
		});
		const { session, problems } = start(platform);
		expect(platform.calls[0]).toBe('LMSInitialize');
		expect(session?.saved).toEqual(passedA);
		expect(session?.location).toBe('en/lectures/a/index.html');
		expect(session?.language).toBe('en-GB');
		expect(problems).toEqual([]);
	});

	test('returns null and names the problem when the platform refuses to start', () => {
		const { session, problems } = start(fakePlatform({}, ['LMSInitialize']));
		expect(session).toBeNull();
		expect(problems).toEqual([{ kind: 'refused', call: 'LMSInitialize', code: '101', message: 'General Exception' }]);
	});

	test('reports score range, score, status and suspend data, then commits', () => {
		const platform = fakePlatform();
		const { session } = start(platform);
		platform.calls.length = 0;
		session?.report(passedA);
		expect(platform.calls).toEqual([
			'set cmi.core.score.min=0',
			'set cmi.core.score.max=100',
			'set cmi.core.score.raw=80',
			'set cmi.core.lesson_status=incomplete',
			`set cmi.suspend_data=c1|lectures/a:q4.4.${at36}`,
			'LMSCommit',
		]);
	});

	test('sends only what changed, and nothing when nothing did', () => {
		const platform = fakePlatform();
		const { session } = start(platform);
		session?.report(passedA);
		platform.calls.length = 0;
		session?.report(passedA);
		expect(platform.calls).toEqual([]);
		session?.report({
			version: 1,
			lessons: { ...passedA.lessons, 'reference/progress': { quiz: { score: 1, total: 1, passed: true, at } } },
		});
		expect(platform.calls).toEqual([
			'set cmi.core.score.raw=100',
			'set cmi.core.lesson_status=passed',
			`set cmi.suspend_data=c1|lectures/a:q4.4.${at36};reference/progress:q1.1.${at36}`,
			'LMSCommit',
		]);
	});

	test('uses the platform’s mastery score for passed and failed', () => {
		const progress: Progress = {
			version: 1,
			lessons: {
				'lectures/a': { quiz: { score: 3, total: 4, passed: false, at } },
				'reference/progress': { quiz: { score: 1, total: 1, passed: true, at } },
			},
		};
		const strict = fakePlatform({ 'cmi.student_data.mastery_score': '90' });
		start(strict).session?.report(progress);
		expect(strict.model.get('cmi.core.lesson_status')).toBe('failed');
		const lenient = fakePlatform({ 'cmi.student_data.mastery_score': '70' });
		start(lenient).session?.report(progress);
		expect(lenient.model.get('cmi.core.lesson_status')).toBe('passed');
		// Without a mastery score (or with a nonsense one) the course's own 80 applies: 4 of 5 is 80.
		const none = fakePlatform({ 'cmi.student_data.mastery_score': 'lots' });
		start(none).session?.report(progress);
		expect(none.model.get('cmi.core.score.raw')).toBe('80');
		expect(none.model.get('cmi.core.lesson_status')).toBe('passed');
	});

	test('commits the place with the next report', () => {
		const platform = fakePlatform();
		const { session } = start(platform);
		session?.report(passedA);
		platform.calls.length = 0;
		session?.setLocation('reference/progress/index.html');
		expect(platform.calls).toEqual(['set cmi.core.lesson_location=reference/progress/index.html']);
		session?.report(passedA);
		expect(platform.calls.at(-1)).toBe('LMSCommit');
	});

	test('finishes with a last report, a suspended exit and the session time, once', () => {
		let clock = 1_000;
		const platform = fakePlatform();
		const { session } = start(platform, () => clock);
		clock += 65_000;
		platform.calls.length = 0;
		session?.finish(passedA);
		expect(platform.calls.slice(-4)).toEqual([
			'set cmi.core.exit=suspend',
			'set cmi.core.session_time=00:01:05.00',
			'LMSCommit',
			'LMSFinish',
		]);
		expect(platform.model.get('cmi.core.score.raw')).toBe('80');
		platform.calls.length = 0;
		session?.report(passedA);
		session?.setLocation('x/index.html');
		session?.finish(passedA);
		expect(platform.calls).toEqual([]);
	});

	test('tells of unreadable suspend data and starts from nothing saved', () => {
		const { session, problems } = start(fakePlatform({ 'cmi.suspend_data': '{"version":1}' }));
		expect(session?.saved).toBeNull();
		expect(problems).toEqual([{ kind: 'unreadable', at: 0 }]);
	});

	test('tells once when the progress would not fit suspend data, and still reports the score', () => {
		const many = Array.from({ length: 200 }, (_, n) => ({ id: `lectures/${'x'.repeat(20)}-${n}`, quizQuestions: 1 }));
		const progress: Progress = { version: 1, lessons: {} };
		for (const { id } of many) progress.lessons[id] = { quiz: { score: 1, total: 1, passed: true, at } };
		const platform = fakePlatform();
		const problems: ScormProblem[] = [];
		const session = startScormSession(platform, { lessons: many, onProblem: (p) => problems.push(p) });
		session?.report(progress);
		session?.report(progress);
		expect(problems).toEqual([{ kind: 'tooLarge', length: expect.any(Number), max: 4096 }]);
		expect((problems[0] as { length: number }).length).toBeGreaterThan(4096);
		expect(platform.model.has('cmi.suspend_data')).toBe(false);
		expect(platform.model.get('cmi.core.score.raw')).toBe('100');
		expect(platform.model.get('cmi.core.lesson_status')).toBe('passed');
	});

	test('names a refused save and tries the same values again on the next report', () => {
		const platform = fakePlatform({}, ['LMSCommit', 'set cmi.suspend_data']);
		const { session, problems } = start(platform);
		session?.report(passedA);
		expect(problems).toEqual([
			{ kind: 'refused', call: 'LMSSetValue cmi.suspend_data', code: '101', message: 'General Exception' },
			{ kind: 'refused', call: 'LMSCommit', code: '101', message: 'General Exception' },
		]);
		platform.calls.length = 0;
		session?.report(passedA);
		expect(platform.calls).toEqual([`set cmi.suspend_data=c1|lectures/a:q4.4.${at36}`, 'LMSCommit']);
	});

	test('turns a throwing API into a problem, not an exception', () => {
		const platform = fakePlatform();
		platform.LMSCommit = () => {
			throw new Error('platform gone');
		};
		const { session, problems } = start(platform);
		expect(() => session?.report(passedA)).not.toThrow();
		expect(problems).toEqual([{ kind: 'refused', call: 'LMSCommit', code: '', message: 'Error: platform gone' }]);
	});
});
