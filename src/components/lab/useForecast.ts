import { useEffect, useRef, useState } from 'react';
import type { SimWorkerRequests } from '../../sim/worker/simWorkerProtocol.ts';
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
}

/**
 * The expected-value forecast of the remaining rounds for the current draft, asked of the simulation worker as soon
 * as the draft changes, with at most one request in flight while a slider moves; see `latestOnly`.
 */
export function useForecast(input: ForecastInput | null): ForecastState {
	const [state, setState] = useState<ForecastState>({ output: null, input: null, error: null, count: 0 });
	const pump = useRef<LatestOnly<ForecastInput> | null>(null);

	useEffect(() => {
		const p = latestOnly<ForecastInput, ForecastOutput>(
			(i) => requestSim('forecast', i),
			(output, answered) => setState((s) => ({ output, input: answered, error: null, count: s.count + 1 })),
			(error) => setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) })),
		);
		pump.current = p;
		return () => {
			p.stop();
			pump.current = null;
		};
	}, []);

	useEffect(() => {
		if (input) pump.current?.push(input);
	}, [input]);

	return state;
}
