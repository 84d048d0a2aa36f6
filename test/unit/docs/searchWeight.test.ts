import { describe, expect, it } from 'vitest';
import { searchWeight } from '../../../src/routeData/searchWeight.ts';

describe('searchWeight', () => {
	it('doubles the lessons and the glossary, in both languages', () => {
		for (const id of [
			'lectures/02-customer-insight',
			'en/lectures/08-managers-and-incentives',
			'cases/case-bank',
			'en/methods/four-steps',
			'reference/glossary',
			'en/reference/glossary',
		])
			expect(searchWeight(id), id).toBe(2);
	});

	it('halves the instructor, workshop and reference pages other than the glossary', () => {
		for (const id of [
			'instructor/running-scenarios',
			'en/workshop/debrief',
			'reference/how-the-model-works',
			'en/reference/glossary-extra',
		])
			expect(searchWeight(id), id).toBe(0.5);
	});

	it('leaves the home page and the labs at the default', () => {
		for (const id of ['index', 'en', 'labs/simulator', 'en/labs/analyzer'])
			expect(searchWeight(id), id).toBeUndefined();
	});
});
