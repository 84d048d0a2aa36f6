// Prints the calibration figures of every scenario (MODEL-NOTES §1) against the bands the tests hold them to, over the
// calibration seeds, then how each reference policy scores at one seed: node scripts/calibrate.ts [seed]. Used when
// tuning scenario files; test/unit/sim/calibration.test.ts holds the targets.
import { createSession } from '../src/sim/exercise/createSession.ts';
import { playRounds } from '../src/sim/exercise/playRounds.ts';
import { policyValue, scoreExercise } from '../src/sim/exercise/scoreExercise.ts';
import { referenceDecisions, referencePolicies } from '../src/sim/policies/referenceAllocations.ts';
import { calibrationSeeds, scenarioCalibration } from '../src/sim/portfolio/calibrationBands.ts';
import { portfolioFacts } from '../src/sim/portfolio/portfolioFacts.ts';
import { scenarios } from '../src/sim/scenarios/scenarioCatalog.ts';
import { tieringSpecSchema } from '../src/sim/tiering/tieringSpec.ts';
import { tierPortfolio } from '../src/sim/tiering/tierPortfolio.ts';

const seed = Number(process.argv[2] ?? 42);
const pct = (x: number) => `${Math.round(x * 100)}%`;
for (const scenario of scenarios) {
	console.log(scenario.id, `(medians over seeds ${calibrationSeeds[0]}–${calibrationSeeds.at(-1)})`);
	for (const f of scenarioCalibration(scenario)) {
		console.log(
			'  ',
			f.figure.padEnd(20),
			`median ${pct(f.median)}`.padEnd(13),
			`band ${pct(f.band.min)}..${pct(f.band.max)}`.padEnd(16),
			`inside ${f.inside}/${f.count}`,
			f.holds ? '' : 'MISSES',
			f.exception ? '(documented exception)' : '',
		);
	}
	const session = createSession(scenario, seed);
	console.log('   at seed', seed, portfolioFacts(session.portfolio.revenue, session.economics.profit));
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
