import type { Faker } from '@faker-js/faker';
import { deriveSeed } from '../random/createRng.ts';
import type { Portfolio } from './generatePortfolio.ts';

export type NameLocale = 'zh-CN' | 'en';

/** Localised names of a portfolio's customers: the same customers and numbers in both languages, only words differ. */
export interface CustomerNames {
	name: string[];
	contact: string[];
	city: string[];
}

/**
 * Names every customer with faker, seeded from the portfolio's seed so the names never change between runs. Faker
 * is several megabytes, so it is imported here on demand (and, in the browser, only inside a worker or after a
 * click) rather than by anything a lesson page loads up front.
 */
export async function nameCustomers(portfolio: Portfolio, locale: NameLocale): Promise<CustomerNames> {
	const faker: Faker =
		locale === 'zh-CN' ? (await import('@faker-js/faker')).fakerZH_CN : (await import('@faker-js/faker')).fakerEN;
	faker.seed(deriveSeed(portfolio.seed, `names:${portfolio.scenarioId}:${locale}`));
	const out: CustomerNames = { name: [], contact: [], city: [] };
	for (let i = 0; i < portfolio.size; i++) {
		const contact = faker.person.fullName();
		// Consumers are people, businesses are companies.
		out.name.push(portfolio.b2b[i] ? faker.company.name() : contact);
		out.contact.push(contact);
		out.city.push(faker.location.city());
	}
	return out;
}
