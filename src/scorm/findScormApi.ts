/**
 * Finds a learning platform's SCORM 1.2 API object, by the search the ADL's SCORM 1.2 Run-Time Environment describes:
 * the `API` of this window or the nearest parent frame that has one, then the same from the window that opened this
 * one (platforms that launch content in a pop-up). The search climbs at most `MAX_FRAME_DEPTH` parents, as ADL's
 * reference code does, so a deep or looping frame tree cannot hang the page.
 */

/** The SCORM 1.2 API a platform offers; every call takes and returns strings, as the standard defines. */
export interface Scorm12Api {
	LMSInitialize(empty: ''): string;
	LMSFinish(empty: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(empty: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
	LMSGetDiagnostic(code: string): string;
}

/** How many parent frames the search climbs, as in ADL's reference `findAPI`. */
export const MAX_FRAME_DEPTH = 7;

/** The part of a window the search reads; tests build chains of these. */
export interface FrameLike {
	readonly parent: FrameLike | null;
	readonly opener?: FrameLike | null;
	readonly API?: unknown;
}

function isScorm12Api(value: unknown): value is Scorm12Api {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Scorm12Api).LMSInitialize === 'function' &&
		typeof (value as Scorm12Api).LMSSetValue === 'function'
	);
}

/** Reads `API` of a frame; a frame of another origin throws on access, and then has none for us. */
function apiOf(frame: FrameLike): Scorm12Api | null {
	try {
		const api = frame.API;
		return isScorm12Api(api) ? api : null;
	} catch {
		return null;
	}
}

function parentOf(frame: FrameLike): FrameLike | null {
	try {
		const parent = frame.parent;
		return parent && parent !== frame ? parent : null;
	} catch {
		return null;
	}
}

/** The API of `start` or its nearest parent, or null. */
function searchUp(start: FrameLike): Scorm12Api | null {
	let frame: FrameLike | null = start;
	for (let depth = 0; frame && depth <= MAX_FRAME_DEPTH; depth++) {
		const api = apiOf(frame);
		if (api) return api;
		frame = parentOf(frame);
	}
	return null;
}

/** Returns the platform's SCORM 1.2 API seen from `win`, or null when the page is not inside a platform. */
export function findScormApi(win: FrameLike): Scorm12Api | null {
	const api = searchUp(win);
	if (api) return api;
	let opener: FrameLike | null | undefined = null;
	try {
		opener = win.opener;
	} catch {
		opener = null;
	}
	return opener ? searchUp(opener) : null;
}
