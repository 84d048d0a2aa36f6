import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { nameProblemText } from '../../i18n/checkText.ts';
import type { UiKey } from '../../i18n/uiStrings.ts';
import { applyTiering, sessionFor } from '../../sim/exercise/exerciseSteps.ts';
import { nameProblem, normaliseName } from '../../sim/text/nameProblem.ts';
import { compareTierings, concentrationCurve } from '../../sim/tiering/concentrationCurves.ts';
import { attributeIds } from '../../sim/tiering/customerAttributes.ts';
import type { TieringMethod, TieringSpecInput } from '../../sim/tiering/tieringSpec.ts';
import { tieringMethods } from '../../sim/tiering/tieringSpec.ts';
import { tieringSpecProblem } from '../../sim/tiering/tieringSpecProblem.ts';
import { ChartPanel } from './ChartPanel.tsx';
import { LabContext } from './LabContext.ts';
import { tierLabel, useLabUi } from './LabUi.ts';

type Params = Record<string, number | string>;
interface Slider {
	key: string;
	min: number;
	max: number;
	step: number;
}

/** The adjustable parameters of each method, with their defaults (the engine's own defaults). */
const methodParams: Record<TieringMethod, { sliders: Slider[]; defaults: Params; values?: string[] }> = {
	abc: {
		sliders: [
			{ key: 'aCut', min: 0.5, max: 0.95, step: 0.01 },
			{ key: 'bCut', min: 0.6, max: 0.99, step: 0.01 },
		],
		defaults: { value: 'revenue', aCut: 0.8, bCut: 0.95 },
		values: ['revenue', 'grossProfit', 'profit', 'potential'],
	},
	valuePotential: {
		sliders: [
			{ key: 'valueCut', min: 0.1, max: 0.95, step: 0.05 },
			{ key: 'potentialCut', min: 0.1, max: 0.95, step: 0.05 },
		],
		defaults: { value: 'profit', valueCut: 0.7, potentialCut: 0.7 },
		values: ['revenue', 'grossProfit', 'profit'],
	},
	mvcMgcBz: {
		sliders: [
			{ key: 'mvcShare', min: 0.05, max: 0.5, step: 0.01 },
			{ key: 'mgcShare', min: 0.05, max: 0.5, step: 0.01 },
		],
		defaults: { mvcShare: 0.2, mgcShare: 0.2 },
	},
	rfm: { sliders: [], defaults: {} },
	pyramid: {
		sliders: [
			{ key: 'platinum', min: 0.01, max: 0.2, step: 0.01 },
			{ key: 'gold', min: 0.05, max: 0.5, step: 0.01 },
			{ key: 'iron', min: 0.3, max: 0.95, step: 0.01 },
		],
		defaults: { platinum: 0.05, gold: 0.2, iron: 0.7 },
	},
	strategicKeyOrdinary: {
		sliders: [
			{ key: 'strategicShare', min: 0.005, max: 0.1, step: 0.005 },
			{ key: 'keyShare', min: 0.05, max: 0.5, step: 0.01 },
			{ key: 'potentialPromotion', min: 0, max: 0.2, step: 0.01 },
		],
		defaults: { strategicShare: 0.03, keyShare: 0.2, potentialPromotion: 0.05 },
	},
	custom: { sliders: [], defaults: {} },
};

interface Rule {
	/** A stable key for React while rules are added and removed. */
	key: number;
	name: string;
	attribute: (typeof attributeIds)[number];
	op: '>=' | '<' | '>' | '<=' | '==' | '!=';
	value: number;
}

function specFor(method: TieringMethod, params: Params, rules: Rule[], otherwise: string): TieringSpecInput {
	if (method === 'custom') {
		return {
			method,
			tiers: rules.map((r) => ({ name: r.name, when: [{ attribute: r.attribute, op: r.op, value: r.value }] })),
			otherwise,
		};
	}
	return { method, ...params } as TieringSpecInput;
}

/**
 * Tier builder: choose any tiering method of the engine and its cut-offs, and see tier sizes with their revenue and
 * profit shares, the Pareto and whale curves, a value × potential scatter coloured by tier, and how customers move
 * between two methods.
 */
export function TierBuilder() {
	const { t, format, announce } = useLabUi();
	const actor = LabContext.useActorRef();
	const config = LabContext.useSelector((s) => s.context.config);
	const summary = LabContext.useSelector((s) => s.context.tierSummary);
	const tierIds = LabContext.useSelector((s) => s.context.tierIds);
	const spec = LabContext.useSelector((s) => s.context.tiering);
	const error = LabContext.useSelector((s) => s.context.error);
	// Start from the course's default tiering (the one the CLI and lessons without a tier step use).
	const [method, setMethod] = useState<TieringMethod>(spec?.method ?? 'strategicKeyOrdinary');
	const [params, setParams] = useState<Params>(() => ({
		...methodParams[spec?.method ?? 'strategicKeyOrdinary'].defaults,
		...(spec ?? {}),
	}));
	const [rules, setRules] = useState<Rule[]>([
		{ key: 0, name: t('lab.tier.ruleDefaultName'), attribute: 'revenue', op: '>=', value: 100000 },
	]);
	const [otherwise, setOtherwise] = useState(t('lab.tier.otherwiseDefault'));
	const [compareWith, setCompareWith] = useState<TieringMethod | ''>('');
	// A refused tier name is worded in the page's language; the engine's own message is English (see `refineName`).
	const nameIssue =
		method === 'custom'
			? ([...rules.map((r) => r.name), otherwise].map((n) => nameProblem(normaliseName(n))).find(Boolean) ?? null)
			: null;
	// The refusals the sliders and name fields can cause, worded here; the engine's own (English) message is the fallback.
	const specIssue = tieringSpecProblem(specFor(method, params, rules, otherwise));
	const id = useId();

	// Every change of method or parameter re-tiers the portfolio through the machine.
	useEffect(() => {
		actor.send({ type: 'tiering.set', spec: specFor(method, params, rules, otherwise) });
	}, [actor, method, params, rules, otherwise]);

	const announced = useRef('');
	useEffect(() => {
		if (summary.length === 0) return;
		const text = t('lab.tier.announce', {
			tiers: summary.length,
			top: tierLabel(t, summary[0]?.tierId ?? ''),
			count: format.count(summary[0]?.count ?? 0),
			share: format.percent(summary[0]?.revenueShare ?? 0),
		});
		if (text === announced.current) return;
		announced.current = text;
		const timer = setTimeout(() => announce(text), 600);
		return () => clearTimeout(timer);
	}, [summary, t, format, announce]);

	const session = sessionFor(config);
	const curves = useMemo(() => {
		const revenue = concentrationCurve(session.attributes.revenue, 20);
		const profit = concentrationCurve(session.attributes.profit, 20);
		return { revenue, profit };
	}, [session]);
	const tierOf = useMemo(() => (spec ? applyTiering(config, spec).tiering.tierOf : null), [config, spec]);
	const scatter = useMemo(() => {
		if (!tierOf) return null;
		const step = Math.max(1, Math.floor(session.portfolio.size / 1500));
		const byTier = tierIds.map(() => [] as { x: number; y: number }[]);
		for (let i = 0; i < session.portfolio.size; i += step) {
			byTier[tierOf[i] as number]?.push({
				x: session.attributes.profit[i] as number,
				y: session.attributes.potential[i] as number,
			});
		}
		return byTier;
	}, [tierOf, tierIds, session]);
	const comparison = useMemo(() => {
		if (!compareWith || !tierOf) return null;
		const other = applyTiering(
			config,
			specFor(compareWith, methodParams[compareWith].defaults, rules, otherwise),
		).tiering;
		return { other, counts: compareTierings(tierOf, tierIds.length, other.tierOf, other.tierIds.length) };
	}, [compareWith, tierOf, tierIds, config, rules, otherwise]);

	const setParam = (key: string, value: number | string) => setParams((p) => ({ ...p, [key]: value }));
	const shown = methodParams[method];

	return (
		<div className="course-tier">
			<fieldset className="course-tier__controls">
				<legend>{t('lab.tier.legend')}</legend>
				<label>
					{t('lab.tier.method')}
					<select
						value={method}
						onChange={(e) => {
							const next = e.target.value as TieringMethod;
							setMethod(next);
							setParams({ ...methodParams[next].defaults });
						}}
					>
						{tieringMethods.map((m) => (
							<option key={m} value={m}>
								{t(`lab.tier.methodName.${m}` as UiKey)}
							</option>
						))}
					</select>
				</label>
				<p className="course-tier__hint">{t(`lab.tier.methodHint.${method}` as UiKey)}</p>
				{shown.values && (
					<label>
						{t('lab.tier.valueMeasure')}
						<select value={String(params.value)} onChange={(e) => setParam('value', e.target.value)}>
							{shown.values.map((v) => (
								<option key={v} value={v}>
									{t(`lab.tier.measure.${v}` as UiKey)}
								</option>
							))}
						</select>
					</label>
				)}
				{shown.sliders.map((s) => (
					<div key={s.key} className="course-tier__slider">
						<label htmlFor={`${id}-${s.key}`}>{t(`lab.tier.param.${s.key}` as UiKey)}</label>
						<input
							id={`${id}-${s.key}`}
							type="range"
							min={s.min}
							max={s.max}
							step={s.step}
							value={Number(params[s.key])}
							onChange={(e) => setParam(s.key, Number(e.target.value))}
						/>
						<output htmlFor={`${id}-${s.key}`}>{format.percent(Number(params[s.key]))}</output>
					</div>
				))}
				{method === 'custom' && (
					<RuleEditor rules={rules} setRules={setRules} otherwise={otherwise} setOtherwise={setOtherwise} />
				)}
				{(nameIssue || specIssue || error) && (
					<p role="alert" className="course-lab__error">
						{t('lab.tier.invalid')}{' '}
						{nameIssue
							? nameProblemText(t, nameIssue)
							: specIssue
								? t(`lab.tier.problem.${specIssue.code}`, specIssue)
								: error}
					</p>
				)}
			</fieldset>

			{/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must take focus so keyboards can scroll it. */}
			<section className="course-tier__summary" aria-labelledby={`${id}-summary`} tabIndex={0}>
				<table>
					<caption id={`${id}-summary`}>{t('lab.tier.summaryCaption')}</caption>
					<thead>
						<tr>
							<th scope="col">{t('lab.tier.col.tier')}</th>
							<th scope="col">{t('lab.tier.col.count')}</th>
							<th scope="col">{t('lab.tier.col.revenueShare')}</th>
							<th scope="col">{t('lab.tier.col.profitShare')}</th>
							<th scope="col">{t('lab.tier.col.satisfaction')}</th>
							<th scope="col">{t('lab.tier.col.costToServe')}</th>
						</tr>
					</thead>
					<tbody>
						{summary.map((row, index) => (
							<tr key={row.tierId}>
								<th scope="row">
									<span className={`course-swatch course-swatch--${index}`} aria-hidden="true" />{' '}
									{tierLabel(t, row.tierId)}
								</th>
								<td>{format.count(row.count)}</td>
								<td>{format.percent(row.revenueShare)}</td>
								<td>{format.percent(row.profitShare)}</td>
								<td>{format.satisfaction(row.meanSatisfaction)}</td>
								<td>{format.moneyCompact(row.costToServe)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</section>

			<ChartPanel
				title={t('lab.tier.curvesTitle')}
				description={t('lab.tier.curvesDescription')}
				type="line"
				labels={curves.revenue.x.map((x) => format.percent(x))}
				series={[
					{ label: t('lab.tier.paretoSeries'), data: curves.revenue.y },
					{ label: t('lab.tier.whaleSeries'), data: curves.profit.y, slot: 5 },
				]}
				xTitle={t('lab.tier.curvesX')}
				yTitle={t('lab.tier.curvesY')}
				formatValue={(v) => format.percent(v)}
			/>

			{scatter && (
				<ChartPanel
					title={t('lab.tier.scatterTitle')}
					description={t('lab.tier.scatterDescription')}
					type="scatter"
					series={scatter.map((points, index) => ({
						label: tierLabel(t, tierIds[index] ?? ''),
						data: points,
						slot: index,
					}))}
					xTitle={t('lab.tier.scatterX')}
					yTitle={t('lab.tier.scatterY')}
					formatValue={(v) => format.moneyCompact(v)}
					formatX={(v) => format.moneyCompact(v)}
					tableHeaders={[
						t('lab.tier.col.tier'),
						t('lab.tier.col.count'),
						t('lab.tier.scatterMeanX'),
						t('lab.tier.scatterMeanY'),
					]}
					tableRows={summary.map((row) => ({
						label: tierLabel(t, row.tierId),
						values: [
							format.count(row.count),
							format.moneyCompact(row.count ? row.profit / row.count : 0),
							format.moneyCompact(meanOf(session.attributes.potential, tierOf, summary.indexOf(row))),
						],
					}))}
				/>
			)}

			<fieldset className="course-tier__compare">
				<legend>{t('lab.tier.compareLegend')}</legend>
				<label>
					{t('lab.tier.compareWith')}
					<select value={compareWith} onChange={(e) => setCompareWith(e.target.value as TieringMethod | '')}>
						<option value="">{t('lab.tier.compareNone')}</option>
						{tieringMethods
							.filter((m) => m !== 'custom')
							.map((m) => (
								<option key={m} value={m}>
									{t(`lab.tier.methodName.${m}` as UiKey)}
								</option>
							))}
					</select>
				</label>
				{comparison && (
					// biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must take focus so keyboards can scroll it.
					<section className="course-tier__summary" aria-labelledby={`${id}-compare`} tabIndex={0}>
						<table>
							<caption id={`${id}-compare`}>{t('lab.tier.compareCaption')}</caption>
							<thead>
								<tr>
									<th scope="col">{t('lab.tier.compareCorner')}</th>
									{comparison.other.tierIds.map((other) => (
										<th key={other} scope="col">
											{tierLabel(t, other)}
										</th>
									))}
								</tr>
							</thead>
							<tbody>
								{comparison.counts.map((row, a) => (
									<tr key={tierIds[a]}>
										<th scope="row">{tierLabel(t, tierIds[a] ?? '')}</th>
										{row.map((count, b) => (
											<td key={comparison.other.tierIds[b]}>{format.count(count)}</td>
										))}
									</tr>
								))}
							</tbody>
						</table>
					</section>
				)}
			</fieldset>
		</div>
	);
}

function meanOf(values: Float64Array, tierOf: Uint8Array | null, tier: number): number {
	if (!tierOf) return 0;
	let sum = 0;
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		if (tierOf[i] !== tier) continue;
		sum += values[i] as number;
		count += 1;
	}
	return count ? sum / count : 0;
}

const operators: Rule['op'][] = ['>=', '>', '<=', '<', '==', '!='];

/** Custom rules: up to seven tiers, each "attribute operator value", tried in order; the rest fall to "otherwise". */
function RuleEditor(props: {
	rules: Rule[];
	setRules: (update: (rules: Rule[]) => Rule[]) => void;
	otherwise: string;
	setOtherwise: (name: string) => void;
}) {
	const { t } = useLabUi();
	const update = (index: number, change: Partial<Rule>) =>
		props.setRules((rules) => rules.map((r, i) => (i === index ? { ...r, ...change } : r)));
	return (
		<div className="course-tier__rules">
			{props.rules.map((rule, index) => (
				<fieldset key={rule.key} className="course-tier__rule">
					<legend>{t('lab.tier.ruleLegend', { n: index + 1 })}</legend>
					<label>
						{t('lab.tier.ruleName')}
						<input
							type="text"
							maxLength={40}
							value={rule.name}
							onChange={(e) => update(index, { name: e.target.value })}
						/>
					</label>
					<label>
						{t('lab.tier.ruleAttribute')}
						<select
							value={rule.attribute}
							onChange={(e) => update(index, { attribute: e.target.value as Rule['attribute'] })}
						>
							{attributeIds.map((a) => (
								<option key={a} value={a}>
									{t(`lab.tier.attribute.${a}` as UiKey)}
								</option>
							))}
						</select>
					</label>
					<label>
						{t('lab.tier.ruleOperator')}
						<select value={rule.op} onChange={(e) => update(index, { op: e.target.value as Rule['op'] })}>
							{operators.map((op) => (
								<option key={op} value={op}>
									{op}
								</option>
							))}
						</select>
					</label>
					<label>
						{t('lab.tier.ruleValue')}
						<input
							type="number"
							value={rule.value}
							onChange={(e) => {
								const value = Number(e.target.value);
								if (Number.isFinite(value)) update(index, { value });
							}}
						/>
					</label>
					<button
						type="button"
						disabled={props.rules.length === 1}
						onClick={() => props.setRules((rules) => rules.filter((_, i) => i !== index))}
					>
						{t('lab.tier.ruleRemove')}
					</button>
				</fieldset>
			))}
			<button
				type="button"
				disabled={props.rules.length >= 7}
				onClick={() =>
					props.setRules((rules) => [
						...rules,
						{
							key: Math.max(...rules.map((r) => r.key)) + 1,
							name: t('lab.tier.ruleNewName', { n: rules.length + 1 }),
							attribute: 'profit',
							op: '<',
							value: 0,
						},
					])
				}
			>
				{t('lab.tier.ruleAdd')}
			</button>
			<label>
				{t('lab.tier.otherwise')}
				<input
					type="text"
					maxLength={40}
					value={props.otherwise}
					onChange={(e) => props.setOtherwise(e.target.value)}
				/>
			</label>
		</div>
	);
}
