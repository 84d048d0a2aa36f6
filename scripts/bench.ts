// `npm run bench`: prints the engine's throughput and forecast time (see src/sim/cli/runBenchmark.ts).
import { runBenchmark } from '../src/sim/cli/runBenchmark.ts';

console.log(runBenchmark(100_000, 12));
