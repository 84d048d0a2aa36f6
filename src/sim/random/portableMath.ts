// biome-ignore-all lint/correctness/noPrecisionLoss: fdlibm's constants keep the digits of the original source; each literal rounds to the intended double.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: the fdlibm value is kept on purpose, not Math.LOG2E.
/**
 * exp, log and pow that give the same bits in every JavaScript engine.
 *
 * Why: `Math.exp`, `Math.log` and `**` are not required to be correctly rounded, and Node 24's V8 and current
 * Chromium's V8 differ in the last bit for some inputs (measured by the determinism test). The simulation promises
 * identical numbers in Node and the browser, so everything the model computes goes through these instead. They are
 * ports of fdlibm's e_exp.c and e_log.c (Sun Microsystems, 1993; the algorithms behind most libm's), built only from
 * +, −, ×, ÷ and exact bit manipulation, which IEEE 754 fixes to the last bit everywhere. Error < 1 ulp.
 */

const buffer = new Float64Array(1);
const words = new Uint32Array(buffer.buffer);
// Little-endian layout of a double: words[1] is the high word (sign, exponent, top of the mantissa).
const HI = 1;
const LO = 0;

function highWord(x: number): number {
	buffer[0] = x;
	return words[HI] as number;
}

function lowWord(x: number): number {
	buffer[0] = x;
	return words[LO] as number;
}

function withHighWord(x: number, hi: number): number {
	buffer[0] = x;
	words[HI] = hi >>> 0;
	return buffer[0] as number;
}

/** 2^k for −1022 ≤ k ≤ 1023, built from its bits. */
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

/** The double whose high word is `hi` and whose low word is 0. */
function fromHighWord(hi: number): number {
	words[LO] = 0;
	words[HI] = hi >>> 0;
	return buffer[0] as number;
}

// fdlibm tests the high word of |x| against these bounds; for the doubles they are, the same tests on |x| itself
// agree exactly (hx > H ⇔ |x| ≥ fromHighWord(H + 1)). Comparing numbers avoids writing x into a typed array on every
// call, which costs more than the arithmetic in a browser that checks each typed-array access.
const OVERFLOW_BOUND = fromHighWord(0x40862e42); // hx ≥ 0x40862e42
const REDUCE_BOUND = fromHighWord(0x3fd62e43); // hx > 0x3fd62e42: |x| > 0.5 ln 2
const TINY_BOUND = fromHighWord(0x3e300000); // hx < 0x3e300000: |x| < 2^−28

// 2^k for k = −1075…1023, exact, built once from its bits: exp scales its result by one of these.
const POWERS_OF_TWO: number[] = [];
for (let k = -1075; k <= 1023; k++) POWERS_OF_TWO.push(k >= -1022 ? twoTo(k) : twoTo(k + 1000) * TWO_M1000);
const twoToThe = (k: number) => POWERS_OF_TWO[k + 1075] as number;

// Below this |x| the result and 2^k are normal doubles and never overflow: `exp` needs none of fdlibm's edge cases.
const FAST_BOUND = 700;

/**
 * e^x, bit-identical in every engine (fdlibm __ieee754_exp). The common case, |x| < 700, is written out here and the
 * rest (NaN, infinities, overflow, results near the smallest normal) is left to `expEdge`: that keeps this function
 * small enough for V8 to inline into a loop (276 bytes of bytecode against its limit of 460; the whole routine in one
 * function was 473).
 */
export function exp(x: number): number {
	const negative = x < 0;
	const ax = negative ? -x : x;
	// NaN fails this test too.
	if (!(ax < FAST_BOUND)) return expEdge(x);
	if (ax < TINY_BOUND) return 1 + x;
	let hi = 0;
	let lo = 0;
	let k = 0;
	let r = x;
	if (ax >= REDUCE_BOUND) {
		// fdlibm takes k = ±1 without rounding below 1.5 ln 2; the rounding gives the same k there, and k ln 2 is exact.
		k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
		hi = x - k * LN2_HI;
		lo = k * LN2_LO;
		r = hi - lo;
	}
	const t = r * r;
	const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
	if (k === 0) return 1 - ((r * c) / (c - 2) - r);
	return (1 - (lo - (r * c) / (2 - c) - hi)) * twoToThe(k);
}

/**
 * Replaces each of the first `count` numbers by its exponential, as `exp` would. For loops over customers: a large
 * loop has used up V8's inlining budget before it reaches `exp`, and a call that is not inlined boxes its argument and
 * result on the heap (most of the megabyte of garbage a slider step's forecast left). This loop is small enough that
 * `exp` is inlined into it.
 */
export function expInPlace(values: Float64Array, count: number): void {
	for (let i = 0; i < count; i++) values[i] = exp(values[i] as number);
}

/**
 * e^x for |x| ≥ 700 and NaN, the cases `exp` hands over: fdlibm's __ieee754_exp from its overflow and underflow tests
 * on. Here |x| is past 1.5 ln 2, so the reduction always rounds k.
 */
function expEdge(x: number): number {
	if (Number.isNaN(x)) return x;
	const negative = x < 0;
	const ax = negative ? -x : x;
	if (ax >= OVERFLOW_BOUND) {
		if (ax === Number.POSITIVE_INFINITY) return negative ? 0 : x;
		if (x > O_THRESHOLD) return Number.POSITIVE_INFINITY;
		if (x < U_THRESHOLD) return 0;
	}
	const k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
	const hi = x - k * LN2_HI;
	const lo = k * LN2_LO;
	const r = hi - lo;
	const t = r * r;
	const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
	const y = 1 - (lo - (r * c) / (2 - c) - hi);
	// fdlibm adds k to the exponent of y; multiplying by 2^k is the same operation, exactly. Below 2^−1021 it scales in
	// two steps, as fdlibm does, so a subnormal result rounds once and the same way.
	if (k >= -1021) return k === 1024 ? y * 2 * twoToThe(1023) : y * twoToThe(k);
	return y * twoToThe(k + 1000) * TWO_M1000;
}

const TWO54 = 1.8014398509481984e16;
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** The natural logarithm, bit-identical in every engine (fdlibm __ieee754_log). */
export function log(xIn: number): number {
	let x = xIn;
	let hx = highWord(x) | 0;
	const lx = lowWord(x);
	let k = 0;
	if (hx < 0x00100000) {
		if (((hx & 0x7fffffff) | lx) === 0) return Number.NEGATIVE_INFINITY;
		if (hx < 0) return Number.NaN;
		k -= 54;
		x *= TWO54; // subnormal: scale up
		hx = highWord(x) | 0;
	}
	if (hx >= 0x7ff00000) return x + x;
	k += (hx >> 20) - 1023;
	hx &= 0x000fffff;
	const i0 = (hx + 0x95f64) & 0x100000;
	x = withHighWord(x, hx | (i0 ^ 0x3ff00000)); // normalise x or x/2 into [√2/2, √2)
	k += i0 >> 20;
	const f = x - 1;
	const dk = k;
	if ((0x000fffff & (2 + hx)) < 3) {
		// |f| < 2^−20
		if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
		const R = f * f * (0.5 - 0.33333333333333333 * f);
		return k === 0 ? f - R : dk * LN2_HI - (R - dk * LN2_LO - f);
	}
	const s = f / (2 + f);
	const z = s * s;
	let i = hx - 0x6147a;
	const w = z * z;
	const j = 0x6b851 - hx;
	const t1 = w * (LG2 + w * (LG4 + w * LG6));
	const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
	i |= j;
	const R = t2 + t1;
	if (i > 0) {
		const hfsq = 0.5 * f * f;
		return k === 0 ? f - (hfsq - s * (hfsq + R)) : dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
	}
	return k === 0 ? f - s * (f - R) : dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

const INV_LN10 = 0.43429448190325182765;

/** log10(x) = ln(x) / ln(10), through the portable log. */
export function log10(x: number): number {
	return log(x) * INV_LN10;
}

/** x^y for x > 0 (and 0^y for y > 0) as e^(y ln x): portable, within a few ulp of the exact value. */
export function pow(x: number, y: number): number {
	if (y === 0) return 1;
	if (x === 0) return y > 0 ? 0 : Number.POSITIVE_INFINITY;
	if (x < 0) return Number.NaN;
	return exp(y * log(x));
}
