import type { CustomerListAnalysis, MethodResult } from '../analyzer/analyseCustomerList.ts';
import type { TransactionLogAnalysis } from '../analyzer/analyseTransactionLog.ts';
import { parseDate } from '../import/parseValues.ts';
import type { CustomerList } from '../import/readDataset.ts';
import type { ClvOutput } from '../worker/analyzerWorkerProtocol.ts';

/**
 * The analyzer's results as tables for a spreadsheet, one value per cell and each column with its kind, so the
 * writer can give numbers and dates real cell types. Column ids key the headers, which the page translates; the
 * values are the figures the page shows, from the same analysis objects.
 */
export type ExportKind = 'text' | 'integer' | 'number' | 'share' | 'date';

export interface ExportColumn {
	id: string;
	kind: ExportKind;
}

/** A cell: text, a number, a day number (days since 1970-01-01) for a date column, or null for an empty cell. */
export type ExportValue = string | number | null;

export interface ExportTable {
	columns: ExportColumn[];
	rows: ExportValue[][];
}

/** Per customer of a list: id, name, revenue, profit and cost (when the file had them) and the tier of each method. */
export function customerTiersTable(list: CustomerList, analysis: CustomerListAnalysis): ExportTable {
	const columns: ExportColumn[] = [
		{ id: 'customerId', kind: 'text' },
		{ id: 'customerName', kind: 'text' },
		{ id: 'revenue', kind: 'number' },
	];
	if (list.profit) columns.push({ id: 'profit', kind: 'number' });
	if (list.cost) columns.push({ id: 'cost', kind: 'number' });
	for (const m of analysis.methods) columns.push({ id: `tier.${m.method}`, kind: 'text' });
	const rows = list.ids.map((id, i) => {
		const row: ExportValue[] = [id, list.names[i] ?? id, list.revenue[i] as number];
		if (list.profit) row.push(list.profit[i] as number);
		if (list.cost) row.push(list.cost[i] as number);
		for (const m of analysis.methods) row.push(m.tiering.tierIds[m.tiering.tierOf[i] as number] ?? null);
		return row;
	});
	return { columns, rows };
}

/** Per tier of one method: customers, revenue, profit, share of revenue and the suggested share of service. */
export function tierSummaryTable(result: MethodResult): ExportTable {
	const totalRevenue = result.tiers.reduce((s, t) => s + t.revenue, 0) || 1;
	return {
		columns: [
			{ id: 'tier', kind: 'text' },
			{ id: 'customers', kind: 'integer' },
			{ id: 'revenue', kind: 'number' },
			{ id: 'revenueShare', kind: 'share' },
			{ id: 'profit', kind: 'number' },
			{ id: 'serviceShare', kind: 'share' },
		],
		rows: result.tiers.map((t) => [t.id, t.customers, t.revenue, t.revenue / totalRevenue, t.profit, t.serviceShare]),
	};
}

/**
 * Per customer of a transaction log: first and last purchase dates, recency, frequency, monetary, the R, F and M
 * scores and segment, and with `clv` the BG/NBD inputs, P(alive), expected purchases, expected spend and CLV.
 */
export function customerRfmTable(analysis: TransactionLogAnalysis, clv?: ClvOutput): ExportTable {
	const { summary, scores } = analysis;
	const asOf = parseDate(analysis.asOf)?.day ?? 0;
	const columns: ExportColumn[] = [
		{ id: 'customerId', kind: 'text' },
		{ id: 'firstPurchase', kind: 'date' },
		{ id: 'lastPurchase', kind: 'date' },
		{ id: 'recency', kind: 'integer' },
		{ id: 'frequency', kind: 'integer' },
		{ id: 'monetary', kind: 'number' },
		{ id: 'r', kind: 'integer' },
		{ id: 'f', kind: 'integer' },
		{ id: 'm', kind: 'integer' },
		{ id: 'segment', kind: 'text' },
	];
	if (clv)
		columns.push(
			{ id: 'x', kind: 'integer' },
			{ id: 'tx', kind: 'number' },
			{ id: 'T', kind: 'number' },
			{ id: 'pAlive', kind: 'share' },
			{ id: 'expectedPurchases', kind: 'number' },
			{ id: 'expectedSpend', kind: 'number' },
			{ id: 'clv', kind: 'number' },
		);
	const rows = summary.customerIds.map((id, i) => {
		const row: ExportValue[] = [
			id,
			summary.firstPurchaseDay[i] as number,
			asOf - (summary.recency[i] as number),
			summary.recency[i] as number,
			summary.frequency[i] as number,
			summary.monetary[i] as number,
			scores.r[i] as number,
			scores.f[i] as number,
			scores.m[i] as number,
			analysis.segments[i] ?? null,
		];
		if (clv)
			row.push(
				summary.x[i] as number,
				summary.tx[i] as number,
				summary.T[i] as number,
				clv.pAlive[i] as number,
				clv.expectedPurchases[i] as number,
				clv.expectedSpend[i] as number,
				clv.clv[i] as number,
			);
		return row;
	});
	return { columns, rows };
}
