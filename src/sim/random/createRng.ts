import { createUniform, deriveSeed } from './createUniform.ts';
import { log, pow } from './portableMath.ts';

/**
 * A seeded pseudo-random generator (sfc32, seeded through splitmix32; the uniform stream is createUniform.ts). It uses
 * only 32-bit integer arithmetic, sqrt and the portable log of portableMath.ts, so a seed gives the same stream in
 * Node, a page and a Web Worker.
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

// Re-exported: the engine has always taken its stream seeds from here.
export { deriveSeed };

/** Creates the generator for a 32-bit seed. */
export function createRng(seed: number): Rng {
	const next = createUniform(seed);
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
