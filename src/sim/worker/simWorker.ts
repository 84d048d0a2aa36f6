/// <reference lib="webworker" />
// The simulation's Web Worker: generation, rounds, reference policies, forecasts and names run here, off the page's
// main thread, so dragging a slider or running a round never freezes the page.
import { handleSimRequest } from './handleSimRequest.ts';
import type { SimWorkerMessage, SimWorkerReply } from './simWorkerProtocol.ts';

self.onmessage = async (event: MessageEvent<SimWorkerMessage>) => {
	const { id, kind, input } = event.data;
	let reply: SimWorkerReply;
	try {
		reply = { id, ok: true, output: await handleSimRequest(kind, input) };
	} catch (error) {
		reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
	}
	(self as unknown as Worker).postMessage(reply);
};
