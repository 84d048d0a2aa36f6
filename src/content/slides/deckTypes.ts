import type { Locale } from '../../i18n/uiStrings';
import type { lectureDiagrams } from './lectureDiagrams';

/**
 * What a slide is for; the deck lays each kind out differently. `reveal` holds a case's outcome, shown only after the
 * discussion; `lab` is the "now open the lab" slide with the QR code to the lecture's simulation exercise.
 */
export type SlideKind = 'title' | 'question' | 'idea' | 'case' | 'reveal' | 'lab' | 'discussion';

/** The diagrams a deck may show, by their component's name (the lecture's own props are used). */
export type DiagramName = {
	[Lecture in keyof typeof lectureDiagrams]: keyof (typeof lectureDiagrams)[Lecture]['zh-CN'];
}[keyof typeof lectureDiagrams];

/** One slide: one idea, said in a title and at most a few short points, a table or a diagram. */
export interface Slide {
	kind: SlideKind;
	title: string;
	/** One sentence under the title: the idea itself, or the question put to the room. */
	lead?: string;
	points?: string[];
	/** A small table: the header row, then the body rows. */
	table?: { head: string[]; rows: string[][] };
	diagram?: DiagramName;
	/** What the trainer says or does while the slide is up; shown only in the presenter window and the handout. */
	notes: string;
	/** How long the slide should stay up, in whole minutes; a deck's minutes add up to its agenda slot. */
	minutes: number;
}

/** A lecture's deck in both languages; the two lists have the same length and the same kinds, slide by slide. */
export interface LectureDeck {
	/** The lecture page's slug, e.g. `01-marketing-and-service-strategy`, also the deck's address. */
	slug: string;
	lecture: number;
	/** The heading slug of the lecture's simulation section, per locale: the lab slide's QR code points there. */
	labAnchor: Record<Locale, string>;
	slides: Record<Locale, Slide[]>;
}
