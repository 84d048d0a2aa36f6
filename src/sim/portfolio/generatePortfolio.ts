import { createRng, deriveSeed } from '../random/createRng.ts';
import { exp, log10, pow } from '../random/portableMath.ts';
import type { Scenario } from '../scenarios/scenarioSchema.ts';

/** Size classes of the course (大中小微), from annual revenue relative to the scenario's median customer. */
export const sizeClasses = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof sizeClasses)[number];
/** Cooperation stages, from tenure: new (< 1 year), stable (1–5 years), loyal (5 years or more). */
export const cooperationStages = ['new', 'stable', 'loyal'] as const;

/** Bits of `contactLevels`: which of the three layers (decision / management / execution) the firm is in touch with. */
export const CONTACT_DECISION = 1;
export const CONTACT_MANAGEMENT = 2;
export const CONTACT_EXECUTION = 4;

/**
 * A synthetic customer portfolio as one typed array per attribute (structure of arrays), so the hot loops of the
 * model touch contiguous memory and a 100,000-customer portfolio stays a few megabytes. Customer i is index i of
 * every array. Names are not here: they are localised and generated lazily by `nameCustomers`.
 */
export interface Portfolio {
	scenarioId: string;
	seed: number;
	size: number;
	/** 1 for a business customer, 0 for a consumer. */
	b2b: Uint8Array;
	/** Index into `sizeClasses`. */
	sizeClass: Uint8Array;
	/** Index into the scenario's needs segments. */
	segment: Uint8Array;
	industry: Uint8Array;
	region: Uint8Array;
	/** Index into `cooperationStages`. */
	stage: Uint8Array;
	/** Annual revenue. */
	revenue: Float64Array;
	/** Gross margin rate (0–1). */
	grossMargin: Float64Array;
	/** Our share of the customer's spend in our category (0–1). */
	shareOfWallet: Float64Array;
	/** The customer's total annual spend in our category: revenue / share of wallet. */
	wallet: Float64Array;
	/** Potential value: the margin on the wallet we do not yet have, (wallet − revenue) × gross margin. */
	potential: Float64Array;
	ordersPerYear: Float64Array;
	daysSinceLastOrder: Float64Array;
	tenureYears: Float64Array;
	/** Bit mask of CONTACT_DECISION | CONTACT_MANAGEMENT | CONTACT_EXECUTION. */
	contactLevels: Uint8Array;
	/** Service units needed per period to be fully served. */
	serviceNeed: Float64Array;
	/** Satisfaction at the start, 1–5. */
	satisfaction: Float64Array;
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : Math.min(x, hi));

/** Probability of contact at each layer by size class: large accounts are known at the top, micro ones barely at all. */
const contactOdds: readonly (readonly [number, number, number])[] = [
	[0.8, 0.9, 0.95],
	[0.45, 0.7, 0.9],
	[0.15, 0.4, 0.8],
	[0.05, 0.15, 0.6],
];

/**
 * Generates the portfolio of a scenario. The same (scenario, seed, size) gives the same customers to the last digit
 * in every JavaScript engine: all randomness comes from one seeded stream, drawn in customer order.
 */
export function generatePortfolio(scenario: Scenario, seed: number, size = scenario.portfolio.defaultSize): Portfolio {
	const settings = scenario.portfolio;
	const rng = createRng(deriveSeed(seed, `portfolio:${scenario.id}`));
	const segmentShares = settings.segments.map((segment) => segment.share);

	const p: Portfolio = {
		scenarioId: scenario.id,
		seed,
		size,
		b2b: new Uint8Array(size),
		sizeClass: new Uint8Array(size),
		segment: new Uint8Array(size),
		industry: new Uint8Array(size),
		region: new Uint8Array(size),
		stage: new Uint8Array(size),
		revenue: new Float64Array(size),
		grossMargin: new Float64Array(size),
		shareOfWallet: new Float64Array(size),
		wallet: new Float64Array(size),
		potential: new Float64Array(size),
		ordersPerYear: new Float64Array(size),
		daysSinceLastOrder: new Float64Array(size),
		tenureYears: new Float64Array(size),
		contactLevels: new Uint8Array(size),
		serviceNeed: new Float64Array(size),
		satisfaction: new Float64Array(size),
	};

	for (let i = 0; i < size; i++) {
		const isB2b = rng.next() < settings.b2bShare;
		const median = isB2b ? settings.revenueMedian.b2b : settings.revenueMedian.b2c;
		const z = rng.normal();
		const relative = exp(settings.revenueSigma * z); // revenue / median
		const revenue = median * relative;
		// Size class thresholds at 8×, 2× and ½× the median customer.
		const sizeClass = relative >= 8 ? 0 : relative >= 2 ? 1 : relative >= 0.5 ? 2 : 3;

		const margin = clamp(
			settings.grossMargin.median -
				settings.grossMargin.slopePerDecade * log10(relative) +
				settings.grossMargin.noise * rng.normal(),
			0.03,
			0.85,
		);
		const share = clamp(rng.beta(2, 2), 0.05, 0.95);
		const wallet = revenue / share;
		const orders = Math.max(
			1,
			settings.orders.median * pow(relative, settings.orders.exponent) * exp(0.3 * rng.normal()),
		);
		const segment = rng.pick(segmentShares);
		const need =
			settings.serviceNeed.median *
			pow(relative, settings.serviceNeed.exponent) *
			(settings.segments[segment]?.needFactor ?? 1) *
			exp(settings.serviceNeed.spread * clamp(rng.normal(), -2, 2));
		const tenure = rng.exponential(settings.meanTenureYears);
		const odds = contactOdds[sizeClass] as readonly [number, number, number];
		let contact = 0;
		if (rng.next() < odds[0]) contact |= CONTACT_DECISION;
		if (rng.next() < odds[1]) contact |= CONTACT_MANAGEMENT;
		if (rng.next() < odds[2]) contact |= CONTACT_EXECUTION;

		p.b2b[i] = isB2b ? 1 : 0;
		p.sizeClass[i] = sizeClass;
		p.segment[i] = segment;
		p.industry[i] = Math.floor(rng.next() * settings.industries.length);
		p.region[i] = Math.floor(rng.next() * settings.regions.length);
		p.stage[i] = tenure < 1 ? 0 : tenure < 5 ? 1 : 2;
		p.revenue[i] = revenue;
		p.grossMargin[i] = margin;
		p.shareOfWallet[i] = share;
		p.wallet[i] = wallet;
		p.potential[i] = (wallet - revenue) * margin;
		p.ordersPerYear[i] = orders;
		// Days since the last order of a customer ordering at random times: exponential with mean 365 / orders.
		p.daysSinceLastOrder[i] = Math.min(730, Math.round(rng.exponential(365 / orders)));
		p.tenureYears[i] = tenure;
		p.contactLevels[i] = contact;
		p.serviceNeed[i] = need;
		p.satisfaction[i] = clamp(
			settings.startingSatisfaction.mean + settings.startingSatisfaction.sd * rng.normal(),
			1,
			5,
		);
	}
	return p;
}
