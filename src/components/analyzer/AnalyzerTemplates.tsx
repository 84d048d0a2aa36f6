import type { Translate } from '../../i18n/translator.ts';
import type { Locale, UiKey } from '../../i18n/uiStrings.ts';
import { templateCsv, templateTable } from '../../sim/format/importTemplates.ts';
import type { DataShape } from '../../sim/import/readDataset.ts';
import { downloadFile } from '../shared/downloadFile.ts';

/**
 * Download links for the two templates in the page's language, as CSV (with a BOM) and as .xlsx; the Excel writer is
 * fetched only when an .xlsx template is asked for.
 */
export function AnalyzerTemplates({ locale, t, onError }: { locale: Locale; t: Translate; onError: () => void }) {
	const csv = (shape: DataShape) =>
		downloadFile(
			new Blob([templateCsv(shape, locale)], { type: 'text/csv;charset=utf-8' }),
			`${t(`analyzer.templates.${shape}File` as UiKey)}.csv`,
		);
	const xlsx = async (shape: DataShape) => {
		try {
			const { writeXlsx } = await import('../../sim/format/writeXlsx.ts');
			const { headers, table } = templateTable(shape, locale);
			const blob = await writeXlsx([{ name: t(`analyzer.templates.${shape}Sheet` as UiKey), headers, table }]);
			downloadFile(blob, `${t(`analyzer.templates.${shape}File` as UiKey)}.xlsx`);
		} catch {
			onError();
		}
	};
	return (
		<fieldset className="course-analyzer__templates">
			<legend>{t('analyzer.templates.legend')}</legend>
			<p>{t('analyzer.templates.intro')}</p>
			{(['customers', 'transactions'] as const).map((shape) => (
				<p key={shape}>
					<button type="button" onClick={() => csv(shape)}>
						{t(`analyzer.templates.${shape}Csv` as UiKey)}
					</button>{' '}
					<button type="button" onClick={() => void xlsx(shape)}>
						{t(`analyzer.templates.${shape}Xlsx` as UiKey)}
					</button>
				</p>
			))}
		</fieldset>
	);
}
