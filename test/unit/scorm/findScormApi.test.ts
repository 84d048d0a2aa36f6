import { describe, expect, test } from 'vitest';
import { type FrameLike, findScormApi, MAX_FRAME_DEPTH } from '../../../src/scorm/findScormApi';

const noop = () => 'true';
const empty = () => '';
const noError = () => '0';
/** A fresh SCORM 1.2 API object each call, so a test can tell which one was found. */
function fakeApi() {
	return {
		LMSInitialize: noop,
		LMSFinish: noop,
		LMSGetValue: empty,
		LMSSetValue: noop,
		LMSCommit: noop,
		LMSGetLastError: noError,
		LMSGetErrorString: empty,
		LMSGetDiagnostic: empty,
	};
}

/** A window whose parent is itself, as a top window's is. */
function topWindow(fields: { API?: unknown; opener?: FrameLike | null } = {}): FrameLike {
	const win: { parent: FrameLike | null; API?: unknown; opener?: FrameLike | null } = { parent: null, ...fields };
	win.parent = win;
	return win;
}

/** A chain of `depth` frames below `top`; returns the innermost. */
function framesBelow(top: FrameLike, depth: number): FrameLike {
	let frame = top;
	for (let i = 0; i < depth; i++) frame = { parent: frame };
	return frame;
}

describe('findScormApi', () => {
	test('returns the API of the window itself', () => {
		const api = fakeApi();
		expect(findScormApi(topWindow({ API: api }))).toBe(api);
	});

	test('returns the nearest parent’s API, climbing frames', () => {
		const outer = fakeApi();
		const inner = fakeApi();
		const top = topWindow({ API: outer });
		const middle: FrameLike = { parent: top, API: inner };
		expect(findScormApi(framesBelow(top, 3))).toBe(outer);
		expect(findScormApi({ parent: { parent: middle } })).toBe(inner);
	});

	test('climbs at most MAX_FRAME_DEPTH parents', () => {
		const api = fakeApi();
		expect(findScormApi(framesBelow(topWindow({ API: api }), MAX_FRAME_DEPTH))).toBe(api);
		expect(findScormApi(framesBelow(topWindow({ API: api }), MAX_FRAME_DEPTH + 1))).toBeNull();
	});

	test('looks in the opener and its parents when no frame has one', () => {
		const api = fakeApi();
		const platform = topWindow({ API: api });
		const popup = topWindow({ opener: { parent: platform } });
		expect(findScormApi(framesBelow(popup, 2))).toBeNull();
		expect(findScormApi(popup)).toBe(api);
	});

	test('returns null outside a platform and ignores an API that is not SCORM 1.2’s', () => {
		expect(findScormApi(topWindow())).toBeNull();
		// SCORM 2004's object has other names; a stray global named API is not a platform either.
		expect(findScormApi(topWindow({ API: { Initialize: noop } }))).toBeNull();
		expect(findScormApi(topWindow({ API: 'yes' }))).toBeNull();
	});

	test('passes over frames of another origin, which throw when read', () => {
		const api = fakeApi();
		const top = topWindow({ API: api });
		const foreign = {
			parent: top,
			get API(): unknown {
				throw new DOMException('Blocked a frame', 'SecurityError');
			},
		};
		expect(findScormApi({ parent: foreign })).toBe(api);
		const unreachable = {
			get parent(): FrameLike {
				throw new DOMException('Blocked a frame', 'SecurityError');
			},
			get opener(): FrameLike {
				throw new DOMException('Blocked a frame', 'SecurityError');
			},
		};
		expect(findScormApi(unreachable)).toBeNull();
	});
});
