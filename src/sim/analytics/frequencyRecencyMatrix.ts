/**
 * The frequency × recency heat maps of customer-base analysis (lifetimes' plot_frequency_recency_matrix and
 * plot_probability_alive_matrix): what the model says about every history a customer of a given age can have.
 */
import { conditionalExpectedPurchases, type PurchaseModel, probabilityAlive } from './purchaseModel.ts';

/** Both heat maps, row-major: row = frequency x, column = recency t_x; NaN where no history can be. */
export interface FrequencyRecencyMatrix {
	/** The customer age T (time units since the first purchase) every cell assumes. */
	T: number;
	/** The prediction horizon of `expectedPurchases`. */
	horizon: number;
	/** Row values: x = 0, 1, …, maxFrequency. */
	frequency: Int32Array;
	/** Column values: t_x from 0 to T in equal steps. */
	recency: Float64Array;
	/** E[Y(horizon) | x, t_x, T]. */
	expectedPurchases: Float64Array;
	/** P(alive | x, t_x, T). */
	pAlive: Float64Array;
}

/**
 * Returns the two heat maps for customers of age T: rows x = 0 … maxFrequency, columns t_x = T · j / recencySteps
 * for j = 0 … recencySteps. A customer without repeat purchases has t_x = 0 only, and one with repeat purchases has
 * t_x > 0 (the same day counts once), so those cells are NaN: the tables leave them empty rather than show a
 * number no customer can have.
 */
export function frequencyRecencyMatrix(
	model: PurchaseModel,
	T: number,
	horizon: number,
	maxFrequency = 20,
	recencySteps = 10,
): FrequencyRecencyMatrix {
	if (!(T > 0 && Number.isFinite(T))) throw new RangeError(`heat map: T must be > 0, got ${T}`);
	if (!(horizon > 0)) throw new RangeError(`heat map: the horizon must be > 0, got ${horizon}`);
	const rows = maxFrequency + 1;
	const columns = recencySteps + 1;
	const recency = Float64Array.from({ length: columns }, (_, j) => (T * j) / recencySteps);
	const expected = new Float64Array(rows * columns).fill(Number.NaN);
	const alive = new Float64Array(rows * columns).fill(Number.NaN);
	for (let x = 0; x < rows; x++) {
		for (let j = 0; j < columns; j++) {
			const tx = recency[j] as number;
			if ((x === 0) !== (tx === 0)) continue;
			expected[x * columns + j] = conditionalExpectedPurchases(model, horizon, x, tx, T);
			alive[x * columns + j] = probabilityAlive(model, x, tx, T);
		}
	}
	return {
		T,
		horizon,
		frequency: Int32Array.from({ length: rows }, (_, x) => x),
		recency,
		expectedPurchases: expected,
		pAlive: alive,
	};
}
