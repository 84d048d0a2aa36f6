// CRC-32 (IEEE 802.3, the one zip and PNG use): a checksum that catches a mistyped, cut or altered code. It is not a
// signature; tampering is caught by recomputing the results, which the engine's determinism makes possible.
const table = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

/** The CRC-32 of some bytes, as 8 lowercase hex digits. */
export function crc32(bytes: Uint8Array): string {
	let crc = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) crc = (table[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
	return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}
