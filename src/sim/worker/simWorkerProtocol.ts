import type { ExerciseConfig, ExerciseResults } from '../exercise/exerciseSteps.ts';
import type { PeriodResult } from '../model/simulatePeriods.ts';
import type { TierAllocation } from '../model/tierAllocation.ts';
import type { ReferencePolicy } from '../policies/referenceAllocations.ts';
import type { CustomerNames, NameLocale } from '../portfolio/nameCustomers.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';
import type { TieringSpec } from '../tiering/tieringSpec.ts';

/** The requests the simulation worker answers, and what each returns. Plain, structured-cloneable data only. */
export interface SimWorkerRequests {
	/** The page's scenarios, sent before any request that uses them (the worker bundles none of its own). */
	scenarios: { input: Scenario[]; output: { registered: number } };
	generate: { input: ExerciseConfig; output: { size: number } };
	play: {
		input: { config: ExerciseConfig; tiering: TieringSpec; decisions: TierAllocation[][] };
		output: ExerciseResults;
	};
	references: {
		input: { config: ExerciseConfig; tiering: TieringSpec; rounds: number };
		output: Record<ReferencePolicy, ExerciseResults>;
	};
	forecast: {
		input: { config: ExerciseConfig; tiering: TieringSpec; decisions: TierAllocation[][]; draft: TierAllocation[] };
		output: { periods: PeriodResult[]; milliseconds: number };
	};
	names: { input: { config: ExerciseConfig; locale: NameLocale }; output: CustomerNames };
}

export type SimWorkerKind = keyof SimWorkerRequests;

export interface SimWorkerMessage<K extends SimWorkerKind = SimWorkerKind> {
	id: number;
	kind: K;
	input: SimWorkerRequests[K]['input'];
}

export type SimWorkerReply = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: string };
