import type { CellFormat } from './workedExamples.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, format: CellFormat): Intl.NumberFormat {
	const key = `${locale}|${format}`;
	let f = formatters.get(key);
	if (!f) {
		f =
			format === 'percent'
				? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
				: format === 'signedPercent'
					? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })
					: format === 'decimal'
						? new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
						: format === 'money'
							? new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })
							: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
		formatters.set(key, f);
	}
	return f;
}

/**
 * A worked-example figure as the page shows it in `locale`: shares as percentages (signed for changes), satisfaction
 * and scores with two decimals, money compact (“3.9M”, “3900万”) because the examples compare magnitudes, counts whole.
 */
export function formatCell(cell: { value: number; format: CellFormat }, locale: string): string {
	return formatter(locale, cell.format).format(cell.value);
}
