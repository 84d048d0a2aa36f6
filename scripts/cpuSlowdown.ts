/**
 * The CPU slowdown that makes this machine behave like Lighthouse's target phone, from its benchmark index.
 *
 * Lighthouse's simulated throttling multiplies the main-thread time it observed by a constant 4, which is right for a
 * high-end desktop (benchmark index about 1,500) and makes a slower or busier machine look like a slower phone than
 * the target: the same page scores lower when another job shares the host. Lighthouse's throttling guide says to
 * calibrate the multiplier from the benchmark index, and its calculator uses this piecewise-linear curve: 150 → 1×,
 * 800 → 2×, 1,300 → 3×, 1,533 → 4×, then one more × for every 233 points.
 * (https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#calibrating-the-cpu-slowdown)
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
	if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
		throw new Error(`a benchmark index must be a positive number, not ${benchmarkIndex}`);
	if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
	if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
	// Below 150 the host is already slower than the target phone: no slowdown at all.
	return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}
