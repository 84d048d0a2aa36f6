import { deck as lecture1 } from './01-marketing-and-service-strategy';
import { deck as lecture2 } from './02-customer-insight';
import { deck as lecture3 } from './03-customer-relationships';
import { deck as lecture4 } from './04-service-strategy-and-control';
import { deck as lecture5 } from './05-service-models';
import { deck as lecture6 } from './06-iron-triangle';
import { deck as lecture7 } from './07-service-skills';
import { deck as lecture8 } from './08-managers-and-incentives';
import type { LectureDeck } from './deckTypes';

/** Every lecture's presenter deck, in syllabus order: the pages under `/present/` and the instructor's list read this. */
export const lectureDecks: readonly LectureDeck[] = [
	lecture1,
	lecture2,
	lecture3,
	lecture4,
	lecture5,
	lecture6,
	lecture7,
	lecture8,
];

/** The address of a lecture's deck in one locale, e.g. `/en/present/01-marketing-and-service-strategy/`. */
export function deckPath(slug: string, locale: 'zh-CN' | 'en'): string {
	return `${locale === 'en' ? '/en' : ''}/present/${slug}/`;
}
