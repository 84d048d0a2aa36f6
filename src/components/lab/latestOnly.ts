/** Cancels a scheduled run. */
export type CancelRun = () => void;

/** The answer of a request, with the input it answered. */
export interface LatestOnly<I> {
	/** Asks for `input`; replaces any input still waiting to be sent. */
	push: (input: I) => void;
	/** Stops for good: nothing more is sent and answers still on their way are dropped. */
	stop: () => void;
}

/**
 * Sends requests for the newest input only, for a view that follows a dragged slider: inputs pushed in the same frame
 * are coalesced into one request, at most one request is in flight (so a slow answer never queues up a backlog), and
 * an answer is dropped when a newer one has already been shown or the view has stopped.
 * `schedule` runs a callback on the next frame (requestAnimationFrame in a browser) and returns how to cancel it.
 */
export function latestOnly<I, O>(
	request: (input: I) => Promise<O>,
	onAnswer: (output: O, input: I) => void,
	onError: (error: unknown) => void,
	schedule: (run: () => void) => CancelRun,
): LatestOnly<I> {
	let waiting: { input: I } | null = null;
	let busy = false;
	let cancel: CancelRun | null = null;
	let stopped = false;
	let sent = 0;
	let shown = 0;

	const run = () => {
		cancel = null;
		if (stopped || !waiting) return;
		const { input } = waiting;
		waiting = null;
		busy = true;
		const mine = ++sent;
		request(input)
			.then(
				(output) => {
					if (stopped || mine <= shown) return;
					shown = mine;
					onAnswer(output, input);
				},
				(error: unknown) => {
					if (!stopped) onError(error);
				},
			)
			.finally(() => {
				busy = false;
				kick();
			});
	};
	const kick = () => {
		if (busy || cancel || stopped || !waiting) return;
		cancel = schedule(run);
	};
	return {
		push(input) {
			waiting = { input };
			kick();
		},
		stop() {
			stopped = true;
			cancel?.();
			cancel = null;
			waiting = null;
		},
	};
}
