import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { UiKey } from '../../i18n/uiStrings.ts';
import { customerHistory } from '../../sim/exercise/customerHistory.ts';
import { applyTiering, sessionFor } from '../../sim/exercise/exerciseSteps.ts';
import { sizeClasses } from '../../sim/portfolio/generatePortfolio.ts';
import type { CustomerNames } from '../../sim/portfolio/nameCustomers.ts';
import { LabContext } from './LabContext.ts';
import { tierLabel, useLabUi } from './LabUi.ts';
import { requestSim } from './simWorkerClient.ts';

const columns = [
	'name',
	'tier',
	'sizeClass',
	'segment',
	'revenue',
	'grossMargin',
	'costToServe',
	'profit',
	'potential',
	'satisfaction',
] as const;
type Column = (typeof columns)[number];
const ROW_HEIGHT = 36;

/**
 * The customers of the portfolio in a sortable, filterable, searchable table that stays smooth at 10,000 rows (only
 * the visible rows are rendered). Choosing a customer opens its card with its history through the rounds played.
 * Mounted by `PortfolioExplorer` once the list is first opened, and kept (with its filters) while it is hidden.
 */
export function PortfolioList({ titleId, open }: { titleId: string; open: boolean }) {
	const { t, format, locale, scenario } = useLabUi();
	const config = LabContext.useSelector((s) => s.context.config);
	const spec = LabContext.useSelector((s) => s.context.tiering);
	const tierIds = LabContext.useSelector((s) => s.context.tierIds);
	const decisions = LabContext.useSelector((s) => s.context.decisions);
	const [names, setNames] = useState<CustomerNames | null>(null);
	const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'revenue', descending: true });
	const [search, setSearch] = useState('');
	const [tierFilter, setTierFilter] = useState(-1);
	const [sizeFilter, setSizeFilter] = useState(-1);
	const [segmentFilter, setSegmentFilter] = useState(-1);
	const [lossOnly, setLossOnly] = useState(false);
	const [selected, setSelected] = useState<number | null>(null);
	const scroller = useRef<HTMLDivElement>(null);
	const session = sessionFor(config);
	const { portfolio, attributes } = session;
	const tierOf = useMemo(() => (spec ? applyTiering(config, spec).tiering.tierOf : null), [config, spec]);

	// Names come from faker inside the worker, and only once the list is opened.
	useEffect(() => {
		if (!open || names) return;
		let cancelled = false;
		requestSim('names', { config, locale }).then((result) => {
			if (!cancelled) setNames(result);
		});
		return () => {
			cancelled = true;
		};
	}, [open, names, config, locale]);

	const sortValue = (column: Column, i: number): number | string => {
		switch (column) {
			case 'name':
				return names?.name[i] ?? `#${i + 1}`;
			case 'tier':
				return tierOf ? (tierOf[i] as number) : 0;
			case 'sizeClass':
				return portfolio.sizeClass[i] as number;
			case 'segment':
				return portfolio.segment[i] as number;
			default:
				return attributes[column][i] as number;
		}
	};

	// biome-ignore lint/correctness/useExhaustiveDependencies: sortValue reads only the listed inputs.
	const rows = useMemo(() => {
		if (!open) return new Uint32Array(0);
		const needle = search.trim().toLowerCase();
		const kept: number[] = [];
		for (let i = 0; i < portfolio.size; i++) {
			if (tierFilter >= 0 && tierOf?.[i] !== tierFilter) continue;
			if (sizeFilter >= 0 && portfolio.sizeClass[i] !== sizeFilter) continue;
			if (segmentFilter >= 0 && portfolio.segment[i] !== segmentFilter) continue;
			if (lossOnly && (attributes.profit[i] as number) >= 0) continue;
			if (needle && !(names?.name[i] ?? `#${i + 1}`).toLowerCase().includes(needle)) continue;
			kept.push(i);
		}
		const direction = sort.descending ? -1 : 1;
		const collator = new Intl.Collator(locale);
		return Uint32Array.from(kept).sort((a, b) => {
			const x = sortValue(sort.column, a);
			const y = sortValue(sort.column, b);
			const order = typeof x === 'string' ? collator.compare(x, String(y)) : x - (y as number);
			return order * direction || a - b;
		});
	}, [
		open,
		search,
		tierFilter,
		sizeFilter,
		segmentFilter,
		lossOnly,
		sort,
		names,
		tierOf,
		portfolio,
		attributes,
		locale,
	]);

	const virtualizer = useVirtualizer({
		count: rows.length,
		getScrollElement: () => scroller.current,
		estimateSize: () => ROW_HEIGHT,
		overscan: 12,
	});

	// Only the visible rows are in the DOM; spacer rows keep the scroll height of the whole list.
	const items = virtualizer.getVirtualItems();
	const padding = {
		top: items[0]?.start ?? 0,
		bottom: items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0,
	};

	const cell = (column: Column, i: number): string => {
		switch (column) {
			case 'name':
				return names?.name[i] ?? t('lab.portfolio.unnamed', { id: i + 1 });
			case 'tier':
				return tierOf ? tierLabel(t, tierIds[tierOf[i] as number] ?? '') : '';
			case 'sizeClass':
				return t(`lab.portfolio.size.${sizeClasses[portfolio.sizeClass[i] as number]}` as UiKey);
			case 'segment':
				return scenario.portfolio.segments[portfolio.segment[i] as number]?.label[locale] ?? '';
			case 'grossMargin':
				return format.percent(attributes.grossMargin[i] as number);
			case 'satisfaction':
				return format.satisfaction(attributes.satisfaction[i] as number);
			default:
				return format.money(attributes[column][i] as number);
		}
	};

	return (
		<>
			<div className="course-portfolio__filters">
				<label>
					{t('lab.portfolio.search')}
					<input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
				</label>
				{tierOf && (
					<label>
						{t('lab.portfolio.filterTier')}
						<select value={tierFilter} onChange={(e) => setTierFilter(Number(e.target.value))}>
							<option value={-1}>{t('lab.portfolio.all')}</option>
							{tierIds.map((tier, k) => (
								<option key={tier} value={k}>
									{tierLabel(t, tier)}
								</option>
							))}
						</select>
					</label>
				)}
				<label>
					{t('lab.portfolio.filterSize')}
					<select value={sizeFilter} onChange={(e) => setSizeFilter(Number(e.target.value))}>
						<option value={-1}>{t('lab.portfolio.all')}</option>
						{sizeClasses.map((size, k) => (
							<option key={size} value={k}>
								{t(`lab.portfolio.size.${size}` as UiKey)}
							</option>
						))}
					</select>
				</label>
				<label>
					{t('lab.portfolio.filterSegment')}
					<select value={segmentFilter} onChange={(e) => setSegmentFilter(Number(e.target.value))}>
						<option value={-1}>{t('lab.portfolio.all')}</option>
						{scenario.portfolio.segments.map((segment, k) => (
							<option key={segment.id} value={k}>
								{segment.label[locale]}
							</option>
						))}
					</select>
				</label>
				<label className="course-portfolio__check">
					<input type="checkbox" checked={lossOnly} onChange={(e) => setLossOnly(e.target.checked)} />
					{t('lab.portfolio.lossOnly')}
				</label>
			</div>
			<p role="status" className="course-portfolio__count">
				{t('lab.portfolio.count', { shown: format.count(rows.length), total: format.count(portfolio.size) })}
				{!names && ` ${t('lab.portfolio.namesLoading')}`}
			</p>
			{/* biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling list must take focus so keyboards can scroll it. */}
			<section ref={scroller} className="course-portfolio__scroller" tabIndex={0} aria-labelledby={titleId}>
				<table className="course-portfolio__table" aria-rowcount={rows.length + 1}>
					<caption className="sr-only">{t('lab.portfolio.tableCaption')}</caption>
					<thead>
						<tr aria-rowindex={1}>
							{columns.map((column) => (
								<th
									key={column}
									scope="col"
									aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
								>
									<button
										type="button"
										onClick={() =>
											setSort((s) => ({
												column,
												descending: s.column === column ? !s.descending : column !== 'name',
											}))
										}
									>
										{t(`lab.portfolio.col.${column}` as UiKey)}
									</button>
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{padding.top > 0 && (
							<tr className="course-portfolio__spacer" style={{ height: padding.top }}>
								<td colSpan={columns.length} />
							</tr>
						)}
						{virtualizer.getVirtualItems().map((item) => {
							const i = rows[item.index] as number;
							return (
								<tr
									key={i}
									aria-rowindex={item.index + 2}
									className={selected === i ? 'is-selected' : undefined}
									style={{ height: ROW_HEIGHT }}
								>
									<th scope="row">
										<button type="button" aria-pressed={selected === i} onClick={() => setSelected(i)}>
											{cell('name', i)}
										</button>
									</th>
									{columns.slice(1).map((column) => (
										<td key={column}>{cell(column, i)}</td>
									))}
								</tr>
							);
						})}
						{padding.bottom > 0 && (
							<tr className="course-portfolio__spacer" style={{ height: padding.bottom }}>
								<td colSpan={columns.length} />
							</tr>
						)}
					</tbody>
				</table>
			</section>
			{selected !== null && spec && (
				<CustomerCard
					index={selected}
					name={cell('name', selected)}
					cell={cell}
					onClose={() => setSelected(null)}
					decisionsCount={decisions.length}
				/>
			)}
		</>
	);
}

/** One customer's card: its attributes and its history through the rounds played. */
function CustomerCard(props: {
	index: number;
	name: string;
	cell: (c: Column, i: number) => string;
	onClose: () => void;
	decisionsCount: number;
}) {
	const { t, format } = useLabUi();
	const config = LabContext.useSelector((s) => s.context.config);
	const spec = LabContext.useSelector((s) => s.context.tiering);
	const decisions = LabContext.useSelector((s) => s.context.decisions);
	const heading = useRef<HTMLHeadingElement>(null);
	const id = useId();
	const history = useMemo(
		() => (spec ? customerHistory(config, spec, decisions, props.index) : []),
		[config, spec, decisions, props.index],
	);
	useEffect(() => heading.current?.focus(), []);
	return (
		<section className="course-portfolio__card" aria-labelledby={`${id}-name`}>
			<h4 id={`${id}-name`} ref={heading} tabIndex={-1}>
				{props.name}
			</h4>
			<dl>
				{columns
					.filter((c) => c !== 'name')
					.map((column) => (
						<div key={column}>
							<dt>{t(`lab.portfolio.col.${column}` as UiKey)}</dt>
							<dd>{props.cell(column, props.index)}</dd>
						</div>
					))}
			</dl>
			<table>
				<caption>{t('lab.portfolio.historyCaption')}</caption>
				<thead>
					<tr>
						<th scope="col">{t('lab.portfolio.historyRound')}</th>
						<th scope="col">{t('lab.portfolio.col.satisfaction')}</th>
						<th scope="col">{t('lab.portfolio.col.revenue')}</th>
						<th scope="col">{t('lab.portfolio.historyAlive')}</th>
					</tr>
				</thead>
				<tbody>
					{history.map((point) => (
						<tr key={point.round}>
							<th scope="row">
								{point.round === 0
									? t('lab.portfolio.historyStart')
									: t('lab.portfolio.historyAfter', { round: point.round })}
							</th>
							<td>{format.satisfaction(point.satisfaction)}</td>
							<td>{format.money(point.revenue)}</td>
							<td>{format.percent(point.alive)}</td>
						</tr>
					))}
				</tbody>
			</table>
			<button type="button" onClick={props.onClose}>
				{t('lab.portfolio.closeCard')}
			</button>
		</section>
	);
}
