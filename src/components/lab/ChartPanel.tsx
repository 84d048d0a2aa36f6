import type { Chart, ChartDataset, Plugin } from 'chart.js';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useLabUi } from './LabUi.ts';

let chartJs: Promise<typeof Chart> | null = null;

/**
 * Chart.js, fetched the first time a chart is drawn: a lab page shows no chart until the learner reaches a step with
 * one, so the library stays out of the page's first load.
 */
function loadChartJs(): Promise<typeof Chart> {
	chartJs ??= import('./registeredChart.ts').then((m) => m.registeredChart);
	return chartJs;
}

/** Okabe–Ito colours, distinguishable with every common colour-vision deficiency; tier i takes colour i. */
export const tierColours = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#999999'];
/** Point shapes and dash patterns double the colours, so series differ without colour too. */
const pointStyles = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'] as const;
const dashes = [[], [6, 3], [2, 2], [8, 3, 2, 3], [12, 4], [3, 6], [1, 3], [10, 2, 2, 2]];

export interface ChartSeries {
	label: string;
	/** One value per label (line, bar) or {x, y} points (scatter). */
	data: number[] | { x: number; y: number }[];
	/** Colour and pattern slot; defaults to the series' position. */
	slot?: number;
	/** A colour of the series' own (a team's), in place of its slot's. */
	colour?: string;
	/** A dash pattern of the series' own (reference lines), in place of its slot's. */
	dash?: number[];
}

export interface ChartMarker {
	/** Index into `labels` where the marker line stands. */
	at: number;
	text: string;
}

export interface ChartPanelProps {
	title: string;
	/** Read by screen readers with the canvas, and shown under the chart. */
	description: string;
	type: 'line' | 'bar' | 'scatter';
	labels?: (string | number)[];
	series: ChartSeries[];
	xTitle: string;
	yTitle: string;
	/** Formats values in the axis, tooltips and the data table. */
	formatValue: (value: number) => string;
	/** Formats the value axis' ticks, where space is short (e.g. compact money); defaults to `formatValue`. */
	formatTick?: (value: number) => string;
	formatX?: (value: number) => string;
	markers?: ChartMarker[];
	/** A fixed value axis (the satisfaction scale), so it need not be fitted to the figures on every redraw. */
	yRange?: [number, number];
	/** Rows of the data table for scatter charts (too many points to list): the caller summarises. */
	tableRows?: { label: string; values: string[] }[];
	tableHeaders?: string[];
	/** A small chart among many (the debrief's one chart per team): shorter, and without a legend of its own. */
	compact?: boolean;
}

/** Draws vertical lines with a label at the event markers of a time axis. */
const markerPlugin: Plugin<'line' | 'bar'> = {
	id: 'courseMarkers',
	afterDatasetsDraw(chart, _args, options) {
		const markers = (options as { markers?: ChartMarker[] }).markers ?? [];
		const x = chart.scales.x;
		if (!x || markers.length === 0) return;
		const { ctx, chartArea } = chart;
		ctx.save();
		ctx.strokeStyle = (options as { colour?: string }).colour ?? '#888';
		ctx.fillStyle = ctx.strokeStyle;
		ctx.setLineDash([4, 4]);
		const size = (options as { fontSize?: number }).fontSize ?? 12;
		ctx.font = `${size}px system-ui, sans-serif`;
		for (const marker of markers) {
			const px = x.getPixelForValue(marker.at);
			ctx.beginPath();
			ctx.moveTo(px, chartArea.top);
			ctx.lineTo(px, chartArea.bottom);
			ctx.stroke();
			// Labels near the right edge go to the left of their line, so the last event's name is not cut off.
			const width = ctx.measureText(marker.text).width;
			const left = px + 4 + width > chartArea.right ? px - 4 - width : px + 4;
			ctx.fillText(marker.text, left, chartArea.top + size);
		}
		ctx.restore();
	},
};

/** Two label lists hold the same values. */
function sameValues(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
	if (!a || !b) return a === b;
	return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Whether a line chart's value axis, as drawn, still suits new figures: a fixed range always does; a fitted one does
 * while the figures stay inside it and fill at least half of it (below that the lines would flatten, so the axis is
 * fitted again).
 */
function axisHolds(chart: Chart, series: ChartSeries[], fixed: [number, number] | undefined): boolean {
	if (fixed) return true;
	const y = chart.scales.y;
	if (!y) return false;
	let low = Number.POSITIVE_INFINITY;
	let high = Number.NEGATIVE_INFINITY;
	for (const s of series) {
		for (const v of s.data as number[]) {
			if (v < low) low = v;
			if (v > high) high = v;
		}
	}
	return low >= y.min && high <= y.max && high - low >= 0.5 * (y.max - y.min);
}

/**
 * Redraws a chart whose figures changed but whose axes, labels and options did not. Chart.js's `update()` merges
 * every option and lays the whole chart out again (about 2.5 ms for a small chart on a modest machine, most of a
 * slider step's frame); parsing the new figures, placing the points on the axes as they are and drawing takes a
 * third of that. `_updateDatasets` is internal to Chart.js 4 (the version is pinned); without it, this falls back to
 * `update()`. The lab test compares a chart redrawn this way with one drawn afresh, pixel for pixel.
 */
function redrawFigures(chart: Chart): void {
	const internal = chart as unknown as { _updateDatasets?: (mode: string) => void };
	if (typeof internal._updateDatasets !== 'function') {
		chart.update('none');
		return;
	}
	chart.data.datasets.forEach((_, i) => {
		chart.getDatasetMeta(i).controller.buildOrUpdateElements(false);
	});
	internal._updateDatasets('none');
	chart.render();
}

function themeColours() {
	const style = getComputedStyle(document.documentElement);
	return {
		text: style.getPropertyValue('--sl-color-white').trim() || '#222',
		grid: style.getPropertyValue('--sl-color-gray-5').trim() || '#ccc',
		muted: style.getPropertyValue('--sl-color-gray-3').trim() || '#888',
		// Larger in the debrief's projector mode (workshop.css), read from the page like the colours.
		fontSize: Number.parseFloat(style.getPropertyValue('--course-chart-font-size')) || 12,
	};
}

/** What the chart's colours and type size depend on: the theme, and the debrief's projector mode. */
function themeKey(): string {
	const root = document.documentElement;
	return `${root.dataset.theme ?? ''}${root.hasAttribute('data-projector') ? ':projector' : ''}`;
}

/**
 * A Chart.js chart with its data one click away as a table, in a colour-blind-safe palette with shapes and dashes,
 * redrawn when the theme changes and destroyed on unmount so labs can be entered and left without leaking.
 */
export function ChartPanel(props: ChartPanelProps) {
	const { t } = useLabUi();
	const canvas = useRef<HTMLCanvasElement>(null);
	const chart = useRef<Chart | null>(null);
	// What the chart was last drawn with, beside its figures: a change of theme or markers needs a full update.
	const drawnTheme = useRef<string | null>(null);
	const drawnMarkers = useRef<ChartMarker[]>([]);
	const [showData, setShowData] = useState(false);
	const [theme, setTheme] = useState(() => (typeof document === 'undefined' ? '' : themeKey()));
	const id = useId();

	// Destroyed only when the chart leaves the page, so labs can be entered and left without leaking canvases.
	useEffect(
		() => () => {
			chart.current?.destroy();
			chart.current = null;
		},
		[],
	);

	useEffect(() => {
		const observer = new MutationObserver(() => setTheme(themeKey()));
		observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-projector'] });
		return () => observer.disconnect();
	}, []);

	// A layout effect: new figures are drawn in the commit that brings them, before the browser paints, rather than
	// in a passive effect after a paint, a frame later.
	useLayoutEffect(() => {
		if (!canvas.current) return;
		// Built only for a new chart or a full update: reading the theme's colours makes the browser compute styles,
		// which a slider step's redraw of the figures alone does not need.
		const buildConfig = () => {
			const colours = themeColours();
			const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
			const datasets = props.series.map((s, i) => {
				const slot = s.slot ?? i;
				const colour = s.colour ?? (tierColours[slot % tierColours.length] as string);
				return {
					label: s.label,
					data: s.data,
					borderColor: colour,
					backgroundColor: props.type === 'bar' ? colour : `${colour}cc`,
					pointStyle: pointStyles[slot % pointStyles.length],
					pointRadius: props.type === 'scatter' ? 2.5 : 3.5,
					borderDash: props.type === 'line' ? (s.dash ?? dashes[slot % dashes.length]) : undefined,
					borderWidth: 2,
				} as ChartDataset<'line' | 'bar' | 'scatter'>;
			});
			const font = { size: colours.fontSize };
			const config = {
				type: props.type,
				data: { labels: props.labels, datasets },
				options: {
					responsive: true,
					maintainAspectRatio: false,
					animation: reduceMotion ? false : { duration: 200 },
					plugins: {
						// One series is named by the chart's title; a legend would only repeat it (and cost a layout pass).
						// A small chart among many leaves its legend to the text above the grid, which names the lines once.
						legend: {
							display: props.series.length > 1 && !props.compact,
							labels: { color: colours.text, usePointStyle: true, font },
						},
						tooltip: {
							callbacks: {
								label: (item: { dataset: { label?: string }; parsed: { y: number | null } }) =>
									`${item.dataset.label ?? ''}: ${props.formatValue(item.parsed.y ?? 0)}`,
							},
						},
						courseMarkers: { markers: props.markers ?? [], colour: colours.muted, fontSize: colours.fontSize },
					},
					scales: {
						x: {
							type: props.type === 'scatter' ? 'linear' : 'category',
							title: { display: true, text: props.xTitle, color: colours.text, font },
							ticks: {
								color: colours.text,
								font,
								...(props.formatX ? { callback: (v: number | string) => props.formatX?.(Number(v)) } : {}),
							},
							grid: { color: colours.grid },
						},
						y: {
							...(props.yRange ? { min: props.yRange[0], max: props.yRange[1] } : {}),
							title: { display: true, text: props.yTitle, color: colours.text, font },
							ticks: {
								color: colours.text,
								font,
								callback: (v: number | string) => (props.formatTick ?? props.formatValue)(Number(v)),
							},
							grid: { color: colours.grid },
						},
					},
				},
				plugins: props.type === 'scatter' ? [] : [markerPlugin],
			};
			return config;
		};
		let live = true;
		loadChartJs().then(
			(ChartJs) => {
				if (!live || !canvas.current) return;
				const existing = chart.current;
				if (existing && (existing.config as { type?: string }).type === props.type) {
					// Update in place: rebuilding a chart on every slider step costs far more than one frame.
					const started = performance.now();
					const current = existing.data.datasets;
					const sameSeries =
						current.length === props.series.length && current.every((d, i) => d.label === props.series[i]?.label);
					if (sameSeries && drawnTheme.current === theme) {
						// Same series: swap the numbers only, so Chart.js need not resolve its options again.
						const sameFrame =
							sameValues(existing.data.labels, props.labels) &&
							JSON.stringify(props.markers ?? []) === JSON.stringify(drawnMarkers.current);
						existing.data.labels = props.labels as never;
						current.forEach((d, i) => {
							d.data = props.series[i]?.data as never;
						});
						if (props.type === 'line' && sameFrame && axisHolds(existing, props.series, props.yRange)) {
							redrawFigures(existing);
							canvas.current.dataset.redraw = 'figures';
						} else {
							const colours = themeColours();
							(existing.options.plugins as { courseMarkers?: unknown }).courseMarkers = {
								markers: props.markers ?? [],
								colour: colours.muted,
								fontSize: colours.fontSize,
							};
							existing.update('none');
							canvas.current.dataset.redraw = 'full';
						}
					} else {
						const config = buildConfig();
						existing.data = config.data as never;
						existing.options = config.options as never;
						existing.update('none');
						canvas.current.dataset.redraw = 'full';
					}
					drawnTheme.current = theme;
					drawnMarkers.current = props.markers ?? [];
					// Exposed for the tests: how the chart was redrawn, and the main-thread cost of redrawing it.
					canvas.current.dataset.updateMs = (performance.now() - started).toFixed(1);
					return;
				}
				drawnTheme.current = theme;
				drawnMarkers.current = props.markers ?? [];
				existing?.destroy();
				chart.current = new ChartJs(canvas.current, buildConfig() as never);
			},
			() => {
				// The library could not be fetched (offline): the description and the data table still hold every
				// figure, and the next chart tries again.
				chartJs = null;
			},
		);
		return () => {
			live = false;
		};
	}, [props, theme]);

	const headers = props.tableHeaders ?? [props.xTitle, ...props.series.map((s) => s.label)];
	// Formatted only while the table is open: a forecast chart gets new figures on every slider step.
	const rows = !showData
		? []
		: (props.tableRows ??
			(props.labels ?? []).map((label, i) => ({
				label: String(label),
				values: props.series.map((s) => {
					const v = (s.data as number[])[i];
					return v === undefined ? '' : props.formatValue(v);
				}),
			})));

	return (
		<figure
			className={props.compact ? 'course-chart course-chart--compact' : 'course-chart'}
			aria-labelledby={`${id}-title`}
		>
			<figcaption id={`${id}-title`} className="course-chart__title">
				{props.title}
			</figcaption>
			<div className="course-chart__canvas">
				<canvas ref={canvas} role="img" aria-label={`${props.title}. ${props.description}`} />
			</div>
			<p className="course-chart__description">{props.description}</p>
			<button
				type="button"
				aria-expanded={showData}
				aria-controls={`${id}-data`}
				onClick={() => setShowData((v) => !v)}
			>
				{showData ? t('chart.hideData') : t('chart.showData')}
			</button>
			<section
				id={`${id}-data`}
				hidden={!showData}
				className="course-chart__data"
				aria-label={props.title}
				// biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways on a phone; its box must be reachable by keyboard.
				tabIndex={0}
			>
				{showData && (
					<table>
						<caption>{props.title}</caption>
						<thead>
							<tr>
								{headers.map((h) => (
									<th key={h} scope="col">
										{h}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{rows.map((row) => (
								<tr key={row.label}>
									<th scope="row">{row.label}</th>
									{row.values.map((v, i) => (
										// biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
										<td key={i}>{v}</td>
									))}
								</tr>
							))}
						</tbody>
					</table>
				)}
			</section>
		</figure>
	);
}
