import en from '../../content/i18n/en.json' with { type: 'json' };
import zhCN from '../../content/i18n/zh-CN.json' with { type: 'json' };
import { clvWarningMessage } from '../../i18n/clvWarningMessage.ts';
import { translator } from '../../i18n/translator.ts';
import type { BgnbdFit } from '../analytics/bgnbd.ts';
import type { ClvDiagnostics } from '../analyzer/clvDiagnostics.ts';
import { isoDate } from '../import/parseValues.ts';

const roundTo = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
/** NaN (an empty group, an impossible heat-map cell) prints as null, which JSON can hold. */
const figure = (x: number, digits: number) => (Number.isFinite(x) ? roundTo(x, digits) : null);

const translate = { en: translator(en), 'zh-CN': translator(zhCN) };

function fitJson(fit: BgnbdFit) {
	return { ...fit.params, logLikelihood: fit.logLikelihood, converged: fit.converged, customers: fit.customers };
}

/** The rows of a row-major matrix as nested arrays. */
function matrixRows(values: Float64Array, columns: number, digits: number): (number | null)[][] {
	return Array.from({ length: values.length / columns }, (_, row) =>
		Array.from(values.subarray(row * columns, (row + 1) * columns), (v) => figure(v, digits)),
	);
}

/**
 * The diagnostics part of `npm run sim -- clv` as JSON: every figure of clvDiagnostics, rounded for print, with
 * each warning's message in both languages, so the output can be compared with an independent implementation
 * (lifetimes, btyd) figure by figure.
 */
export function clvDiagnosticsJson(d: ClvDiagnostics) {
	const { models } = d;
	const censor = d.calibrationVsHoldout ? d.calibrationVsHoldout.frequency.length - 1 : 0;
	const counts = d.cohortPurchaseCounts;
	const countLabel = (n: number) => (n === counts.length - 1 ? `${n}+` : String(n));
	return {
		model: {
			used: models.purchase.model.kind,
			chosenBy: models.purchase.chosenBy,
			fits: {
				bgnbd: fitJson(models.bgnbd),
				...(models.mbgnbd ? { mbgnbd: fitJson(models.mbgnbd) } : {}),
			},
		},
		split: {
			calibrationEnd: d.calibrationEnd,
			holdoutEnd: d.holdoutEnd ?? null,
			cohortStart: isoDate(d.tracking.startDay),
			calibrationWeeks: roundTo(d.tracking.calibrationWeeks, 4),
			holdoutWeeks: d.calibrationVsHoldout ? roundTo(d.calibrationVsHoldout.holdoutWeeks, 4) : 0,
		},
		calibrationVsHoldout: d.calibrationVsHoldout
			? {
					holdoutWeeks: roundTo(d.calibrationVsHoldout.holdoutWeeks, 4),
					rows: Array.from(d.calibrationVsHoldout.frequency, (x, g) => ({
						calibrationPurchases: g === censor ? `${x}+` : String(x),
						customers: d.calibrationVsHoldout?.customers[g],
						actual: figure(d.calibrationVsHoldout?.actual[g] as number, 4),
						predicted: figure(d.calibrationVsHoldout?.predicted[g] as number, 4),
					})),
					totalActual: d.calibrationVsHoldout.totalActual,
					totalPredicted: roundTo(d.calibrationVsHoldout.totalPredicted, 2),
				}
			: null,
		tracking: Array.from(d.tracking.week, (week, k) => ({
			week,
			actual: d.tracking.actual[k],
			predicted: roundTo(d.tracking.predicted[k] as number, 2),
		})),
		heatMaps: {
			T: roundTo(d.heatMaps.T, 4),
			horizonWeeks: d.heatMaps.horizon,
			frequency: Array.from(d.heatMaps.frequency),
			recency: Array.from(d.heatMaps.recency, (v) => roundTo(v, 4)),
			expectedPurchases: matrixRows(d.heatMaps.expectedPurchases, d.heatMaps.recency.length, 4),
			pAlive: matrixRows(d.heatMaps.pAlive, d.heatMaps.recency.length, 4),
		},
		purchaseCounts: {
			weeks: d.heatMaps.horizon,
			n: Array.from(counts, (_, n) => countLabel(n)),
			cohort: Array.from(counts, (p) => roundTo(p, 6)),
			...(d.customerPurchaseCounts
				? {
						customer: {
							id: d.customerPurchaseCounts.id,
							probabilities: Array.from(d.customerPurchaseCounts.probabilities, (p) => roundTo(p, 6)),
						},
					}
				: {}),
		},
		frequencySpendCorrelation: figure(d.frequencySpendCorrelation, 4),
		warnings: d.warnings.map((w) => ({
			...w,
			message: { en: clvWarningMessage(w, translate.en), 'zh-CN': clvWarningMessage(w, translate['zh-CN']) },
		})),
	};
}

/** The warnings the CLI prints on stderr, in English: errors and warnings, not the notes. */
export function clvWarningLines(d: ClvDiagnostics): { errors: string[]; warnings: string[] } {
	const line = (w: ClvDiagnostics['warnings'][number]) =>
		`${w.severity} [${w.code}]: ${clvWarningMessage(w, translate.en)}`;
	return {
		errors: d.warnings.filter((w) => w.severity === 'error').map(line),
		warnings: d.warnings.filter((w) => w.severity === 'warning').map(line),
	};
}
