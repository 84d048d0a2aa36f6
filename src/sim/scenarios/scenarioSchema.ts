import '../zodConfig.ts';
import { z } from 'zod';

/** Text in both course languages; every scenario string a learner sees is written in each. */
export const localizedTextSchema = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
export const localizedListSchema = z.object({
	'zh-CN': z.array(z.string().min(1)).min(1),
	en: z.array(z.string().min(1)).min(1),
});

/** The service channels a tier can be given; see the "How the model works" page for what each one does. */
export const channelIds = ['kamHours', 'visits', 'assisted', 'digital', 'partner', 'valueAdded'] as const;
export type ChannelId = (typeof channelIds)[number];

const channelWeightsSchema = z.object({
	kamHours: z.number().min(0).max(2),
	visits: z.number().min(0).max(2),
	assisted: z.number().min(0).max(2),
	digital: z.number().min(0).max(2),
	partner: z.number().min(0).max(2),
	valueAdded: z.number().min(0).max(2),
	ironTriangle: z.number().min(0).max(2),
});

/** A needs-based segment: its share of the portfolio, how much service it needs, how well each channel works for it. */
export const needsSegmentSchema = z.object({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	label: localizedTextSchema,
	share: z.number().positive().max(1),
	needFactor: z.number().positive().max(5),
	effectiveness: channelWeightsSchema,
});

/** The curve of annual churn against satisfaction: d(s) = floor + (ceiling − floor) / (1 + e^(κ (s − midpoint))). */
export const churnCurveSchema = z.object({
	floor: z.number().min(0).max(1),
	ceiling: z.number().min(0).max(1),
	midpoint: z.number().min(1).max(5),
	steepness: z.number().positive().max(10),
});

const labelledSchema = z.object({ label: localizedTextSchema });

export const portfolioSettingsSchema = z.object({
	defaultSize: z.number().int().min(50).max(100_000),
	/** Share of business customers; the rest are consumers. */
	b2bShare: z.number().min(0).max(1),
	/** Median annual revenue per customer type (currency units). */
	revenueMedian: z.object({ b2b: z.number().positive(), b2c: z.number().positive() }),
	/** Lognormal sigma of revenue: 1.68 gives the 80/20 split (MODEL-NOTES §1). */
	revenueSigma: z.number().positive().max(3),
	/** Gross margin at the median customer and its fall per tenfold revenue (volume discounts). */
	grossMargin: z.object({
		median: z.number().min(0.02).max(0.9),
		slopePerDecade: z.number().min(0).max(0.2),
		noise: z.number().min(0).max(0.2),
	}),
	/** Service need in service units per period at the median customer; grows with revenue^exponent. */
	serviceNeed: z.object({
		median: z.number().positive(),
		exponent: z.number().min(0.3).max(1.2),
		/** Lognormal sigma of need around the size trend: some customers simply ask for much more. */
		spread: z.number().min(0).max(1.5),
	}),
	/** Orders per year at the median customer; grows with revenue^exponent. */
	orders: z.object({ median: z.number().positive(), exponent: z.number().min(0).max(1.2) }),
	meanTenureYears: z.number().positive().max(20),
	startingSatisfaction: z.object({ mean: z.number().min(1).max(5), sd: z.number().min(0).max(1.5) }),
	segments: z.array(needsSegmentSchema).min(1).max(8),
	industries: z.array(localizedTextSchema).min(1),
	regions: z.array(localizedTextSchema).min(1),
	/** Names for the tiers of this business's own scheme (e.g. member levels), used by the default tiering. */
	tierNames: z.array(labelledSchema).optional(),
});

const capacitySchema = z.object({ capacity: z.number().min(0), unitCost: z.number().min(0) });

export const resourcesSchema = z.object({
	/** Service budget per period: everything but partner commissions, order handling and account overheads. */
	budgetPerPeriod: z.number().positive(),
	kamHours: capacitySchema,
	visits: capacitySchema,
	assisted: capacitySchema,
	digital: z.object({ unitCost: z.number().min(0) }),
	partner: z.object({ commission: z.number().min(0).max(0.5) }),
	valueAdded: capacitySchema,
	ironTriangle: z.object({
		teams: z.number().int().min(0),
		costPerTeam: z.number().min(0),
		accountsPerTeam: z.number().int().min(1),
		/** Service units a covered account receives per period from its team. */
		unitsPerAccount: z.number().min(0),
	}),
	/** Costs outside the service budget: per order handled and per account per year. */
	costPerOrder: z.number().min(0),
	accountCostPerYear: z.number().min(0),
	/** Highest fee rate (share of revenue) the scenario allows on below-zero customers. */
	maxBzFee: z.number().min(0).max(0.3),
});

export const eventSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('competitorEntry'), round: z.number().int().min(1), strength: z.number().min(0).max(1) }),
	z.object({ type: z.literal('downturn'), round: z.number().int().min(1), walletCut: z.number().min(0).max(0.6) }),
	z.object({
		type: z.literal('serviceCrisis'),
		round: z.number().int().min(1),
		accounts: z.number().int().min(1),
		satisfactionDrop: z.number().min(0).max(4),
	}),
	z.object({ type: z.literal('budgetCut'), round: z.number().int().min(1), cut: z.number().min(0).max(0.8) }),
	z.object({
		type: z.literal('priceWar'),
		round: z.number().int().min(1),
		marginCut: z.number().min(0).max(0.3),
		strength: z.number().min(0).max(1),
	}),
]);
export type ScenarioEvent = z.infer<typeof eventSchema>;

export const scoringSchema = z
	.object({
		value: z.number().min(0).max(1),
		topTierSatisfaction: z.number().min(0).max(1),
		mvcRetention: z.number().min(0).max(1),
		discountRate: z.number().min(0).max(0.5),
	})
	.refine((w) => Math.abs(w.value + w.topTierSatisfaction + w.mvcRetention - 1) < 1e-9, {
		message: 'the three score weights must add up to 1',
	});

/**
 * How each size class is served today: kamHours, visits, assisted and valueAdded are units per unit of the customer's
 * service need (today's service follows demand); digital and partner are shares. The "status quo" reference policy.
 */
const statusQuoRowSchema = z.object({
	kamHours: z.number().min(0),
	visits: z.number().min(0),
	assisted: z.number().min(0),
	digital: z.number().min(0).max(1),
	partner: z.number().min(0).max(1),
	valueAdded: z.number().min(0),
	ironTriangle: z.boolean(),
});

export const scenarioSchema = z.object({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	title: localizedTextSchema,
	summary: localizedTextSchema,
	currency: z.enum(['CNY', 'USD']),
	market: z.enum(['competitive', 'b2b', 'lowCompetition']),
	churn: churnCurveSchema,
	periodsPerYear: z.number().int().min(1).max(52),
	rounds: z.number().int().min(1).max(12),
	periodsPerRound: z.number().int().min(1).max(12),
	portfolio: portfolioSettingsSchema,
	resources: resourcesSchema,
	statusQuo: z.object({
		large: statusQuoRowSchema,
		medium: statusQuoRowSchema,
		small: statusQuoRowSchema,
		micro: statusQuoRowSchema,
	}),
	events: z.array(eventSchema),
	scoring: scoringSchema,
	objectives: localizedListSchema,
	debriefQuestions: localizedListSchema,
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
