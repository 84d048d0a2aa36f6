import '../zodConfig.ts';
import { z } from 'zod';
import type { ExerciseConfig } from '../exercise/exerciseSteps.ts';
import { findScenario } from '../scenarios/scenarioRegistry.ts';
import type { Scenario, ScenarioEvent } from '../scenarios/scenarioSchema.ts';
import { normaliseName } from '../text/nameProblem.ts';
import { printableExcerpt } from '../text/printableExcerpt.ts';
import { nameProblemOf, refineName } from '../text/refineName.ts';
import { crc32 } from './crc32.ts';
import { type EventType, eventTypes } from './scenarioOutline.ts';
import { type Checked, type CheckFailure, decodeShareCode, encodeShareCode, failure } from './shareCode.ts';

/**
 * A team name: shown to everyone in the room, so short, never blank, in NFC (so one name has one spelling), and
 * free of control, invisible and look-alike characters (see `nameProblem`).
 */
export const teamNameSchema = z
	.string()
	.transform(normaliseName)
	.pipe(z.string().min(1).max(40).superRefine(refineName));

/**
 * A workshop session as the facilitator sets it up: everything a team's page needs, carried in the session link.
 * Events are scheduled by type; their strength comes from the scenario (see `scheduledEvents`).
 */
export const workshopSessionSchema = z
	.strictObject({
		scenario: z.string().regex(/^[a-z][a-z0-9-]*$/),
		seed: z.number().int().min(0).max(4294967295),
		size: z.number().int().min(200).max(10000),
		rounds: z.number().int().min(1).max(8),
		mode: z.enum(['expected', 'stochastic']),
		events: z.array(z.strictObject({ round: z.number().int().min(1).max(8), type: z.enum(eventTypes) })).max(16),
		teams: z.array(teamNameSchema).min(1).max(30),
		minutesPerRound: z.number().int().min(1).max(180),
	})
	.superRefine((s, ctx) => {
		const seen = new Set<string>();
		s.events.forEach((e, i) => {
			if (e.round > s.rounds)
				ctx.addIssue({ code: 'custom', path: ['events', i, 'round'], message: `round ${e.round} > ${s.rounds}` });
			const key = `${e.round}:${e.type}`;
			if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['events', i], message: `${key} twice` });
			seen.add(key);
		});
		const names = new Set<string>();
		s.teams.forEach((name, i) => {
			if (names.has(name))
				ctx.addIssue({ code: 'custom', path: ['teams', i], message: `"${name}" twice`, params: { duplicate: name } });
			names.add(name);
		});
	});

export type WorkshopSession = z.infer<typeof workshopSessionSchema>;

/** The session link's code kind and version: `w1.…`. */
export const SESSION_CODE_KIND = 'w';
export const SESSION_CODE_VERSION = 1;

// When a scenario has no event of a type the facilitator schedules, the event comes with these strengths: middling
// values from the range the scenario files use.
const fallbackEvents: Record<EventType, Omit<ScenarioEvent, 'round'>> = {
	competitorEntry: { type: 'competitorEntry', strength: 0.4 },
	downturn: { type: 'downturn', walletCut: 0.15 },
	serviceCrisis: { type: 'serviceCrisis', accounts: 4, satisfactionDrop: 1.5 },
	budgetCut: { type: 'budgetCut', cut: 0.15 },
	priceWar: { type: 'priceWar', marginCut: 0.08, strength: 0.3 },
} as Record<EventType, Omit<ScenarioEvent, 'round'>>;

/** The session's events with their parameters: the scenario's own strength for a type it has, else the fallback. */
export function scheduledEvents(base: Scenario, schedule: WorkshopSession['events']): ScenarioEvent[] {
	return [...schedule]
		.sort((a, b) => a.round - b.round || eventTypes.indexOf(a.type) - eventTypes.indexOf(b.type))
		.map(({ round, type }) => {
			const own = base.events.find((e) => e.type === type) ?? fallbackEvents[type];
			return { ...own, round } as ScenarioEvent;
		});
}

/**
 * The scenario a session plays: the base scenario with the session's rounds and events. When those are the
 * scenario's own, it is the base scenario itself, so a workshop on seed 42 meets the very portfolio the lessons show;
 * otherwise it gets an id of its own (the portfolio stream is seeded by id, and caches are keyed by it).
 */
export function workshopScenario(base: Scenario, session: WorkshopSession): Scenario {
	const events = scheduledEvents(base, session.events);
	if (session.rounds === base.rounds && JSON.stringify(events) === JSON.stringify(base.events)) return base;
	const variant = crc32(new TextEncoder().encode(JSON.stringify([session.rounds, events])));
	return { ...base, id: `${base.id}-ws-${variant}`, rounds: session.rounds, events };
}

/** The exercise configuration of a session's scenario (registered under `scenario.id`). */
export function workshopExerciseConfig(session: WorkshopSession, scenario: Scenario): ExerciseConfig {
	return { scenarioId: scenario.id, seed: session.seed, size: session.size, mode: session.mode, budgetScale: 1 };
}

export function sessionCode(session: WorkshopSession): string {
	return encodeShareCode(SESSION_CODE_KIND, SESSION_CODE_VERSION, workshopSessionSchema.parse(session));
}

/** The first problem zod found, as `path: message`; any input it quotes is made printable and cut short. */
export function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid';
	// zod says "received undefined" for a field that is not there; a reader understands "missing".
	const message = issue.message.replace(/, received undefined$/, ', found nothing (the field is missing)');
	return printableExcerpt(`${issue.path.join('.') || '(root)'}: ${message}`);
}

/** A shape failure: `name` (with the problem's kind, character and position for the page) or `schema`. */
export function shapeFailure(error: z.ZodError): CheckFailure {
	const issue = error.issues[0];
	const problem = nameProblemOf(issue);
	if (problem && issue)
		return failure('name', firstIssue(error), {
			path: issue.path.join('.'),
			kind: problem.kind,
			char: problem.char,
			at: problem.at,
		});
	// A name on the roster twice gets its own words: the facilitator typed it, and the page names it back.
	const duplicate =
		issue?.code === 'custom' ? (issue.params as { duplicate?: unknown } | undefined)?.duplicate : undefined;
	if (typeof duplicate === 'string')
		return failure('duplicateName', firstIssue(error), { name: printableExcerpt(duplicate, 40) });
	return failure('schema', firstIssue(error));
}

/** Validates a session's shape only, without looking its scenario up. */
export function readSession(value: unknown): Checked<WorkshopSession> {
	const parsed = workshopSessionSchema.safeParse(value);
	return parsed.success ? { ok: true, value: parsed.data } : shapeFailure(parsed.error);
}

/** Reads a session code's shape only (see `readSession`); `parseSessionCode` also finds its scenario. */
export function readSessionCode(code: string): Checked<WorkshopSession> {
	const decoded = decodeShareCode(code, SESSION_CODE_KIND, SESSION_CODE_VERSION);
	return decoded.ok ? readSession(decoded.value) : decoded;
}

/** Validates a session (from a code or a result file): its shape, and that this site knows its scenario. */
export function checkSession(value: unknown): Checked<{ session: WorkshopSession; base: Scenario }> {
	const read = readSession(value);
	if (!read.ok) return read;
	const base = findScenario(read.value.scenario);
	if (!base) return failure('scenario', read.value.scenario);
	return { ok: true, value: { session: read.value, base } };
}

/** Reads a session code (the part of a session link after `#s=`). */
export function parseSessionCode(code: string): Checked<{ session: WorkshopSession; base: Scenario }> {
	const decoded = decodeShareCode(code, SESSION_CODE_KIND, SESSION_CODE_VERSION);
	return decoded.ok ? checkSession(decoded.value) : decoded;
}
