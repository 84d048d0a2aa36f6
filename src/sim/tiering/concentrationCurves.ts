/** A curve of cumulative shares: x = share of customers (0–1), y = share of the total (may pass 1 for profit). */
export interface ConcentrationCurve {
	x: number[];
	y: number[];
}

/**
 * The Pareto (or whale) curve of a value: customers ranked from the largest value down, and for each step of
 * `points` the cumulative share of the total they hold. With revenue it rises to 1 (the 80/20 curve); with profit
 * it rises above 1 and falls back to 1 as the loss-makers come in (Kaplan & Narayanan's whale curve).
 */
export function concentrationCurve(values: Float64Array, points = 100): ConcentrationCurve {
	const sorted = Float64Array.from(values).sort().reverse();
	const n = sorted.length;
	let total = 0;
	for (const v of sorted) total += v;
	const x: number[] = [0];
	const y: number[] = [0];
	if (n === 0 || total === 0) return { x, y };
	let running = 0;
	let next = 1;
	for (let i = 0; i < n; i++) {
		running += sorted[i] as number;
		// Emit a point each time the customer share crosses the next 1/points step, and always at the end.
		while (next <= points && (i + 1) / n >= next / points) {
			x.push(next / points);
			y.push(running / total);
			next += 1;
		}
	}
	return { x, y };
}

/** How many customers sit in tier a of one tiering and tier b of another: `counts[a][b]`. */
export function compareTierings(
	first: Uint8Array,
	firstTiers: number,
	second: Uint8Array,
	secondTiers: number,
): number[][] {
	const counts = Array.from({ length: firstTiers }, () => new Array<number>(secondTiers).fill(0));
	for (let i = 0; i < first.length; i++) {
		const row = counts[first[i] as number];
		if (row) row[second[i] as number] = (row[second[i] as number] as number) + 1;
	}
	return counts;
}
