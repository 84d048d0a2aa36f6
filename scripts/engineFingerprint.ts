// Prints the engine fingerprint (see src/sim/exercise/engineFingerprint.ts) for: scenario seed size mode.
import { engineFingerprint } from '../src/sim/exercise/engineFingerprint.ts';

const [scenario = 'ict-equipment', seed = '42', size = '2000', mode = 'expected'] = process.argv.slice(2);
process.stdout.write(
	engineFingerprint(scenario, Number(seed), Number(size), mode === 'stochastic' ? 'stochastic' : 'expected'),
);
