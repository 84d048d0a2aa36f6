import { describe, expect, test } from 'vitest';
import { latestOnly } from '../../../src/components/lab/latestOnly.ts';

/** A frame clock the test advances by hand, and requests the test answers by hand. */
function harness() {
	const frames: (() => void)[] = [];
	const requests: { input: number; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
	const answers: [string, number][] = [];
	const errors: unknown[] = [];
	const pump = latestOnly<number, string>(
		(input) =>
			new Promise((resolve, reject) => {
				requests.push({ input, resolve, reject });
			}),
		(output, input) => answers.push([output, input]),
		(error) => errors.push(error),
		(run) => {
			frames.push(run);
			return () => frames.splice(frames.indexOf(run), 1);
		},
	);
	const frame = () => {
		for (const run of frames.splice(0)) run();
	};
	const settle = () => new Promise((r) => setTimeout(r, 0));
	return { pump, frames, requests, answers, errors, frame, settle };
}

describe('latestOnly', () => {
	test('sends one request per frame, for the last input pushed in it', () => {
		const h = harness();
		h.pump.push(1);
		h.pump.push(2);
		h.pump.push(3);
		expect(h.requests).toHaveLength(0);
		h.frame();
		expect(h.requests.map((r) => r.input)).toEqual([3]);
	});

	test('keeps one request in flight and then sends the newest input waiting', async () => {
		const h = harness();
		h.pump.push(1);
		h.frame();
		h.pump.push(2);
		h.pump.push(3);
		h.frame();
		expect(h.requests.map((r) => r.input)).toEqual([1]);
		h.requests[0]?.resolve('one');
		await h.settle();
		expect(h.answers).toEqual([['one', 1]]);
		h.frame();
		expect(h.requests.map((r) => r.input)).toEqual([1, 3]);
	});

	test('drops answers that arrive after stop', async () => {
		const h = harness();
		h.pump.push(1);
		h.frame();
		h.pump.stop();
		h.requests[0]?.resolve('late');
		await h.settle();
		h.pump.push(2);
		h.frame();
		expect(h.answers).toEqual([]);
		expect(h.requests).toHaveLength(1);
	});

	test('reports a failed request and carries on with the next input', async () => {
		const h = harness();
		h.pump.push(1);
		h.frame();
		h.pump.push(2);
		h.requests[0]?.reject(new Error('boom'));
		await h.settle();
		expect(h.errors).toHaveLength(1);
		h.frame();
		h.requests[1]?.resolve('two');
		await h.settle();
		expect(h.answers).toEqual([['two', 2]]);
	});

	test('does nothing on a frame with no new input', async () => {
		const h = harness();
		h.pump.push(1);
		h.frame();
		h.requests[0]?.resolve('one');
		await h.settle();
		h.frame();
		expect(h.frames).toHaveLength(0);
		expect(h.requests).toHaveLength(1);
	});
});
