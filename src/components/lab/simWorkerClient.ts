import { onScenarioRegistered } from '../../sim/scenarios/scenarioRegistry.ts';
import type { SimWorkerKind, SimWorkerReply, SimWorkerRequests } from '../../sim/worker/simWorkerProtocol.ts';

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function startWorker(): Worker | null {
	if (worker !== undefined) return worker;
	try {
		worker = new Worker(new URL('../../sim/worker/simWorker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<SimWorkerReply>) => {
			const reply = event.data;
			const waiting = pending.get(reply.id);
			if (!waiting) return;
			pending.delete(reply.id);
			if (reply.ok) waiting.resolve(reply.output);
			else waiting.reject(new Error(reply.error));
		};
		worker.onerror = () => {
			// The worker could not start (a strict policy, an old browser): compute on the page instead.
			worker = null;
			for (const [, waiting] of pending) waiting.reject(new Error('the simulation worker stopped'));
			pending.clear();
		};
		// The worker knows only the scenarios the page sends it; messages arrive in order, so each one is there
		// before the first request that names it.
		const started = worker;
		onScenarioRegistered((scenario) => {
			started.postMessage({ id: nextId++, kind: 'scenarios', input: [scenario] });
		});
	} catch {
		worker = null;
	}
	return worker;
}

/**
 * Sends a request to the simulation worker and resolves with its answer. Where no worker can run, the same engine
 * code answers on the page, so results never depend on which path was taken; that code is fetched only then, so a
 * page whose worker runs does not carry the forecast and the rest twice.
 */
export function requestSim<K extends SimWorkerKind>(
	kind: K,
	input: SimWorkerRequests[K]['input'],
): Promise<SimWorkerRequests[K]['output']> {
	const w = typeof Worker === 'undefined' ? null : startWorker();
	if (!w) return import('../../sim/worker/handleSimRequest.ts').then((m) => m.handleSimRequest(kind, input));
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
		w.postMessage({ id, kind, input });
	});
}
