// biome-ignore-all lint/correctness/noPrecisionLoss: fdlibm's constants, as in portableMath.ts.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: as in portableMath.ts.
// fdlibm's exp as portableMath.ts first had it, reading and writing the words of x through a typed array: the
// reference the faster version must match to the bit.
const buffer = new Float64Array(1);
const words = new Uint32Array(buffer.buffer);
const HI = 1;
const LO = 0;
function highWord(x: number): number {
	buffer[0] = x;
	return words[HI] as number;
}
function twoTo(k: number): number {
	words[LO] = 0;
	words[HI] = ((0x3ff + k) << 20) >>> 0;
	return buffer[0] as number;
}
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.4513321910194110842e2;
const TWO_M1000 = 9.3326361850321887899e-302;

/** e^x by fdlibm's word tests. */
export function referenceExp(x: number): number {
	if (Number.isNaN(x)) return x;
	const hxFull = highWord(x);
	const negative = hxFull >>> 31 === 1;
	const hx = hxFull & 0x7fffffff;

	if (hx >= 0x40862e42) {
		if (hx >= 0x7ff00000) return negative ? 0 : x; // ±Infinity
		if (x > O_THRESHOLD) return Number.POSITIVE_INFINITY;
		if (x < U_THRESHOLD) return 0;
	}

	let hi = 0;
	let lo = 0;
	let k = 0;
	let r = x;
	if (hx > 0x3fd62e42) {
		// |x| > 0.5 ln 2: reduce to r = x − k ln 2 with |r| ≤ 0.5 ln 2.
		if (hx < 0x3ff0a2b2) {
			hi = negative ? x + LN2_HI : x - LN2_HI;
			lo = negative ? -LN2_LO : LN2_LO;
			k = negative ? -1 : 1;
		} else {
			k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
			hi = x - k * LN2_HI;
			lo = k * LN2_LO;
		}
		r = hi - lo;
	} else if (hx < 0x3e300000) {
		return 1 + x; // |x| < 2^−28
	}

	const t = r * r;
	const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
	if (k === 0) return 1 - ((r * c) / (c - 2) - r);
	const y = 1 - (lo - (r * c) / (2 - c) - hi);
	if (k >= -1021) return k === 1024 ? y * 2 * twoTo(1023) : y * twoTo(k);
	return y * twoTo(k + 1000) * TWO_M1000;
}
