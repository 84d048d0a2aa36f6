import type { UiKey } from '../../i18n/uiStrings.ts';
import type { AllocationViolation, LimitedResource, ResourceUsage } from '../../sim/model/checkAllocation.ts';
import type { Formatters } from './formatters.ts';
import type { LabUi } from './LabUi.ts';

/** A resource amount as the meters and reasons show it: money for the budget, a percent for the fee, counts otherwise. */
export function formatAmount(format: Formatters, resource: LimitedResource, value: number): string {
	if (resource === 'budget') return format.moneyTick(value);
	if (resource === 'bzFee') return format.percent(value);
	return Math.abs(value) >= 100 || resource === 'ironTriangleTeams' ? format.count(value) : format.decimal(value, 1);
}

/** The reason a limit is broken, as a sentence in the page's language (the engine's message is English only). */
export function violationText(t: LabUi['t'], format: Formatters, v: AllocationViolation | ResourceUsage): string {
	return t('lab.allocate.violation', {
		resource: t(`resource.${v.resource}` as UiKey),
		used: formatAmount(format, v.resource, v.used),
		limit: formatAmount(format, v.resource, v.limit),
		over: formatAmount(format, v.resource, v.used - v.limit),
	});
}
