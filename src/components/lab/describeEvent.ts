import type { ScenarioEvent } from '../../sim/scenarios/scenarioSchema.ts';
import type { Formatters } from './formatters.ts';
import type { LabUi } from './LabUi.ts';

/** A scenario event in the learner's language: a short name for chart markers, a full name, and what it did. */
export interface EventText {
	short: string;
	name: string;
	detail: string;
}

/** Describes an event with its parameters, formatted for the page's locale. */
export function describeEvent(t: LabUi['t'], format: Formatters, event: ScenarioEvent): EventText {
	const pct = format.percent;
	switch (event.type) {
		case 'competitorEntry':
			return {
				short: t('event.competitorEntry.short'),
				name: t('event.competitorEntry.name'),
				detail: t('event.competitorEntry.detail', { strength: pct(event.strength) }),
			};
		case 'downturn':
			return {
				short: t('event.downturn.short'),
				name: t('event.downturn.name'),
				detail: t('event.downturn.detail', { walletCut: pct(event.walletCut), revenueCut: pct(event.walletCut / 2) }),
			};
		case 'serviceCrisis':
			return {
				short: t('event.serviceCrisis.short'),
				name: t('event.serviceCrisis.name'),
				detail: t('event.serviceCrisis.detail', {
					accounts: format.count(event.accounts),
					drop: format.decimal(event.satisfactionDrop, 1),
				}),
			};
		case 'budgetCut':
			return {
				short: t('event.budgetCut.short'),
				name: t('event.budgetCut.name'),
				detail: t('event.budgetCut.detail', { cut: pct(event.cut) }),
			};
		case 'priceWar':
			return {
				short: t('event.priceWar.short'),
				name: t('event.priceWar.name'),
				detail: t('event.priceWar.detail', { marginCut: pct(event.marginCut), strength: pct(event.strength) }),
			};
	}
}
