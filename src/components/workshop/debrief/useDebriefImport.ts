import { useCallback, useRef, useState } from 'react';
import { checkText } from '../../../i18n/checkText.ts';
import type { Translate } from '../../../i18n/uiStrings.ts';
import type { Scenario } from '../../../sim/scenarios/scenarioSchema.ts';
import { admitHandIns, type HandInItem, isNewerHandIn } from '../../../sim/workshop/admitHandIns.ts';
import { sessionId } from '../../../sim/workshop/sessionId.ts';
import type { VerifiedTeam } from '../../../sim/workshop/verifyTeamResult.ts';
import type { WorkshopSession } from '../../../sim/workshop/workshopSession.ts';
import { saveTeams } from './debriefStorage.ts';

export interface LogLine {
	id: number;
	ok: boolean;
	text: string;
}

/** A valid hand-in for a team already loaded, waiting for the facilitator's choice. */
export interface PendingReplace {
	name: string;
	team: VerifiedTeam;
	loaded: VerifiedTeam;
}

export type StorageNote = 'workshop.debrief.storageOff' | 'workshop.debrief.restoreCorrupted';

/**
 * The debrief's imported state and the actions on it. The import itself is `admitHandIns`, the loop `sim debrief`
 * runs too; this hook only walks it one item per task (so the page shows progress and stays responsive), keeps the
 * log, saves the teams, and queues the hand-ins that would replace a team already loaded.
 */
export function useDebriefImport(t: Translate) {
	const [session, setSession] = useState<{ session: WorkshopSession; base: Scenario } | null>(null);
	const [teams, setTeams] = useState<VerifiedTeam[]>([]);
	const [log, setLog] = useState<LogLine[]>([]);
	const [pending, setPending] = useState<PendingReplace[]>([]);
	const [busy, setBusy] = useState('');
	const [message, setMessage] = useState('');
	const [storageNote, setStorageNote] = useState<StorageNote | null>(null);
	const nextId = useRef(0);
	// The latest teams and session for the import loop, which runs across several renders.
	const live = useRef({ teams, session: session?.session ?? null });
	live.current = { teams, session: session?.session ?? null };

	const note = useCallback((ok: boolean, text: string) => {
		nextId.current += 1;
		const line = { id: nextId.current, ok, text };
		setLog((l) => [line, ...l].slice(0, 50));
		setMessage(text);
	}, []);

	/** Puts teams in place of the loaded ones of the same names (or beside them) and saves the list. */
	const place = useCallback((incoming: readonly VerifiedTeam[]) => {
		const names = new Set(incoming.map((x) => x.team));
		const next = [...live.current.teams.filter((x) => !names.has(x.team)), ...incoming];
		live.current = { ...live.current, teams: next };
		setTeams(next);
		const first = incoming[0];
		if (first && !saveTeams(first.sessionId, next)) setStorageNote('workshop.debrief.storageOff');
	}, []);

	const importItems = useCallback(
		async (items: HandInItem[]) => {
			const asks: PendingReplace[] = [];
			const loop = admitHandIns(items, live.current.session, live.current.teams);
			for (let k = 0; k < items.length; k++) {
				setBusy(t('workshop.debrief.verifying', { name: items[k]?.name ?? '' }));
				await new Promise((r) => setTimeout(r, 0));
				const step = loop.next();
				if (step.done) break;
				const a = step.value;
				if (a.kind === 'session') {
					setSession({ session: a.session, base: a.base });
					live.current = { teams: [], session: a.session };
					note(true, t('workshop.debrief.sessionSet', { id: sessionId(a.session) }));
				} else if (a.kind === 'rejected') {
					note(false, t('workshop.debrief.rejected', { name: a.name, reason: checkText(t, a.failure) }));
				} else if (a.kind === 'duplicate') {
					asks.push({ name: a.name, team: a.team, loaded: a.loaded });
				} else if (a.kind === 'accepted') {
					place([a.team]);
					note(
						true,
						t('workshop.debrief.accepted', {
							name: a.name,
							team: a.team.team,
							played: a.team.roundsPlayed,
							rounds: a.team.session.rounds,
						}),
					);
				}
			}
			setBusy('');
			if (asks.length) setPending((p) => [...p, ...asks]);
		},
		[t, note, place],
	);

	/** The facilitator's answer to the first queued replacement. */
	const answer = useCallback(
		(replace: boolean) => {
			const ask = pending[0];
			if (!ask) return;
			if (replace) place([ask.team]);
			note(true, t(replace ? 'workshop.debrief.replaced' : 'workshop.debrief.kept', { team: ask.team.team }));
			setPending((p) => p.slice(1));
		},
		[pending, place, note, t],
	);

	/** Every queued hand-in that played more rounds than the team's loaded one replaces it; the rest stay queued. */
	const replaceAllNewer = useCallback(() => {
		const newest = new Map<string, VerifiedTeam>();
		for (const ask of pending) {
			const best = newest.get(ask.team.team) ?? ask.loaded;
			if (isNewerHandIn(ask.team, best)) newest.set(ask.team.team, ask.team);
		}
		place([...newest.values()]);
		setPending((p) => p.filter((ask) => newest.get(ask.team.team) === undefined));
		note(true, t('workshop.debrief.replacedAll', { count: newest.size }));
	}, [pending, place, note, t]);

	const remove = useCallback((team: string) => {
		const next = live.current.teams.filter((x) => x.team !== team);
		live.current = { ...live.current, teams: next };
		setTeams(next);
		const current = live.current.session;
		if (current && !saveTeams(sessionId(current), next)) setStorageNote('workshop.debrief.storageOff');
	}, []);

	return {
		session,
		teams,
		log,
		pending,
		busy,
		message,
		storageNote,
		setStorageNote,
		setMessage,
		note,
		importItems,
		answer,
		replaceAllNewer,
		remove,
		live,
	};
}
