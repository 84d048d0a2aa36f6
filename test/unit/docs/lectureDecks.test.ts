import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lectureDecks } from '../../../src/content/slides/lectureDecks';
import { lectureDiagrams } from '../../../src/content/slides/lectureDiagrams';
import { lectureSlots, slotMinutes, slotRange } from '../../../src/utils/agendaSlots';

const docs = join(import.meta.dirname, '../../../src/content/docs');
const locales = ['zh-CN', 'en'] as const;
const read = (relative: string) => readFileSync(join(docs, relative), 'utf8');
const lecturePage = (slug: string, locale: (typeof locales)[number]) =>
	`${locale === 'en' ? 'en/' : ''}lectures/${slug}.mdx`;

describe('lectureDecks', () => {
	test('has one deck per lecture, in syllabus order, each for an existing lecture page in both languages', () => {
		expect(lectureDecks.map((deck) => deck.lecture)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		for (const deck of lectureDecks) {
			for (const locale of locales)
				expect(existsSync(join(docs, lecturePage(deck.slug, locale))), deck.slug).toBe(true);
			expect(deck.slug.startsWith(String(deck.lecture).padStart(2, '0'))).toBe(true);
		}
	});

	test('returns decks whose minutes add up to the lecture’s agenda slot, in both languages', () => {
		// The slots as the agenda prints them: 75 or 90 minutes, never anything else.
		expect(lectureDecks.map((deck) => slotMinutes(deck.lecture))).toEqual([75, 90, 90, 90, 90, 75, 75, 90]);
		for (const deck of lectureDecks) {
			for (const locale of locales) {
				const total = deck.slides[locale].reduce((sum, slide) => sum + slide.minutes, 0);
				expect(total, `${deck.slug} (${locale})`).toBe(slotMinutes(deck.lecture));
			}
		}
	});

	test('gives every slide a title, notes and a whole number of minutes', () => {
		for (const deck of lectureDecks) {
			for (const locale of locales) {
				for (const [index, slide] of deck.slides[locale].entries()) {
					const where = `${deck.slug} ${locale} slide ${index + 1}`;
					expect(slide.title.trim(), where).not.toBe('');
					expect(slide.notes.trim().length, where).toBeGreaterThan(10);
					expect(Number.isInteger(slide.minutes) && slide.minutes > 0, where).toBe(true);
					// One idea per slide: a handful of points at most.
					expect(slide.points?.length ?? 0, where).toBeLessThanOrEqual(6);
				}
			}
		}
	});

	test('has the same slides in both languages: count, kind, minutes and diagram, slide by slide', () => {
		for (const deck of lectureDecks) {
			const shape = (locale: (typeof locales)[number]) =>
				deck.slides[locale].map((s) => `${s.kind}/${s.minutes}/${s.diagram ?? ''}/${Boolean(s.table)}`);
			expect(deck.slides.en.length, deck.slug).toBe(deck.slides['zh-CN'].length);
			expect(shape('en'), deck.slug).toEqual(shape('zh-CN'));
		}
	});

	test('opens with a title slide and has a lab slide and a discussion or reveal after the lecture', () => {
		for (const deck of lectureDecks) {
			const kinds = deck.slides['zh-CN'].map((s) => s.kind);
			expect(kinds[0], deck.slug).toBe('title');
			expect(
				kinds.filter((k) => k === 'lab'),
				deck.slug,
			).toHaveLength(1);
			expect(kinds.includes('discussion') || kinds.includes('reveal'), deck.slug).toBe(true);
			// A case's outcome never comes before the case itself.
			const reveal = kinds.indexOf('reveal');
			if (reveal >= 0) expect(kinds[reveal - 1], deck.slug).toBe('case');
		}
	});

	test('writes the English slides in English and the Chinese ones in Chinese', () => {
		const han = /\p{Script=Han}/u;
		for (const deck of lectureDecks) {
			for (const slide of deck.slides.en) expect(han.test(`${slide.title}${slide.notes}`), slide.title).toBe(false);
			for (const slide of deck.slides['zh-CN']) expect(han.test(slide.title), slide.title).toBe(true);
		}
	});

	test('points the lab slide at the lecture’s simulation section', () => {
		for (const deck of lectureDecks) {
			expect(read(lecturePage(deck.slug, 'zh-CN'))).toMatch(/^## 模拟练习$/m);
			expect(read(lecturePage(deck.slug, 'en'))).toMatch(/^## Simulation exercise$/m);
			expect(deck.labAnchor).toEqual({ 'zh-CN': '模拟练习', en: 'simulation-exercise' });
		}
	});
});

describe('lectureDiagrams', () => {
	test('returns, for each diagram a deck shows, props whose title is still the lecture page’s', () => {
		for (const deck of lectureDecks) {
			const key = String(deck.lecture).padStart(2, '0') as keyof typeof lectureDiagrams;
			for (const locale of locales) {
				const page = read(lecturePage(deck.slug, locale));
				for (const slide of deck.slides[locale].filter((s) => s.diagram)) {
					const props = (lectureDiagrams[key]?.[locale] as Record<string, { title: string }> | undefined)?.[
						slide.diagram ?? ''
					];
					expect(props, `${deck.slug} ${locale} ${slide.diagram}`).toBeDefined();
					expect(page).toContain(`title="${props?.title}"`);
				}
			}
		}
	});
});

describe('lectureSlots', () => {
	test('are the times the overview and the agenda print for each lecture, in both languages', () => {
		const agenda = { 'zh-CN': read('instructor/two-day-agenda.mdx'), en: read('en/instructor/two-day-agenda.mdx') };
		const overview = { 'zh-CN': read('index.mdx'), en: read('en/index.mdx') };
		const names = { 'zh-CN': ['一', '二', '三', '四', '五', '六', '七', '八'], en: [1, 2, 3, 4, 5, 6, 7, 8] };
		for (const slot of lectureSlots) {
			const n = slot.lecture - 1;
			expect(agenda['zh-CN']).toContain(`### ${slotRange(slot)} 第${names['zh-CN'][n]}讲`);
			expect(agenda.en).toContain(`### ${slotRange(slot)} Lecture ${names.en[n]},`);
			expect(overview['zh-CN']).toContain(`| ${slotRange(slot)} | 第${names['zh-CN'][n]}讲`);
			expect(overview.en).toMatch(new RegExp(`\\| ${slotRange(slot)} \\| Lecture ${names.en[n]}\\b`));
		}
	});
});
