/**
 * Returns the Pearson correlation between the number of repeat purchases x and the mean repeat spend zbar over the
 * repeat buyers with positive spend (NaN when fewer than two, or when either is constant). Gamma-Gamma assumes
 * spend is independent of the purchase process (FHL 2005, JMR "RFM and CLV", who report the check on CDNOW); this
 * is the figure an analyst looks at before trusting CLV = spend × purchases.
 */
export function frequencySpendCorrelation(x: ArrayLike<number>, zbar: ArrayLike<number>): number {
	let n = 0;
	let sumX = 0;
	let sumZ = 0;
	for (let i = 0; i < x.length; i++) {
		if (!((x[i] as number) > 0 && (zbar[i] as number) > 0)) continue;
		n++;
		sumX += x[i] as number;
		sumZ += zbar[i] as number;
	}
	if (n < 2) return Number.NaN;
	const meanX = sumX / n;
	const meanZ = sumZ / n;
	let sxx = 0;
	let szz = 0;
	let sxz = 0;
	for (let i = 0; i < x.length; i++) {
		if (!((x[i] as number) > 0 && (zbar[i] as number) > 0)) continue;
		const dx = (x[i] as number) - meanX;
		const dz = (zbar[i] as number) - meanZ;
		sxx += dx * dx;
		szz += dz * dz;
		sxz += dx * dz;
	}
	return sxx > 0 && szz > 0 ? sxz / Math.sqrt(sxx * szz) : Number.NaN;
}
