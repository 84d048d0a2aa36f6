// Prints the calibration figures of every scenario (MODEL-NOTES §1) and how each reference policy scores:
// node scripts/calibrate.ts [seed]. Used when tuning scenario files; the unit tests hold the targets.
import { createSession } from '../src/sim/exercise/createSession.ts';
import { playRounds } from '../src/sim/exercise/playRounds.ts';
import { policyValue, scoreExercise } from '../src/sim/exercise/scoreExercise.ts';
import { referenceDecisions, referencePolicies } from '../src/sim/policies/referenceAllocations.ts';
import { portfolioFacts } from '../src/sim/portfolio/portfolioFacts.ts';
import { scenarios } from '../src/sim/scenarios/scenarioCatalog.ts';
import { tieringSpecSchema } from '../src/sim/tiering/tieringSpec.ts';
import { tierPortfolio } from '../src/sim/tiering/tierPortfolio.ts';

const seed = Number(process.argv[2] ?? 42);
for (const scenario of scenarios) {
	const session = createSession(scenario, seed);
	console.log(scenario.id, portfolioFacts(session.portfolio.revenue, session.economics.profit));
	const tiering = tierPortfolio(tieringSpecSchema.parse({ method: 'strategicKeyOrdinary' }), session.attributes);
	const sq = playRounds(session, tiering, referenceDecisions('status-quo', session, tiering));
	const sqValue = policyValue(sq).value;
	for (const policy of referencePolicies) {
		const played = playRounds(session, tiering, referenceDecisions(policy, session, tiering));
		const s = scoreExercise(session, played, sqValue);
		console.log(
			'  ',
			policy.padEnd(20),
			JSON.stringify(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v)]))),
		);
	}
}
