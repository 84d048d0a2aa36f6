/**
 * The shared fitting loop of the BG/NBD and Gamma-Gamma models: maximum likelihood over positive parameters.
 */
import { nelderMead } from './nelderMead.ts';

/** Limits and the progress callback of maximiseLikelihood. */
export interface MaximiseOptions {
	/** Upper bound on simplex iterations over all restarts. */
	maxIterations: number;
	/** Called after every iteration with the running iteration count and the best log-likelihood so far. */
	onProgress?: ((iteration: number, logLikelihood: number) => void) | undefined;
}

/** What maximiseLikelihood returns: the maximiser, the maximum and how the search went. */
export interface MaximiseResult {
	/** The maximising parameters, on their natural (positive) scale. */
	params: Float64Array;
	logLikelihood: number;
	iterations: number;
	evaluations: number;
	/** True when the last simplex run met its tolerances and a restart no longer improved the fit. */
	converged: boolean;
}

/** Restart rounds at most; CDNOW needs two or three. */
const MAX_ROUNDS = 6;
/** A restart that gains less log-likelihood than this ends the search. */
const MIN_GAIN = 1e-9;

/**
 * Returns the maximum of `logLikelihood` over positive parameters, starting from `start`. It runs Nelder–Mead on
 * the logarithms of the parameters — positivity for free, and a likelihood surface much closer to quadratic — and
 * restarts from the best point with a smaller simplex until a restart gains less than 1e-9: a single simplex run
 * can collapse before the optimum on the long, curved ridges these likelihoods have. A NaN likelihood (outside the
 * model's domain) is treated as −∞. Deterministic: the same inputs give the same path and result.
 */
export function maximiseLikelihood(
	logLikelihood: (params: Float64Array) => number,
	start: readonly number[],
	options: MaximiseOptions,
): MaximiseResult {
	const natural = new Float64Array(start.length);
	const objective = (logParams: Float64Array) => {
		for (let j = 0; j < natural.length; j++) natural[j] = Math.exp(logParams[j] as number);
		return -logLikelihood(natural);
	};
	let point: ArrayLike<number> = start.map((value) => Math.log(value));
	let value = objective(Float64Array.from(point));
	let iterations = 0;
	let evaluations = 1;
	let converged = false;
	for (let round = 0; round < MAX_ROUNDS && iterations < options.maxIterations; round++) {
		const done = iterations;
		const report = options.onProgress;
		const result = nelderMead(objective, point, {
			initialStep: round === 0 ? 0.5 : 0.05,
			maxIterations: options.maxIterations - iterations,
			onIteration: report ? (i, best) => report(done + i, -best) : undefined,
		});
		iterations += result.iterations;
		evaluations += result.evaluations;
		const gain = value - result.value;
		if (result.value <= value) {
			point = result.point;
			value = result.value;
		}
		if (result.converged && round > 0 && gain < MIN_GAIN) {
			converged = true;
			break;
		}
	}
	return {
		params: Float64Array.from(point, (logValue) => Math.exp(logValue)),
		logLikelihood: -value,
		iterations,
		evaluations,
		converged,
	};
}
