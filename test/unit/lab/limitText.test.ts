// The engine finds scenarios in the registry; importing the catalog registers all of them.
import '../../../src/sim/scenarios/scenarioCatalog.ts';
import { describe, expect, test } from 'vitest';
import { makeFormatters } from '../../../src/components/lab/formatters.ts';
import { formatAmount, violationText } from '../../../src/components/lab/limitText.ts';
import { locales, uiStrings } from '../../../src/i18n/uiStrings.ts';
import { draftUsage, type ExerciseConfig, referenceDraft } from '../../../src/sim/exercise/exerciseSteps.ts';
import type { TieringSpec } from '../../../src/sim/tiering/tieringSpec.ts';

const config: ExerciseConfig = { scenarioId: 'ict-equipment', seed: 3, size: 400, mode: 'expected', budgetScale: 1 };
const spec = { method: 'strategicKeyOrdinary' } as TieringSpec;
// Every limit the engine checks, as it reports them: a limit added to the engine is covered here at once.
const usage = draftUsage(config, spec, [], referenceDraft(config, spec, 'status-quo', 0));

describe('violationText', () => {
	test('returns a sentence with the translated resource and every amount, for every limit, in both languages', () => {
		expect(usage.length).toBeGreaterThanOrEqual(6);
		for (const locale of locales) {
			const t = uiStrings(locale);
			const format = makeFormatters(locale, 'CNY');
			for (const u of usage) {
				const over = { ...u, used: u.limit * 1.5 + 1 };
				const text = violationText(t, format, over);
				expect(text, `${locale} ${u.resource}`).not.toMatch(/[{}]|undefined/);
				expect(text).toContain(t(`resource.${u.resource}` as Parameters<typeof t>[0]));
				expect(text).toContain(formatAmount(format, u.resource, over.limit));
				expect(text).toContain(formatAmount(format, u.resource, over.used - over.limit));
			}
		}
	});
});

describe('formatAmount', () => {
	const format = makeFormatters('en', 'CNY');

	test('returns money for the budget, a percent for the fee and counts for capacities', () => {
		expect(formatAmount(format, 'budget', 6_984_000)).toBe('CN¥6.984M');
		expect(formatAmount(format, 'bzFee', 0.1)).toBe('10%');
		expect(formatAmount(format, 'visits', 2000.4)).toBe('2,000');
		expect(formatAmount(format, 'kamHours', 12.34)).toBe('12.3');
		expect(formatAmount(format, 'ironTriangleTeams', 6)).toBe('6');
	});
});
