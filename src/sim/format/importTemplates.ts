import type { DataShape } from '../import/readDataset.ts';
import type { NameLocale as Locale } from '../portfolio/nameCustomers.ts';
import type { ExportTable } from './exportTables.ts';

/**
 * The headers and a few example rows of the two files the analyzer reads, in each language. Every header is one the
 * column matcher (`suggestColumns`) maps without help, so a template filled in and loaded is mapped at once.
 */
const headers: Record<DataShape, Record<Locale, string[]>> = {
	customers: {
		'zh-CN': ['客户编号', '客户名称', '营业收入', '服务成本'],
		en: ['customer_id', 'customer_name', 'revenue', 'cost_to_serve'],
	},
	transactions: {
		'zh-CN': ['客户编号', '交易日期', '交易金额'],
		en: ['customer_id', 'date', 'amount'],
	},
};

const names: Record<Locale, string[]> = {
	'zh-CN': ['华东电子有限公司', '星海零售', '北辰物流'],
	en: ['Eastline Electronics', 'Starbay Retail', 'Northpole Logistics'],
};

/** 2024-01-15, 2024-02-03 and 2024-03-20 as day numbers (days since 1970-01-01). */
const exampleDays = [19737, 19756, 19802];

/** A template as a table: text ids and names, numbers, and dates as day numbers, so the .xlsx gets real cells. */
export function templateTable(shape: DataShape, locale: Locale): { headers: string[]; table: ExportTable } {
	const names_ = names[locale];
	if (shape === 'customers')
		return {
			headers: headers.customers[locale],
			table: {
				columns: [
					{ id: 'customerId', kind: 'text' },
					{ id: 'customerName', kind: 'text' },
					{ id: 'revenue', kind: 'number' },
					{ id: 'cost', kind: 'number' },
				],
				rows: [
					['C001', names_[0] as string, 1_250_000, 86_000],
					['C002', names_[1] as string, 430_000, 52_000],
					['C003', names_[2] as string, 96_000, 31_000],
				],
			},
		};
	return {
		headers: headers.transactions[locale],
		table: {
			columns: [
				{ id: 'customerId', kind: 'text' },
				{ id: 'date', kind: 'date' },
				{ id: 'amount', kind: 'number' },
			],
			rows: [
				['C001', exampleDays[0] as number, 12_800],
				['C002', exampleDays[1] as number, 3_450.5],
				['C001', exampleDays[2] as number, 9_600],
			],
		},
	};
}

/**
 * A template as CSV text with a UTF-8 byte-order mark: without it Excel on a Chinese Windows opens UTF-8 as GBK and
 * shows the headers garbled. Dates are written YYYY-MM-DD, one of the layouts the analyzer reads.
 */
export function templateCsv(shape: DataShape, locale: Locale): string {
	const { headers: head, table } = templateTable(shape, locale);
	const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
	const rows = table.rows.map((row) =>
		line(
			row.map((value, c) =>
				value === null
					? ''
					: table.columns[c]?.kind === 'date'
						? new Date((value as number) * 86400000).toISOString().slice(0, 10)
						: String(value),
			),
		),
	);
	return `\ufeff${[line(head), ...rows].join('\r\n')}\r\n`;
}
