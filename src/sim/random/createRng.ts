import { log, pow } from './portableMath.ts';

/**
 * A seeded pseudo-random generator (sfc32, seeded through splitmix32). It uses only 32-bit integer arithmetic, sqrt
 * and the portable log of portableMath.ts, so a seed gives the same stream in Node, a page and a Web Worker.
 */
export interface Rng {
	/** A uniform number in [0, 1). */
	next(): number;
	/** A standard normal draw (polar method; the second value of each pair is kept for the next call). */
	normal(): number;
	/** A Gamma(shape, 1) draw (Marsaglia–Tsang). */
	gamma(shape: number): number;
	/** A Beta(a, b) draw from two gamma draws. */
	beta(a: number, b: number): number;
	/** An exponential draw with the given mean. */
	exponential(mean: number): number;
	/** An index drawn with probability proportional to `weights`. */
	pick(weights: ArrayLike<number>): number;
}

function splitmix32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x9e3779b9) >>> 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/** Hashes a seed and a stream name into a new 32-bit seed, so independent streams never share draws. */
export function deriveSeed(seed: number, stream: string): number {
	let h = (seed ^ 0x811c9dc5) >>> 0;
	for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
	return splitmix32(h)();
}

/** Creates the generator for a 32-bit seed. */
export function createRng(seed: number): Rng {
	const init = splitmix32(seed);
	let a = init();
	let b = init();
	let c = init();
	let d = init();
	const nextUint = () => {
		const t = (((a + b) >>> 0) + d) >>> 0;
		d = (d + 1) >>> 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) >>> 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) >>> 0;
		return t;
	};
	// Discard the first outputs: sfc32 mixes its state in the first few rounds.
	for (let i = 0; i < 12; i++) nextUint();

	const next = () => nextUint() / 4294967296;
	let spare = Number.NaN;
	const normal = () => {
		if (!Number.isNaN(spare)) {
			const value = spare;
			spare = Number.NaN;
			return value;
		}
		// Marsaglia's polar method: like Box–Muller but without sine and cosine, so only portable log and sqrt.
		let u: number;
		let v: number;
		let s: number;
		do {
			u = 2 * next() - 1;
			v = 2 * next() - 1;
			s = u * u + v * v;
		} while (s >= 1 || s === 0);
		const m = Math.sqrt((-2 * log(s)) / s);
		spare = v * m;
		return u * m;
	};
	const gamma = (shape: number): number => {
		if (shape < 1) return gamma(shape + 1) * pow(next(), 1 / shape);
		const dd = shape - 1 / 3;
		const cc = 1 / Math.sqrt(9 * dd);
		for (;;) {
			let x: number;
			let v: number;
			do {
				x = normal();
				v = 1 + cc * x;
			} while (v <= 0);
			v = v * v * v;
			const u = next();
			if (u < 1 - 0.0331 * x * x * x * x) return dd * v;
			if (log(u) < 0.5 * x * x + dd * (1 - v + log(v))) return dd * v;
		}
	};
	return {
		next,
		normal,
		gamma,
		beta(alpha, beta) {
			const x = gamma(alpha);
			return x / (x + gamma(beta));
		},
		exponential(mean) {
			return -mean * log(1 - next());
		},
		pick(weights) {
			let total = 0;
			for (let i = 0; i < weights.length; i++) total += weights[i] as number;
			let r = next() * total;
			for (let i = 0; i < weights.length; i++) {
				r -= weights[i] as number;
				if (r < 0) return i;
			}
			return weights.length - 1;
		},
	};
}
