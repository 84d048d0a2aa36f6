import { describe, expect, test } from 'vitest';
import { latestOnly } from '../../../src/components/lab/latestOnly.ts';

/** Requests the test answers by hand. */
function harness() {
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
	);
	const settle = () => new Promise((r) => setTimeout(r, 0));
	return { pump, requests, answers, errors, settle };
}

describe('latestOnly', () => {
	test('sends an input at once when no request is in flight', () => {
		const h = harness();
		h.pump.push(1);
		expect(h.requests.map((r) => r.input)).toEqual([1]);
	});

	test('keeps one request in flight, then sends only the newest input pushed meanwhile', async () => {
		const h = harness();
		h.pump.push(1);
		h.pump.push(2);
		h.pump.push(3);
		expect(h.requests.map((r) => r.input)).toEqual([1]);
		h.requests[0]?.resolve('one');
		await h.settle();
		expect(h.answers).toEqual([['one', 1]]);
		expect(h.requests.map((r) => r.input)).toEqual([1, 3]);
		h.requests[1]?.resolve('three');
		await h.settle();
		expect(h.answers).toEqual([
			['one', 1],
			['three', 3],
		]);
		expect(h.requests).toHaveLength(2);
	});

	test('drops answers that arrive after stop, and sends nothing more', async () => {
		const h = harness();
		h.pump.push(1);
		h.pump.stop();
		h.requests[0]?.resolve('late');
		await h.settle();
		h.pump.push(2);
		expect(h.answers).toEqual([]);
		expect(h.requests).toHaveLength(1);
	});

	test('reports a failed request and carries on with the next input', async () => {
		const h = harness();
		h.pump.push(1);
		h.pump.push(2);
		h.requests[0]?.reject(new Error('boom'));
		await h.settle();
		expect(h.errors).toHaveLength(1);
		expect(h.requests.map((r) => r.input)).toEqual([1, 2]);
		h.requests[1]?.resolve('two');
		await h.settle();
		expect(h.answers).toEqual([['two', 2]]);
	});

	test('sends nothing when an answer arrives and no new input waits', async () => {
		const h = harness();
		h.pump.push(1);
		h.requests[0]?.resolve('one');
		await h.settle();
		expect(h.requests).toHaveLength(1);
		expect(h.answers).toEqual([['one', 1]]);
	});
});
