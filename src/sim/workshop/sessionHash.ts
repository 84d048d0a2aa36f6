/**
 * The session travels in the URL's fragment (`#s=<code>&team=<n>`): a fragment never reaches a server, so the static
 * site needs none, and a reload or a bookmark keeps the session and the team.
 */
export interface SessionHash {
	code: string | null;
	team: number | null;
}

export function readSessionHash(hash: string): SessionHash {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const team = params.get('team');
	return { code: params.get('s'), team: team !== null && /^\d{1,2}$/.test(team) ? Number(team) : null };
}

export function writeSessionHash(code: string, team?: number): string {
	return `#s=${code}${team === undefined ? '' : `&team=${team}`}`;
}

/** A pasted link or a bare code: the code either way. */
export function codeFromPasted(text: string): string {
	const trimmed = text.trim();
	const at = trimmed.indexOf('#');
	if (at >= 0) return readSessionHash(trimmed.slice(at)).code ?? '';
	return trimmed;
}

/** Whether a pasted text is a session link or a session code (`w1.…`), not a team's hand-in. */
export function isSessionCode(text: string): boolean {
	const trimmed = text.trim();
	return /^w\d+\./.test(trimmed) || /#s=/.test(trimmed);
}

/** A team name as part of a file name: letters and digits of any script kept, the rest dashed. */
export function fileSafe(name: string): string {
	return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'team';
}
