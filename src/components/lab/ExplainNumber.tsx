import { type ReactNode, useId, useMemo, useState } from 'react';
import { applyTiering, sessionFor } from '../../sim/exercise/exerciseSteps.ts';
import { explainChurn, explainResidual, explainScore, explainTarget } from '../../sim/exercise/explainFigures.ts';
import { VALUE_INDEX_CAP } from '../../sim/exercise/scoreExercise.ts';
import { churnCurveAfter } from '../../sim/model/serviceResponse.ts';
import { LabContext } from './LabContext.ts';
import { tierLabel, useLabUi } from './LabUi.ts';

const figures = ['churn', 'target', 'residual', 'score'] as const;
type Figure = (typeof figures)[number];

/**
 * "Explain this number": the learner picks a figure and sees its formula, the inputs behind it and the result, all
 * computed by the engine's own functions from the exercise as it stands.
 */
export function ExplainNumber() {
	const { t, format } = useLabUi();
	const results = LabContext.useSelector((s) => s.context.results);
	const tierIds = LabContext.useSelector((s) => s.context.tierIds);
	const config = LabContext.useSelector((s) => s.context.config);
	const tieringSpec = LabContext.useSelector((s) => s.context.tiering);
	const decisions = LabContext.useSelector((s) => s.context.decisions);
	const [figure, setFigure] = useState<Figure>('churn');
	const [tier, setTier] = useState(0);
	const [typed, setTyped] = useState<number | null>(null);
	const id = useId();

	const session = useMemo(() => sessionFor(config), [config]);
	const tiering = useMemo(
		() => (tieringSpec ? applyTiering(config, tieringSpec).tiering : null),
		[config, tieringSpec],
	);
	if (!results || !tiering) return null;

	const { scenario } = session;
	const last = results.rounds.at(-1)?.periods.at(-1);
	const lastTier = last?.tiers[tier];
	const curve = churnCurveAfter(
		scenario.churn,
		results.rounds.flatMap((r) => r.events),
	);
	const d2 = (v: number) => format.decimal(v, 2);
	const d3 = (v: number) => format.decimal(v, 3);
	const tierName = tierLabel(t, tierIds[tier] ?? '');

	let body: ReactNode = null;
	if (figure === 'churn' && lastTier) {
		const s = typed ?? lastTier.satisfaction;
		const e = explainChurn(s, curve, scenario.periodsPerYear);
		body = (
			<>
				<p>{t('lab.review.explain.churnLead', { tier: tierName })}</p>
				<Inputs
					rows={[
						[t('lab.review.explain.in.satisfaction'), d2(e.satisfaction)],
						[t('lab.review.explain.in.floor'), d3(e.curve.floor)],
						[t('lab.review.explain.in.ceiling'), d3(e.curve.ceiling)],
						[t('lab.review.explain.in.midpoint'), d2(e.curve.midpoint)],
						[t('lab.review.explain.in.steepness'), d2(e.curve.steepness)],
						[t('lab.review.explain.in.periodsPerYear'), format.count(e.periodsPerYear)],
					]}
				/>
				<Formula lines={[t('lab.review.explain.churnFormula'), t('lab.review.explain.periodFormula')]} />
				<Formula
					numeric
					lines={[
						`d = ${d3(e.curve.floor)} + (${d3(e.curve.ceiling)} − ${d3(e.curve.floor)}) / (1 + e^(${d2(e.curve.steepness)} × (${d2(e.satisfaction)} − ${d2(e.curve.midpoint)}))) = ${format.decimal(e.annual, 4)}`,
						`p = 1 − (1 − ${format.decimal(e.annual, 4)})^(1 / ${e.periodsPerYear}) = ${format.decimal(e.perPeriod, 4)}`,
					]}
				/>
				<p>
					{t('lab.review.explain.churnResult', {
						annual: format.percent(e.annual),
						period: format.percent(e.perPeriod),
					})}
				</p>
			</>
		);
	} else if (figure === 'target') {
		const allocation = decisions.at(-1) ?? [];
		const e = explainTarget(session, tiering, allocation, tier);
		const raw = 4 + e.coverageTerm + e.attentionTerm;
		body = (
			<>
				<p>{t('lab.review.explain.targetLead', { tier: tierName, round: decisions.length })}</p>
				<Inputs
					rows={[
						[t('lab.review.explain.in.customers'), format.count(e.customers)],
						[t('lab.review.explain.in.coverage'), d3(e.coverage)],
						[t('lab.review.explain.in.attention'), d3(e.attention)],
					]}
				/>
				<Formula lines={[t('lab.review.explain.utilityFormula'), t('lab.review.explain.targetFormula')]} />
				<Formula
					numeric
					lines={[
						`u(${d3(e.coverage)}) = (1 − e^(−2 × ${d3(e.coverage)})) / (1 − e^(−2)) = ${d3(e.utility)}`,
						`s* = 4 + 2.5 × (${d3(e.utility)} − 1) × ${e.shortfallWeight} + 0.8 × (1 − e^(−${d3(e.attention)}))`,
						`   = 4 + (${d3(e.coverageTerm)}) + ${d3(e.attentionTerm)} = ${d2(raw)}`,
					]}
				/>
				{Math.abs(raw - e.targetAtMeans) > 1e-9 && (
					<p>{t('lab.review.explain.targetClipped', { raw: d2(raw), target: d2(e.targetAtMeans) })}</p>
				)}
				<p>{t('lab.review.explain.targetResult', { target: d2(e.targetAtMeans), mean: d2(e.meanTarget) })}</p>
				{e.fee > 0 && (
					<p>
						{t('lab.review.explain.feeNote', {
							fee: format.percent(e.fee),
							count: format.count(e.belowZeroCustomers),
							penalty: d2(e.feePenalty),
						})}
					</p>
				)}
			</>
		);
	} else if (figure === 'residual' && lastTier) {
		const e = explainResidual(lastTier, results.residual.tiers[tier] ?? 0, curve, scenario);
		body = (
			<>
				<p>{t('lab.review.explain.residualLead', { tier: tierName })}</p>
				<Inputs
					rows={[
						[t('lab.review.explain.in.margin'), format.money(e.margin)],
						[t('lab.review.explain.in.satisfaction'), d2(e.satisfaction)],
						[t('lab.review.explain.in.retention'), d3(e.retention)],
						[t('lab.review.explain.in.discount'), d3(e.discountRate)],
					]}
				/>
				<Formula lines={[t('lab.review.explain.retentionFormula'), t('lab.review.explain.clvFormula')]} />
				<Formula
					numeric
					lines={[
						`r = 1 − ${d3(1 - e.retention)} = ${d3(e.retention)}`,
						`CLV = ${format.money(e.margin)} × ${d3(e.retention)} / (1 + ${d3(e.discountRate)} − ${d3(e.retention)}) = ${format.money(e.clv)}`,
					]}
				/>
				<p>
					{t('lab.review.explain.residualResult', {
						clv: format.money(e.clv),
						customers: format.decimal(e.customers, 1),
						total: format.money(e.tierResidual),
					})}
				</p>
			</>
		);
	} else if (figure === 'score') {
		const e = explainScore(results.score, scenario.scoring);
		const top = results.score.mvcSatisfaction;
		body = (
			<>
				<p>{t('lab.review.explain.scoreLead')}</p>
				<Inputs
					rows={e.parts.map((p) => [
						t(`lab.outcome.part.${p.part}`),
						t('lab.review.explain.partLine', {
							figure: format.decimal(p.figure, 1),
							weight: d2(p.weight),
							contribution: format.decimal(p.contribution, 1),
						}),
					])}
				/>
				<Formula
					lines={[
						t('lab.review.explain.scoreFormula'),
						t('lab.review.explain.valueIndexFormula', { cap: VALUE_INDEX_CAP }),
						t('lab.review.explain.topTierFormula'),
					]}
				/>
				<Formula
					numeric
					lines={[
						`${e.parts.map((p) => `${d2(p.weight)} × ${format.decimal(p.figure, 1)}`).join(' + ')} = ${format.decimal(e.total, 1)}`,
						`100 × ${format.money(e.value)} / ${format.money(e.statusQuoValue)} = ${format.decimal(results.score.valueIndex, 1)}`,
						`100 × (${d2(top)} − 1) / 4 = ${format.decimal(results.score.topTierSatisfaction, 1)}`,
					]}
				/>
				<p>{t('lab.review.explain.scoreResult', { score: format.decimal(e.total, 1) })}</p>
			</>
		);
	}

	return (
		<section className="course-review__explain" aria-labelledby={`${id}-title`}>
			<h4 id={`${id}-title`}>{t('lab.review.explain.title')}</h4>
			<div className="course-review__pickers">
				<label>
					{t('lab.review.explain.pick')}
					<select
						value={figure}
						onChange={(e) => {
							setFigure(e.currentTarget.value as Figure);
							setTyped(null);
						}}
					>
						{figures.map((f) => (
							<option key={f} value={f}>
								{t(`lab.review.explain.${f}`)}
							</option>
						))}
					</select>
				</label>
				{figure !== 'score' && (
					<label>
						{t('lab.review.explain.tier')}
						<select
							value={tier}
							onChange={(e) => {
								setTier(Number(e.currentTarget.value));
								setTyped(null);
							}}
						>
							{tierIds.map((tid, i) => (
								<option key={tid} value={i}>
									{tierLabel(t, tid)}
								</option>
							))}
						</select>
					</label>
				)}
				{figure === 'churn' && lastTier && (
					<label>
						{t('lab.review.explain.satisfactionInput')}
						<input
							type="number"
							min={1}
							max={5}
							step={0.05}
							value={Number((typed ?? lastTier.satisfaction).toFixed(2))}
							onChange={(e) => {
								const v = e.currentTarget.valueAsNumber;
								if (Number.isFinite(v)) setTyped(Math.min(5, Math.max(1, v)));
							}}
						/>
					</label>
				)}
			</div>
			<div className="course-review__explanation">{body}</div>
		</section>
	);
}

/** The inputs of an explanation, as name–value pairs. */
function Inputs({ rows }: { rows: [string, string][] }) {
	return (
		<dl className="course-review__inputs">
			{rows.map(([name, value]) => (
				<div key={name}>
					<dt>{name}</dt>
					<dd>{value}</dd>
				</div>
			))}
		</dl>
	);
}

/** Formula lines: the general form in words and symbols, or the same with the numbers put in. */
function Formula({ lines, numeric = false }: { lines: string[]; numeric?: boolean }) {
	return (
		<div className={numeric ? 'course-review__formula is-numeric' : 'course-review__formula'}>
			{lines.map((line) => (
				<p key={line}>{line}</p>
			))}
		</div>
	);
}
