import { createContext, useContext } from 'react';
import type { UiStringsStartingWith } from '../../i18n/translator.ts';
import type { Locale, Translate, UiKey } from '../../i18n/uiStrings.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import type { Formatters } from './formatters.ts';

/** The lab steps a lesson can show, in the order of the exercise. */
export const labSteps = ['portfolio', 'tier', 'allocate', 'review', 'debrief'] as const;
export type LabStep = (typeof labSteps)[number];

/**
 * The string families a lab's own islands use (a unit test holds every key in `components/lab/` to them). A lesson
 * page hands its lab only these, about two fifths of the dictionary: every prop is written into the page's HTML and
 * parsed before the lab can start.
 */
export const labStringPrefixes = ['lab.', 'policy.', 'resource.', 'tier.', 'event.', 'chart.'] as const;
export type LabStrings = UiStringsStartingWith<(typeof labStringPrefixes)[number]>;

/** What every island of a lab needs besides the exercise actor: language, strings, number formats, the scenario. */
export interface LabUi {
	locale: Locale;
	t: Translate;
	format: Formatters;
	scenario: Scenario;
	steps: readonly LabStep[];
	/**
	 * The last round whose events the lab may name (in the forecast, the round's heading…): a workshop hides each
	 * round's events until the facilitator opens it. Absent (every round's) outside a workshop.
	 */
	eventsShownThrough?: number;
	/** Says something through the lab's polite live region (screen readers hear outcome changes). */
	announce: (message: string) => void;
}

export const LabUiContext = createContext<LabUi | null>(null);

/** The lab's UI context; islands are only ever rendered inside a SimulationLab. */
export function useLabUi(): LabUi {
	const ui = useContext(LabUiContext);
	if (!ui) throw new Error('a lab island was rendered outside <SimulationLab>');
	return ui;
}

/** The translated name of a tier id (`tier.A`, `tier.MVC`…), or the id itself for a custom tier. */
export function tierLabel(t: LabUi['t'], id: string): string {
	const key = `tier.${id}` as UiKey;
	const text = t(key);
	return text === undefined ? id : text;
}
