import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { uiStrings } from '../i18n/uiStrings';

/** The id of the knowledge check's heading, rendered by src/components/Quiz.astro. */
export const QUIZ_HEADING_ID = 'course-knowledge-check';

/**
 * Adds the knowledge check to the page's table of contents: it is rendered after the Markdown, so Starlight does not
 * see its heading when it builds the table from the page's own headings.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (!route.entry.data.quiz || !route.toc) return;
	const t = uiStrings(route.entryMeta.lang === 'en' ? 'en' : 'zh-CN');
	route.toc.items.push({ depth: 2, slug: QUIZ_HEADING_ID, text: t('quiz.heading'), children: [] });
});
