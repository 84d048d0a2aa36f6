import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { UiKey } from '../../i18n/uiStrings.ts';
import { draftUsage, sessionFor } from '../../sim/exercise/exerciseSteps.ts';
import type { ResourceUsage } from '../../sim/model/checkAllocation.ts';
import type { TierAllocation } from '../../sim/model/tierAllocation.ts';
import { type ReferencePolicy, referencePolicies } from '../../sim/policies/referenceAllocations.ts';
import type { Scenario } from '../../sim/scenarios/scenarioSchema.ts';
import { type AllocationControl, allocationControls, shownValue, storedValue } from './allocationControls.ts';
import { ChartPanel } from './ChartPanel.tsx';
import { describeEvent } from './describeEvent.ts';
import { LabContext } from './LabContext.ts';
import { tierLabel, useLabUi } from './LabUi.ts';
import { formatAmount, violationText } from './limitText.ts';
import { useForecast } from './useForecast.ts';

/**
 * The allocate step: per tier, a slider and a number field for every resource; live meters of the budget and each
 * capacity; the reasons the round cannot run yet; and the expected-value forecast of the remaining periods, redrawn
 * while a slider moves.
 */
export function AllocationPanel() {
	const { t, format, announce, eventsShownThrough = Number.POSITIVE_INFINITY } = useLabUi();
	const actor = LabContext.useActorRef();
	const config = LabContext.useSelector((s) => s.context.config);
	const tiering = LabContext.useSelector((s) => s.context.tiering);
	const tierIds = LabContext.useSelector((s) => s.context.tierIds);
	const tierSummary = LabContext.useSelector((s) => s.context.tierSummary);
	const decisions = LabContext.useSelector((s) => s.context.decisions);
	const draft = LabContext.useSelector((s) => s.context.draft);
	const violations = LabContext.useSelector((s) => s.context.violations);
	const titleId = useId();

	// The scenario scaled to the portfolio's size: capacities and teams grow with the number of customers.
	const scenario = useMemo(() => sessionFor(config).scenario, [config]);
	const round = decisions.length + 1;
	const usage = useMemo(
		() => (tiering && draft.length > 0 ? draftUsage(config, tiering, decisions, draft) : []),
		[config, tiering, decisions, draft],
	);

	// Say it when the set of broken limits changes, not on every step of a slider.
	const brokenKey = violations.map((v) => v.resource).join(' ');
	const lastBroken = useRef(brokenKey);
	useEffect(() => {
		if (brokenKey === lastBroken.current) return;
		lastBroken.current = brokenKey;
		announce(
			brokenKey
				? t('lab.allocate.announceOver', {
						list: violations.map((v) => t(`resource.${v.resource}` as UiKey)).join(t('lab.allocate.listSeparator')),
					})
				: t('lab.allocate.announceWithin'),
		);
	}, [brokenKey, violations, announce, t]);

	const upcoming = scenario.events.filter((e) => e.round === round && e.round <= eventsShownThrough);

	const applyPolicy = (policy: ReferencePolicy) => {
		actor.send({ type: 'allocation.applyPolicy', policy });
		announce(t('lab.allocate.policyApplied', { policy: t(`policy.${policy}` as UiKey) }));
	};

	return (
		<section className="course-allocate" aria-labelledby={titleId}>
			<h3 id={titleId}>{t('lab.allocate.title', { round })}</h3>
			<p>{t('lab.allocate.intro')}</p>

			{upcoming.length > 0 && (
				<div className="course-allocate__events">
					<h4>{t('lab.allocate.upcoming', { round })}</h4>
					<ul>
						{upcoming.map((e) => {
							const text = describeEvent(t, format, e);
							return (
								<li key={e.type}>
									<strong>{text.name}</strong>: {text.detail}
								</li>
							);
						})}
					</ul>
				</div>
			)}

			<fieldset className="course-allocate__policies">
				<legend>{t('lab.allocate.policies')}</legend>
				{referencePolicies.map((p) => (
					<button key={p} type="button" onClick={() => applyPolicy(p)}>
						{t(`policy.${p}` as UiKey)}
					</button>
				))}
			</fieldset>

			<UsageMeters usage={usage} />

			{violations.length > 0 && (
				<div className="course-allocate__problems">
					<h4>{t('lab.allocate.problemsTitle')}</h4>
					<ul>
						{violations.map((v) => (
							<li key={v.resource}>{violationText(t, format, v)}</li>
						))}
					</ul>
					<p>{t('lab.allocate.problemsHint')}</p>
				</div>
			)}

			<div className="course-allocate__tiers">
				{tierIds.map((id, tier) => (
					<TierCard
						key={id}
						tier={tier}
						name={tierLabel(t, id)}
						customers={tierSummary[tier]?.count ?? 0}
						allocation={draft[tier]}
						scenario={scenario}
					/>
				))}
			</div>

			<Forecast played={decisions.length} tierIds={tierIds} />
		</section>
	);
}

/** The budget and every capacity: used against the limit, as a meter and in words. */
function UsageMeters({ usage }: { usage: ResourceUsage[] }) {
	const { t, format } = useLabUi();
	const id = useId();
	return (
		<div className="course-allocate__meters">
			<h4>{t('lab.allocate.meters')}</h4>
			<ul>
				{usage.map((u) => {
					// A resource the scenario does not have (no iron-triangle teams) has nothing to meter, and the fee cap is
					// a rule the fee slider already keeps, not a capacity to share out.
					if ((u.limit === 0 && u.used === 0) || u.resource === 'bzFee') return null;
					const over = u.used > u.limit * (1 + 1e-9) + 1e-9;
					const labelId = `${id}-${u.resource}`;
					return (
						<li key={u.resource} className={over ? 'course-allocate__meter is-over' : 'course-allocate__meter'}>
							<span id={labelId} className="course-allocate__meter-label">
								{t(`resource.${u.resource}` as UiKey)}
							</span>
							<meter
								aria-labelledby={labelId}
								min={0}
								max={Math.max(u.limit, 1e-9)}
								low={u.limit * 0.75}
								high={u.limit * 0.95}
								optimum={0}
								value={Math.min(u.used, u.limit)}
							/>
							<span className="course-allocate__meter-text">
								{t('lab.allocate.meterText', {
									used: formatAmount(format, u.resource, u.used),
									limit: formatAmount(format, u.resource, u.limit),
								})}
								{' · '}
								{over ? (
									<strong>
										<span aria-hidden="true">⚠ </span>
										{t('lab.allocate.over', { over: formatAmount(format, u.resource, u.used - u.limit) })}
									</strong>
								) : (
									t('lab.allocate.share', { share: format.percent(u.limit > 0 ? u.used / u.limit : 0) })
								)}
							</span>
						</li>
					);
				})}
			</ul>
		</div>
	);
}

interface TierCardProps {
	tier: number;
	name: string;
	customers: number;
	allocation: TierAllocation | undefined;
	scenario: Scenario;
}

/**
 * One tier's controls, in a card of its own (cards stack on a phone). A slider step replaces only its own tier's
 * allocation, so the other cards keep their props and skip rendering.
 */
const TierCard = memo(function TierCard({ tier, name, customers, allocation, scenario }: TierCardProps) {
	const { t } = useLabUi();
	const actor = LabContext.useActorRef();
	const controls = useMemo(() => allocationControls(scenario, customers), [scenario, customers]);
	const onChange = useCallback(
		(resource: keyof TierAllocation, value: number) => actor.send({ type: 'allocation.set', tier, resource, value }),
		[actor, tier],
	);
	if (!allocation) return null;
	return (
		<fieldset className="course-allocate__tier" data-tier={tier}>
			<legend>
				{name} <span className="course-allocate__count">{t('lab.allocate.tierCustomers', { count: customers })}</span>
			</legend>
			{controls.map((c) => (
				<Control key={c.resource} control={c} value={allocation[c.resource]} onChange={onChange} />
			))}
		</fieldset>
	);
});

/**
 * A labelled slider and number field for one resource; both send the same event. A step changes one control of one
 * tier, so the others keep their props and skip rendering.
 */
const Control = memo(function Control({
	control,
	value,
	onChange,
}: {
	control: AllocationControl;
	value: number;
	onChange: (resource: keyof TierAllocation, value: number) => void;
}) {
	const { t, format } = useLabUi();
	const id = useId();
	const [typing, setTyping] = useState<string | null>(null);
	const shown = shownValue(control, value);
	const label = t(`lab.allocate.control.${control.resource}` as UiKey, {
		max: format.percent(control.max / control.scale),
	});
	const send = (raw: number) => {
		if (Number.isFinite(raw)) onChange(control.resource, storedValue(control, raw));
	};
	return (
		<div className="course-allocate__control">
			<label id={`${id}-label`} htmlFor={`${id}-range`}>
				{label}
			</label>
			<div className="course-allocate__inputs">
				<input
					id={`${id}-range`}
					type="range"
					min={0}
					max={control.max}
					step={control.step}
					value={Math.min(shown, control.max)}
					onChange={(e) => send(e.currentTarget.valueAsNumber)}
				/>
				<input
					type="number"
					aria-labelledby={`${id}-label`}
					min={0}
					max={control.max}
					step="any"
					inputMode="decimal"
					value={typing ?? String(shown)}
					onFocus={() => setTyping(String(shown))}
					onBlur={() => setTyping(null)}
					onChange={(e) => {
						setTyping(e.currentTarget.value);
						send(e.currentTarget.valueAsNumber);
					}}
				/>
			</div>
		</div>
	);
});

/**
 * The forecast charts: profit and satisfaction by tier over the periods still to play, if the draft were kept. The
 * forecast lives here, so its arrival redraws these charts and nothing else of the panel.
 */
const Forecast = memo(function Forecast({ played, tierIds }: { played: number; tierIds: string[] }) {
	const { t, format, scenario, eventsShownThrough = Number.POSITIVE_INFINITY } = useLabUi();
	const forecast = useForecast(LabContext.useActorRef());
	const periods = forecast.output?.periods ?? null;
	const error = forecast.error;
	const perRound = scenario.periodsPerRound;
	const charts = useMemo(() => {
		if (!periods) return null;
		const ahead = periods.slice(played * perRound);
		if (ahead.length === 0) return null;
		const labels = ahead.map((p) => p.period);
		const markers = scenario.events
			.filter((e) => e.round > played && e.round <= eventsShownThrough)
			.map((e) => ({ at: (e.round - 1 - played) * perRound, text: describeEvent(t, format, e).short }))
			.filter((m) => m.at < labels.length);
		const total = ahead.reduce((sum, p) => sum + p.total.profit, 0);
		const topEnd = ahead.at(-1)?.tiers[0]?.satisfaction ?? 0;
		const complete = periods.length >= scenario.rounds * perRound;
		return (
			<>
				<p>
					{t('lab.allocate.forecastSummary', {
						profit: format.money(total),
						periods: ahead.length,
						tier: tierLabel(t, tierIds[0] ?? ''),
						satisfaction: format.satisfaction(topEnd),
					})}
				</p>
				{!complete && (
					<p className="course-allocate__stops">
						{t('lab.allocate.forecastStops', {
							period: periods.length,
							round: Math.floor(periods.length / perRound) + 1,
						})}
					</p>
				)}
				<div className="course-allocate__charts">
					<ChartPanel
						title={t('lab.allocate.forecastProfit')}
						description={t('lab.allocate.forecastProfitDesc')}
						type="line"
						labels={labels}
						series={[{ label: t('lab.outcome.profit'), data: ahead.map((p) => p.total.profit) }]}
						xTitle={t('lab.outcome.period')}
						yTitle={t('lab.outcome.moneyAxis')}
						formatValue={format.money}
						formatTick={format.moneyTick}
						markers={markers}
					/>
					<ChartPanel
						title={t('lab.allocate.forecastSatisfaction')}
						description={t('lab.allocate.forecastSatisfactionDesc')}
						type="line"
						labels={labels}
						series={tierIds.map((id, tier) => ({
							label: tierLabel(t, id),
							data: ahead.map((p) => p.tiers[tier]?.satisfaction ?? 0),
						}))}
						xTitle={t('lab.outcome.period')}
						yTitle={t('lab.outcome.satisfactionAxis')}
						formatValue={format.satisfaction}
						yRange={[1, 5]}
						markers={markers}
					/>
				</div>
			</>
		);
	}, [periods, played, perRound, scenario, eventsShownThrough, t, format, tierIds]);

	return (
		<div
			className="course-allocate__forecast"
			data-forecast-ms={forecast.output ? forecast.output.milliseconds.toFixed(1) : undefined}
			data-forecast-count={forecast.count}
			data-forecast-requested-at={forecast.requestedAt.toFixed(2)}
		>
			<h4>{t('lab.allocate.forecastTitle')}</h4>
			<p>{t('lab.allocate.forecastIntro')}</p>
			{error && <p role="alert">{t('lab.allocate.forecastError', { message: error })}</p>}
			{charts ??
				(periods ? (
					// The draft breaks a limit before the first period still to play: there is nothing to draw.
					<p role="status">{t('lab.allocate.forecastBlocked')}</p>
				) : (
					<p role="status">{t('lab.allocate.forecastWorking')}</p>
				))}
		</div>
	);
});
