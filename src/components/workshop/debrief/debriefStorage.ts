import { openWebStorage } from '../../../progress/openWebStorage.ts';
import { teamResultCode } from '../../../sim/workshop/teamResult.ts';
import type { VerifiedTeam } from '../../../sim/workshop/verifyTeamResult.ts';

const storageKey = (id: string) => `course:workshop-debrief:${id}`;

/**
 * Saving the imported teams is a convenience: when storage is off or full, the debrief works from memory and says so.
 * Returns whether the teams were saved.
 */
export function saveTeams(id: string, teams: readonly VerifiedTeam[]): boolean {
	const storage = openWebStorage();
	if (!storage) return false;
	try {
		storage.setItem(storageKey(id), JSON.stringify(teams.map((team) => teamResultCode(team.result))));
		return true;
	} catch {
		return false;
	}
}

/** The codes saved for a session; a damaged list is removed and reported rather than half used. */
export function restoreTeams(id: string): { codes: string[]; damaged: boolean } {
	const storage = openWebStorage();
	const raw = storage?.getItem(storageKey(id));
	if (!storage || !raw) return { codes: [], damaged: false };
	try {
		const list: unknown = JSON.parse(raw);
		if (Array.isArray(list) && list.every((c) => typeof c === 'string')) return { codes: list, damaged: false };
	} catch {
		// Falls through to the removal below.
	}
	storage.removeItem(storageKey(id));
	return { codes: [], damaged: true };
}
