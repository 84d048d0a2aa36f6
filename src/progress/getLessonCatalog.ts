import { getCollection } from 'astro:content';
import { buildLessonCatalog, type Lesson } from './lessonCatalog';

let catalog: Promise<Lesson[]> | undefined;

/** The lessons of the site, read once per build from the docs collection (every page renders the sidebar). */
export async function getLessonCatalog(): Promise<Lesson[]> {
	// The dev server keeps modules alive across edits, so only a build may keep the first answer.
	if (import.meta.env.DEV) return getCollection('docs').then((entries) => buildLessonCatalog(entries));
	catalog ??= getCollection('docs').then((entries) => buildLessonCatalog(entries));
	return catalog;
}
