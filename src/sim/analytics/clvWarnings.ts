/**
 * The checks an analyst makes before trusting a BG/NBD (or MBG/NBD) + Gamma-Gamma fit, as warnings with a code and
 * their figures: the page and the CLI translate the code (`clv.warning.<code>` in src/content/i18n), so no English
 * sentence crosses from the engine to a Chinese page.
 */
import type { BgnbdFit } from './bgnbd.ts';
import type { GammaGammaFit } from './gammaGamma.ts';
import type { PurchaseModelKind } from './purchaseModel.ts';

export type ClvWarningCode =
	| 'fitNotConverged'
	| 'parameterAtBound'
	| 'fewRepeatBuyers'
	| 'frequencySpendCorrelated'
	| 'nonPositiveSpend'
	| 'zeroRepeatSpend'
	| 'spendMeanInfinite'
	| 'otherModelFitsBetter'
	| 'timeUnitAndDiscount';

/** `error`: the figures should not be used as they are; `warning`: use with care; `info`: what the figures assume. */
export type ClvWarningSeverity = 'error' | 'warning' | 'info';

export interface ClvWarning {
	code: ClvWarningCode;
	severity: ClvWarningSeverity;
	/** The figures the message names, by placeholder name. */
	values: Record<string, number | string>;
}

/** Fewer repeat buyers than this and the drop-out and spend distributions are barely identified. */
export const MIN_REPEAT_BUYERS = 100;
/** |correlation| of x and zbar from which Gamma-Gamma's independence assumption is called into question. */
export const CORRELATION_LIMIT = 0.3;
/**
 * A shape parameter (r, a, b, p, q), or a scale divided by its data's scale (α by the mean T, v by the mean
 * zbar), outside [1e-3, 1e3] has run off to the edge of the parameter space: the optimiser works on logarithms, so
 * it has no hard bounds, and a run-away estimate is how a degenerate fit shows (e.g. r, α → ∞ when every customer
 * buys at the same rate, a → 0 when nobody drops out).
 */
export const PARAMETER_LIMITS = [1e-3, 1e3] as const;

/** What clvWarnings checks. */
export interface ClvWarningInput {
	purchase: { kind: PurchaseModelKind; fit: BgnbdFit };
	/** The other purchase model's fit, when it was made, for the likelihood comparison. */
	alternative?: { kind: PurchaseModelKind; fit: BgnbdFit };
	/** Undefined when too few repeat buyers to fit it. */
	spend?: GammaGammaFit;
	customers: number;
	repeatBuyers: number;
	meanT: number;
	/** Mean zbar over the repeat buyers with positive spend. */
	meanZbar: number;
	correlation: number;
	/** Transactions of the log with an amount ≤ 0. */
	nonPositiveTransactions: number;
	/** Repeat buyers left out of Gamma-Gamma because their repeat spend was 0. */
	zeroSpendRepeatBuyers: number;
	annualDiscountRate: number;
}

const WEEKS_PER_YEAR = 365.25 / 7;

/** Returns every warning that applies, errors first. */
export function clvWarnings(input: ClvWarningInput): ClvWarning[] {
	const warnings: ClvWarning[] = [];
	const [low, high] = PARAMETER_LIMITS;
	const { purchase, spend } = input;
	if (!purchase.fit.converged) warnings.push(error('fitNotConverged', { model: purchase.kind }));
	const purchaseScaled: [string, number, number][] = [
		['r', purchase.fit.params.r, 1],
		['alpha', purchase.fit.params.alpha, input.meanT],
		['a', purchase.fit.params.a, 1],
		['b', purchase.fit.params.b, 1],
	];
	for (const [parameter, value, scale] of purchaseScaled) {
		const relative = value / scale;
		if (!(relative >= low && relative <= high))
			warnings.push(error('parameterAtBound', { model: purchase.kind, parameter, value }));
	}
	if (spend) {
		if (!spend.converged) warnings.push(error('fitNotConverged', { model: 'gammaGamma' }));
		const spendScaled: [string, number, number][] = [
			['p', spend.params.p, 1],
			['q', spend.params.q, 1],
			['v', spend.params.v, input.meanZbar],
		];
		for (const [parameter, value, scale] of spendScaled) {
			const relative = value / scale;
			if (!(relative >= low && relative <= high))
				warnings.push(error('parameterAtBound', { model: 'gammaGamma', parameter, value }));
		}
		if (!(spend.params.q > 1)) warnings.push(error('spendMeanInfinite', { q: spend.params.q }));
	}
	if (input.repeatBuyers < MIN_REPEAT_BUYERS) {
		const severity = input.repeatBuyers < 2 ? 'error' : 'warning';
		warnings.push({
			code: 'fewRepeatBuyers',
			severity,
			values: { repeatBuyers: input.repeatBuyers, customers: input.customers, minimum: MIN_REPEAT_BUYERS },
		});
	}
	if (Math.abs(input.correlation) >= CORRELATION_LIMIT)
		warnings.push(warning('frequencySpendCorrelated', { correlation: input.correlation, limit: CORRELATION_LIMIT }));
	if (input.nonPositiveTransactions > 0)
		warnings.push(warning('nonPositiveSpend', { transactions: input.nonPositiveTransactions }));
	if (input.zeroSpendRepeatBuyers > 0)
		warnings.push(warning('zeroRepeatSpend', { repeatBuyers: input.zeroSpendRepeatBuyers }));
	const other = input.alternative;
	// Both models have four parameters; one unit of log-likelihood is a difference worth mentioning, not a verdict.
	if (other && other.fit.logLikelihood > purchase.fit.logLikelihood + 1) {
		warnings.push(
			info('otherModelFitsBetter', {
				model: purchase.kind,
				other: other.kind,
				gain: other.fit.logLikelihood - purchase.fit.logLikelihood,
			}),
		);
	}
	const weekly = (1 + input.annualDiscountRate) ** (1 / WEEKS_PER_YEAR) - 1;
	warnings.push(
		info('timeUnitAndDiscount', { annualDiscountRate: input.annualDiscountRate, weeklyDiscountRate: weekly }),
	);
	const rank: Record<ClvWarningSeverity, number> = { error: 0, warning: 1, info: 2 };
	return warnings.sort((p, q) => rank[p.severity] - rank[q.severity]);
}

function error(code: ClvWarningCode, values: ClvWarning['values']): ClvWarning {
	return { code, severity: 'error', values };
}
function warning(code: ClvWarningCode, values: ClvWarning['values']): ClvWarning {
	return { code, severity: 'warning', values };
}
function info(code: ClvWarningCode, values: ClvWarning['values']): ClvWarning {
	return { code, severity: 'info', values };
}
