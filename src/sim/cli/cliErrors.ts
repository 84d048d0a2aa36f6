/**
 * The two ways a CLI command ends other than with its output. Apart from `main.ts` so that the command modules
 * (`verifyFiles.ts` and the rest) can throw them without importing the entry point, which imports them.
 */

/** An error the user caused; printed as one line, exit code 2. */
export class UsageError extends Error {}

/** A verdict that is not a success (a rejected hand-in): its output still prints, its reasons go to stderr, exit 1. */
export class FailedVerdict extends Error {
	readonly output: string;
	constructor(output: string, reasons: string) {
		super(reasons);
		this.output = output;
	}
}
