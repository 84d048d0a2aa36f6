import type { ClvWarning } from '../sim/analytics/clvWarnings.ts';
import type { Translate } from './translator.ts';

const modelKeys = {
	bgnbd: 'clv.model.bgnbd',
	mbgnbd: 'clv.model.mbgnbd',
	gammaGamma: 'clv.model.gammaGamma',
} as const;

/**
 * Returns a CLV warning as a sentence of the translator's locale: model codes become model names, rates become
 * percentages and other figures get three significant digits. Shared by the analyzer and `npm run sim -- clv`.
 */
export function clvWarningMessage(warning: ClvWarning, t: Translate): string {
	const values: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(warning.values)) {
		if (typeof value === 'string')
			values[name] = value in modelKeys ? t(modelKeys[value as keyof typeof modelKeys]) : value;
		else if (name.endsWith('Rate')) values[name] = `${Number((value * 100).toPrecision(3))}%`;
		else values[name] = Number.isInteger(value) ? value : Number(value.toPrecision(3));
	}
	return t(`clv.warning.${warning.code}`, values);
}
