import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProgressEventDetail } from '../../../src/progress/browserProgress';

/** A window and document just large enough for the browser module: events and a Web Storage. */
function stubBrowser() {
	const items = new Map<string, string>();
	const localStorage = {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
	};
	const window = Object.assign(new EventTarget(), { localStorage });
	const document = new EventTarget();
	vi.stubGlobal('window', window);
	vi.stubGlobal('document', document);
	return { items, window, document };
}

describe('browser progress', () => {
	beforeEach(() => vi.resetModules());
	afterEach(() => vi.unstubAllGlobals());

	test('markLabStepDone saves the step and fires course:progress with the new progress', async () => {
		const { items, document } = stubBrowser();
		const { markLabStepDone, PROGRESS_EVENT } = await import('../../../src/progress/browserProgress');
		const events: ProgressEventDetail[] = [];
		document.addEventListener(PROGRESS_EVENT, (event) => events.push((event as CustomEvent).detail));

		markLabStepDone('lectures/02-customer-insight');

		expect(PROGRESS_EVENT).toBe('course:progress');
		expect(events).toHaveLength(1);
		expect(events[0]?.progress.lessons['lectures/02-customer-insight']?.lab?.done).toBe(true);
		expect(items.get('course-progress:v1')).toContain('lectures/02-customer-insight');
	});

	test('recordQuizResult fires the event, and so does a change saved by another tab', async () => {
		const { document, window } = stubBrowser();
		const { recordQuizResult, PROGRESS_EVENT } = await import('../../../src/progress/browserProgress');
		let count = 0;
		document.addEventListener(PROGRESS_EVENT, () => {
			count += 1;
		});
		expect(recordQuizResult('reference/progress', 3, 3).passed).toBe(true);
		expect(count).toBe(1);

		window.dispatchEvent(Object.assign(new Event('storage'), { key: 'course-progress:v1' }));
		window.dispatchEvent(Object.assign(new Event('storage'), { key: 'something-else' }));
		expect(count).toBe(2);
	});

	test('importProgress fires the event only when the file improved something', async () => {
		const { document } = stubBrowser();
		const { importProgress, PROGRESS_EVENT } = await import('../../../src/progress/browserProgress');
		let count = 0;
		document.addEventListener(PROGRESS_EVENT, () => {
			count += 1;
		});
		expect(importProgress('oops').ok).toBe(false);
		const file = JSON.stringify({ version: 1, lessons: { a: { lab: { done: true, at: '2025-03-01T00:00:00Z' } } } });
		expect(importProgress(file)).toEqual({ ok: true, changes: [{ lessonId: 'a', kind: 'lab' }] });
		expect(importProgress(file)).toEqual({ ok: true, changes: [] });
		expect(count).toBe(1);
	});
});
