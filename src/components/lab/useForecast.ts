import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SimWorkerRequests } from '../../sim/worker/simWorkerProtocol.ts';
import type { LabContext } from './LabContext.ts';
import { type LatestOnly, latestOnly } from './latestOnly.ts';
import { requestSim } from './simWorkerClient.ts';

export type ForecastInput = SimWorkerRequests['forecast']['input'];
export type ForecastOutput = SimWorkerRequests['forecast']['output'];

/** The forecast the panel shows, the draft it belongs to, or why there is none. */
export interface ForecastState {
	output: ForecastOutput | null;
	input: ForecastInput | null;
	error: string | null;
	/** How many forecasts have arrived; a page (or a test) can tell a new forecast from a repeat of the same figures. */
	count: number;
	/** When (performance.now()) the shown forecast was asked for: the start of the update a slider step causes. */
	requestedAt: number;
}

type LabActor = ReturnType<typeof LabContext.useActorRef>;

/**
 * The expected-value forecast of the remaining rounds for the lab's current draft, with at most one request in
 * flight while a slider moves (see `latestOnly`). A slider step must reach the screen within a frame, so:
 * - the request leaves as soon as the machine takes the new draft, from the actor's own subscription, rather than
 *   after React has rendered the step (a few milliseconds earlier);
 * - the answer is rendered at once (`flushSync`), in the task that receives it, rather than in a later one.
 */
export function useForecast(actor: LabActor): ForecastState {
	const [state, setState] = useState<ForecastState>({
		output: null,
		input: null,
		error: null,
		count: 0,
		requestedAt: 0,
	});

	useEffect(() => {
		const sentAt = new WeakMap<ForecastInput, number>();
		const pump: LatestOnly<ForecastInput> = latestOnly<ForecastInput, ForecastOutput>(
			(i) => {
				sentAt.set(i, performance.now());
				return requestSim('forecast', i);
			},
			(output, answered) =>
				flushSync(() =>
					setState((s) => ({
						output,
						input: answered,
						error: null,
						count: s.count + 1,
						requestedAt: sentAt.get(answered) ?? 0,
					})),
				),
			(error) => setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) })),
		);
		let last: ForecastInput | null = null;
		const follow = (snapshot: ReturnType<LabActor['getSnapshot']>) => {
			const { config, tiering, decisions, draft } = snapshot.context;
			if (!tiering || draft.length === 0) return;
			// The machine replaces what it changes, so the same objects mean the same forecast.
			if (
				last &&
				last.config === config &&
				last.tiering === tiering &&
				last.decisions === decisions &&
				last.draft === draft
			)
				return;
			last = { config, tiering, decisions, draft };
			pump.push(last);
		};
		follow(actor.getSnapshot());
		const subscription = actor.subscribe(follow);
		return () => {
			subscription.unsubscribe();
			pump.stop();
		};
	}, [actor]);

	return state;
}
