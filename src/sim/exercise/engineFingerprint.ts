// The fingerprint covers every scenario, in Node and in a browser bundle alike: register the whole catalog.
import '../scenarios/scenarioCatalog.ts';
import type { SimulationMode } from '../model/simulatePeriods.ts';
import { referenceDecisions } from '../policies/referenceAllocations.ts';
import { tieringSpecSchema } from '../tiering/tieringSpec.ts';
import { tierPortfolio } from '../tiering/tierPortfolio.ts';
import { playExercise, sessionFor } from './exerciseSteps.ts';

/**
 * Every number one exercise produces, as JSON text: the portfolio's attributes and the full, unrounded results of a
 * needs-based run on the strategic / key / ordinary tiering. JSON keeps every double to the last bit, so two engines
 * agree exactly when their fingerprints are the same string. The determinism test compares Node with Chromium.
 */
export function engineFingerprint(scenarioId: string, seed: number, size: number, mode: SimulationMode): string {
	const config = { scenarioId, seed, size, mode, budgetScale: 1 };
	const session = sessionFor(config);
	const spec = tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' });
	const tiering = tierPortfolio(spec, session.attributes);
	const decisions = referenceDecisions('needs-based', session, tiering);
	const portfolio = Object.fromEntries(
		Object.entries(session.portfolio)
			.filter(([, value]) => ArrayBuffer.isView(value))
			.map(([key, value]) => [key, Array.from(value as Float64Array)]),
	);
	return JSON.stringify({
		portfolio,
		profit: Array.from(session.economics.profit),
		results: playExercise(config, spec, decisions),
	});
}
