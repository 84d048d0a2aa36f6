/** The answer of a request, with the input it answered. */
export interface LatestOnly<I> {
	/** Asks for `input`; replaces any input still waiting to be sent. */
	push: (input: I) => void;
	/** Stops for good: nothing more is sent and answers still on their way are dropped. */
	stop: () => void;
}

/**
 * Sends requests for the newest input only, for a view that follows a dragged slider. An input pushed while no
 * request is in flight is sent at once, so a key press costs no wait for a frame; inputs pushed while one is in
 * flight are coalesced, and only the newest is sent when the answer arrives, so a slow answer never queues up a
 * backlog. An answer is dropped when a newer one has already been shown or the view has stopped.
 */
export function latestOnly<I, O>(
	request: (input: I) => Promise<O>,
	onAnswer: (output: O, input: I) => void,
	onError: (error: unknown) => void,
): LatestOnly<I> {
	let waiting: { input: I } | null = null;
	let busy = false;
	let stopped = false;
	let sent = 0;
	let shown = 0;

	const send = () => {
		if (busy || stopped || !waiting) return;
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
				send();
			});
	};
	return {
		push(input) {
			waiting = { input };
			send();
		},
		stop() {
			stopped = true;
			waiting = null;
		},
	};
}
