/**
 * The uniform core of the course's seeded generator (sfc32, seeded through splitmix32), on its own so that a page
 * can shuffle with it without bundling the distributions of createRng.ts and the fdlibm port they need. Only 32-bit
 * integer arithmetic: a seed gives the same stream in Node, a page and a Web Worker.
 */

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

/** Returns a generator of uniform numbers in [0, 1) for a 32-bit seed; createRng builds its draws on the same stream. */
export function createUniform(seed: number): () => number {
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
	return () => nextUint() / 4294967296;
}
