/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and |z| < 1, by its power series. BG/NBD's
 * E[X(t)] (FHL 2005 eq. 9) and E[Y(t) | x, t_x, T] (eq. 10) need it with 0 ≤ z < 1.
 */

const MAX_TERMS = 1_000_000;

/**
 * Returns 2F1(a, b; c; z) = Σ_k (a)_k (b)_k / ((c)_k k!) z^k, summed until a geometric bound on the remaining
 * tail falls below machine precision relative to the sum.
 *
 * When it shrinks the parameters it first applies Euler's transformation
 * 2F1(a, b; c; z) = (1 − z)^(c − a − b) 2F1(c − a, c − b; c; z): that is the remedy of Fader & Hardie's note
 * "Overcoming the BG/NBD model's #NUM! error problem" (2013) for customers with many purchases, whose direct series
 * has huge intermediate terms. Throws a RangeError when |z| ≥ 1, when c is 0 or a negative integer (a pole), or when
 * the series has not converged after a million terms.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
	if (!(Math.abs(z) < 1)) throw new RangeError(`hyp2f1: the series needs |z| < 1, got z = ${z}`);
	if (c <= 0 && Number.isInteger(c)) throw new RangeError(`hyp2f1: c = ${c} is a pole`);
	if (z === 0 || a === 0 || b === 0) return 1;
	if (z > 0 && Math.abs(c - a) + Math.abs(c - b) < Math.abs(a) + Math.abs(b)) {
		return (1 - z) ** (c - a - b) * series(c - a, c - b, c, z);
	}
	return series(a, b, c, z);
}

function series(a: number, b: number, c: number, z: number): number {
	let term = 1;
	let sum = 1;
	for (let k = 0; k < MAX_TERMS; k++) {
		const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
		term *= ratio;
		sum += term;
		// A zero term ends a terminating series (a or b a negative integer); otherwise bound the geometric tail.
		if (term === 0) return sum;
		// The ratios tend to z, from above or from below, so max(|ratio|, |z|) bounds those still to come.
		const q = Math.max(Math.abs(ratio), Math.abs(z));
		if (q < 1 && Math.abs(term) * q <= Number.EPSILON * Math.abs(sum) * (1 - q)) return sum;
	}
	throw new RangeError(`hyp2f1: no convergence after ${MAX_TERMS} terms (a = ${a}, b = ${b}, c = ${c}, z = ${z})`);
}
