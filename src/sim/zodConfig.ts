import { config } from 'zod/mini';

// Zod compiles fast object parsers with `new Function`, first probing whether eval is allowed. The site's strict CSP
// forbids eval, and browsers report even the caught probe as a violation, so every schema module imports this first:
// schemas built after it parse without eval (the inputs here are small; the speed-up is not needed).
config({ jitless: true });
