import type { Translate, UiKey } from '../../../i18n/uiStrings.ts';
import type { TierAllocation } from '../../../sim/model/tierAllocation.ts';
import type { TieringSpec } from '../../../sim/tiering/tieringSpec.ts';
import { tieringParameters } from '../../../sim/workshop/teamDecisions.ts';
import type { Formatters } from '../../lab/formatters.ts';

const shares = new Set<keyof TierAllocation>(['digital', 'partner', 'bzFee']);

/** One allocation value as the lab's panel shows it: shares in percent, whole teams as counts, the rest to 0.01. */
export function decisionCell(format: Formatters, key: keyof TierAllocation, value: number): string {
	if (shares.has(key)) return format.percent(value);
	if (key === 'ironTriangleTeams') return format.count(value);
	return format.decimal(value, 2);
}

/** A tiering in words: its method, then each parameter with its label from the tier builder. */
export function tieringText(t: Translate, format: Formatters, spec: TieringSpec): string {
	const params = tieringParameters(spec).map(([name, value]) =>
		typeof value === 'string'
			? `${t('lab.tier.valueMeasure')}: ${t(`lab.tier.measure.${value}` as UiKey)}`
			: `${t(`lab.tier.param.${name}` as UiKey)}: ${format.percent(value)}`,
	);
	const method = t(`lab.tier.methodName.${spec.method}` as UiKey);
	return params.length ? `${method} (${params.join(t('lab.allocate.listSeparator'))})` : method;
}
