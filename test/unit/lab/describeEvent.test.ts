import { describe, expect, test } from 'vitest';
import { describeEvent } from '../../../src/components/lab/describeEvent.ts';
import { makeFormatters } from '../../../src/components/lab/formatters.ts';
import { locales, uiStrings } from '../../../src/i18n/uiStrings.ts';
import type { ScenarioEvent } from '../../../src/sim/scenarios/scenarioSchema.ts';

const events: ScenarioEvent[] = [
	{ type: 'competitorEntry', round: 2, strength: 0.4 },
	{ type: 'downturn', round: 2, walletCut: 0.2 },
	{ type: 'serviceCrisis', round: 3, accounts: 3, satisfactionDrop: 1.5 },
	{ type: 'budgetCut', round: 4, cut: 0.15 },
	{ type: 'priceWar', round: 3, marginCut: 0.1, strength: 0.3 },
];

describe('describeEvent', () => {
	test('returns a short name, a name and a detail with every parameter filled, in both languages', () => {
		for (const locale of locales) {
			const t = uiStrings(locale);
			const format = makeFormatters(locale, 'CNY');
			for (const event of events) {
				const text = describeEvent(t, format, event);
				for (const part of [text.short, text.name, text.detail]) {
					expect(part.length, `${locale} ${event.type}`).toBeGreaterThan(1);
					expect(part, `${locale} ${event.type}`).not.toMatch(/[{}]/);
				}
			}
		}
	});

	test('returns the parameters formatted for the locale', () => {
		const t = uiStrings('en');
		const format = makeFormatters('en', 'CNY');
		expect(describeEvent(t, format, events[0] as ScenarioEvent).detail).toContain('40%');
		expect(describeEvent(t, format, events[1] as ScenarioEvent).detail).toMatch(/20%.*10%/);
		expect(describeEvent(t, format, events[2] as ScenarioEvent).detail).toMatch(/3\b.*1\.5/);
		expect(describeEvent(t, format, events[3] as ScenarioEvent).detail).toContain('15%');
	});
});
