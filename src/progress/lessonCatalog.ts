import type { Locale } from '../i18n/uiStrings';

/** The locale prefix of the English pages; Chinese pages live at the root. */
const ENGLISH_PREFIX = 'en';

/**
 * Returns the lesson id of a docs entry or route id: the slug without the locale prefix, so `en/lectures/02-x` and
 * `lectures/02-x` share one progress record. The home pages (`index`, `en`) are both `index`.
 */
export function lessonIdFromSlug(slug: string): string {
	const trimmed = slug.replace(/^\/+|\/+$/g, '');
	if (trimmed === '' || trimmed === ENGLISH_PREFIX) return 'index';
	return trimmed.startsWith(`${ENGLISH_PREFIX}/`) ? trimmed.slice(ENGLISH_PREFIX.length + 1) : trimmed;
}

/** The locale of a docs entry id. */
export function localeOfSlug(slug: string): Locale {
	return slug === ENGLISH_PREFIX || slug.startsWith(`${ENGLISH_PREFIX}/`) ? 'en' : 'zh-CN';
}

/** The address of a lesson in one locale (the site uses trailing slashes). */
export function lessonHref(lessonId: string, locale: Locale): string {
	const path = lessonId === 'index' ? '' : `${lessonId}/`;
	return locale === 'en' ? `/${ENGLISH_PREFIX}/${path}` : `/${path}`;
}

/** What the catalog needs of a docs entry: its id and the frontmatter fields that matter for progress. */
export interface CatalogSource {
	id: string;
	data: { title: string; quiz?: readonly unknown[] | undefined; lab?: string | undefined };
}

/** A page that has something to complete: a knowledge check, a lab step, or both. */
export interface Lesson {
	id: string;
	titles: Record<Locale, string>;
	/** The number of knowledge-check questions, or 0 when the lesson has none. */
	quizQuestions: number;
	/** The lab step id from the frontmatter (`lab:`), when the lesson has one. */
	labStep: string | undefined;
}

/**
 * Builds the list of lessons from the docs collection: every page with a `quiz` or a `lab` in either language, one
 * entry per lesson id, with its title in both languages (falling back to the other language's title when a
 * translation is missing, as Starlight falls back to the Chinese page). Sorted by id, which follows the file layout.
 */
export function buildLessonCatalog(entries: readonly CatalogSource[]): Lesson[] {
	const byId = new Map<string, Lesson>();
	for (const entry of entries) {
		const quizQuestions = entry.data.quiz?.length ?? 0;
		const labStep = entry.data.lab;
		if (quizQuestions === 0 && !labStep) continue;
		const id = lessonIdFromSlug(entry.id);
		const locale = localeOfSlug(entry.id);
		const lesson = byId.get(id) ?? { id, titles: { 'zh-CN': '', en: '' }, quizQuestions: 0, labStep: undefined };
		lesson.titles[locale] = entry.data.title;
		lesson.quizQuestions = Math.max(lesson.quizQuestions, quizQuestions);
		lesson.labStep ??= labStep;
		byId.set(id, lesson);
	}
	const lessons = [...byId.values()];
	for (const lesson of lessons) {
		lesson.titles['zh-CN'] ||= lesson.titles.en;
		lesson.titles.en ||= lesson.titles['zh-CN'];
	}
	return lessons.sort((a, b) => a.id.localeCompare(b.id));
}
