import { useId } from 'react';
import { NEAR_TOLERANCE, type SimilarPair } from '../../../sim/workshop/similarDecisions.ts';
import { useLabUi } from '../../lab/LabUi.ts';

/**
 * The pairs of teams whose decisions are identical or near-identical (same tiering, every value within
 * `NEAR_TOLERANCE`), for the facilitator to ask about: a copy, or two teams that both played a reference policy.
 */
export function SimilarTeams({ pairs }: { pairs: readonly SimilarPair[] }) {
	const { t, format } = useLabUi();
	const id = useId();
	return (
		<section className="workshop-similar" aria-labelledby={id}>
			<h3 id={id}>{t('workshop.debrief.similarHeading')}</h3>
			{pairs.length === 0 ? (
				<p>{t('workshop.debrief.similarNone', { tolerance: format.percent(NEAR_TOLERANCE) })}</p>
			) : (
				<>
					<ul className="workshop-similar__list">
						{pairs.map((p) => (
							<li key={`${p.a}\u0000${p.b}`}>
								{t(p.kind === 'identical' ? 'workshop.debrief.similarIdentical' : 'workshop.debrief.similarNear', {
									a: p.a,
									b: p.b,
									rounds: p.rounds,
									difference: format.percent(p.largestDifference),
								})}
							</li>
						))}
					</ul>
					<p className="workshop-note">
						{t('workshop.debrief.similarNote', { tolerance: format.percent(NEAR_TOLERANCE) })}
					</p>
				</>
			)}
		</section>
	);
}
