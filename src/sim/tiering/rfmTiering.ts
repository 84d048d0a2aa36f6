import { rfmScores, rfmSegment, RFM_SEGMENTS as rfmSegmentIds } from '../analytics/rfmScores.ts';
import type { CustomerAttributes } from './customerAttributes.ts';

/**
 * RFM tiering of a portfolio: recency = days since the last order, frequency = orders per year, monetary = annual
 * revenue (total spend), scored in quintiles with the exact convention of MODEL-NOTES §2, then mapped to the named
 * RFM segments. Only segments that occur are tiers, in the order of `rfmSegmentIds` (best first).
 */
export function rfmTiers(attributes: CustomerAttributes): { tierIds: string[]; tierOf: Uint8Array } {
	const scores = rfmScores({
		recency: attributes.daysSinceLastOrder,
		frequency: attributes.ordersPerYear,
		monetary: attributes.revenue,
	});
	const n = attributes.revenue.length;
	const segmentOf = new Uint8Array(n);
	const used = new Set<number>();
	for (let i = 0; i < n; i++) {
		const id = rfmSegment(scores.r[i] as number, scores.f[i] as number, scores.m[i] as number);
		const index = rfmSegmentIds.indexOf(id);
		segmentOf[i] = index;
		used.add(index);
	}
	const present = [...used].sort((a, b) => a - b);
	const remap = new Uint8Array(rfmSegmentIds.length);
	present.forEach((segment, tier) => {
		remap[segment] = tier;
	});
	const tierOf = segmentOf.map((segment) => remap[segment] as number);
	return { tierIds: present.map((segment) => rfmSegmentIds[segment] as string), tierOf };
}
