/**
 * A small, deterministic Nelder–Mead simplex minimiser (Nelder & Mead 1965, with the standard coefficients and the
 * accept/contract rules of Lagarias, Reeds, Wright & Wright 1998, SIAM J. Optim. 9(1)). The model fits use it on
 * log-parameters, where the likelihood surfaces of BG/NBD and Gamma-Gamma are smooth and low-dimensional (4 and 3
 * parameters), the case Nelder–Mead handles well without any derivatives.
 */

/** Starting simplex, stopping rules and progress callback of nelderMead; all optional. */
export interface NelderMeadOptions {
	/** Edge of the starting simplex along each axis: one number for all, or one per coordinate. Default 0.5. */
	initialStep?: number | ArrayLike<number>;
	/** Upper bound on iterations. Default 5000. */
	maxIterations?: number;
	/** Stop when the simplex's values differ by at most this (absolute). Default 1e-10. */
	valueTolerance?: number;
	/** …and every vertex is within this of the best in every coordinate. Default 1e-9. */
	pointTolerance?: number;
	/** Called after every iteration with its 1-based number and the best value so far. */
	onIteration?: (iteration: number, bestValue: number) => void;
}

/** What nelderMead returns: the best point, its value and how the search went. */
export interface NelderMeadResult {
	/** The best point found. */
	point: Float64Array;
	/** f at that point. */
	value: number;
	iterations: number;
	evaluations: number;
	/** True when both tolerances were met before maxIterations. */
	converged: boolean;
}

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

/**
 * Returns the minimum of f found from `start`. A NaN or infinite value of f counts as +∞, so the simplex steps back
 * from parameter values where a likelihood cannot be evaluated. Ties between vertices are broken by vertex index,
 * so the same inputs always give the same path. Scratch points are allocated once; the loop allocates nothing.
 */
export function nelderMead(
	f: (point: Float64Array) => number,
	start: ArrayLike<number>,
	options: NelderMeadOptions = {},
): NelderMeadResult {
	const n = start.length;
	if (n === 0) throw new RangeError('nelderMead: the start point has no coordinates');
	const maxIterations = options.maxIterations ?? 5000;
	const valueTolerance = options.valueTolerance ?? 1e-10;
	const pointTolerance = options.pointTolerance ?? 1e-9;
	const step = options.initialStep ?? 0.5;
	let evaluations = 0;
	const evaluate = (point: Float64Array): number => {
		evaluations++;
		const value = f(point);
		return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
	};

	const vertices: Float64Array[] = [];
	const values = new Float64Array(n + 1);
	for (let i = 0; i <= n; i++) {
		const vertex = Float64Array.from(start);
		if (i > 0) vertex[i - 1] = (vertex[i - 1] as number) + (typeof step === 'number' ? step : (step[i - 1] as number));
		vertices.push(vertex);
		values[i] = evaluate(vertex);
	}
	const order = Array.from({ length: n + 1 }, (_, i) => i);
	const byValue = (p: number, q: number) => (values[p] as number) - (values[q] as number) || p - q;
	const centroid = new Float64Array(n);
	const reflected = new Float64Array(n);
	const trial = new Float64Array(n);

	let iterations = 0;
	let converged = false;
	while (iterations < maxIterations) {
		order.sort(byValue);
		const best = vertices[order[0] as number] as Float64Array;
		const worstIndex = order[n] as number;
		const worst = vertices[worstIndex] as Float64Array;
		const bestValue = values[order[0] as number] as number;
		if (hasConverged()) {
			converged = true;
			break;
		}
		iterations++;

		for (let j = 0; j < n; j++) {
			let sum = 0;
			for (let i = 0; i < n; i++) sum += (vertices[order[i] as number] as Float64Array)[j] as number;
			centroid[j] = sum / n;
		}
		const worstValue = values[worstIndex] as number;
		const secondWorstValue = values[order[n - 1] as number] as number;
		along(worst, -REFLECT, reflected);
		const reflectedValue = evaluate(reflected);
		if (reflectedValue < bestValue) {
			along(worst, -REFLECT * EXPAND, trial);
			const expandedValue = evaluate(trial);
			if (expandedValue < reflectedValue) replaceWorst(worstIndex, trial, expandedValue);
			else replaceWorst(worstIndex, reflected, reflectedValue);
		} else if (reflectedValue < secondWorstValue) {
			replaceWorst(worstIndex, reflected, reflectedValue);
		} else {
			// Contract towards the centroid, outside (beyond it, towards the reflection) or inside (towards the worst).
			const outside = reflectedValue < worstValue;
			along(worst, outside ? -REFLECT * CONTRACT : CONTRACT, trial);
			const contractedValue = evaluate(trial);
			if (outside ? contractedValue <= reflectedValue : contractedValue < worstValue) {
				replaceWorst(worstIndex, trial, contractedValue);
			} else {
				for (let i = 1; i <= n; i++) {
					const vertex = vertices[order[i] as number] as Float64Array;
					for (let j = 0; j < n; j++)
						vertex[j] = (best[j] as number) + SHRINK * ((vertex[j] as number) - (best[j] as number));
					values[order[i] as number] = evaluate(vertex);
				}
			}
		}
		if (options.onIteration) {
			let lowest = values[0] as number;
			for (let i = 1; i <= n; i++) lowest = Math.min(lowest, values[i] as number);
			options.onIteration(iterations, lowest);
		}
	}
	order.sort(byValue);
	const bestIndex = order[0] as number;
	return {
		point: Float64Array.from(vertices[bestIndex] as Float64Array),
		value: values[bestIndex] as number,
		iterations,
		evaluations,
		converged,
	};

	function replaceWorst(index: number, point: Float64Array, value: number): void {
		(vertices[index] as Float64Array).set(point);
		values[index] = value;
	}

	/** centroid + coefficient · (from − centroid), written into `out`. */
	function along(from: Float64Array, coefficient: number, out: Float64Array): void {
		for (let j = 0; j < n; j++)
			out[j] = (centroid[j] as number) + coefficient * ((from[j] as number) - (centroid[j] as number));
	}

	function hasConverged(): boolean {
		const best = vertices[order[0] as number] as Float64Array;
		const bestValue = values[order[0] as number] as number;
		if (!((values[order[n] as number] as number) - bestValue <= valueTolerance)) return false;
		for (let i = 1; i <= n; i++) {
			const vertex = vertices[order[i] as number] as Float64Array;
			for (let j = 0; j < n; j++)
				if (Math.abs((vertex[j] as number) - (best[j] as number)) > pointTolerance) return false;
		}
		return true;
	}
}
