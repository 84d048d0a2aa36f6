import type { core } from 'zod/mini';
import { type NameProblem, nameProblem } from './nameProblem.ts';

/** The English wording of each problem, for the command line and for logs; pages translate `name.problem.<kind>`. */
const english: Record<NameProblem['kind'], string> = {
	control: 'contains a control character',
	invisible: 'contains an invisible character',
	bidi: 'contains a text-direction override',
	mixedScript: 'mixes look-alike letters of two scripts (Latin, Greek, Cyrillic)',
};

/**
 * A zod refinement (for zod and zod/mini alike) that refuses a name with a `NameProblem`. The issue carries the
 * problem in `params.nameProblem`, so a page can word it in its own language.
 */
export function refineName(name: string, ctx: core.$RefinementCtx<string>): void {
	const problem = nameProblem(name);
	if (!problem) return;
	ctx.addIssue({
		code: 'custom',
		input: name,
		message: `${english[problem.kind]} (${problem.char} at character ${problem.at})`,
		params: { nameProblem: problem },
	});
}

/** The name problem behind a zod issue, if it is one. */
export function nameProblemOf(issue: core.$ZodIssue | undefined): NameProblem | undefined {
	const params = issue && 'params' in issue ? (issue.params as { nameProblem?: NameProblem } | undefined) : undefined;
	return params?.nameProblem;
}
