import * as XLSX from '@e965/xlsx';
import { describe, expect, test } from 'vitest';
import { progressExportTable } from '../../../src/progress/progressExport.ts';
import type { Progress } from '../../../src/progress/progressFormat.ts';
import { writeXlsx } from '../../../src/sim/format/writeXlsx.ts';

const progress: Progress = {
	version: 1,
	lessons: {
		'lectures/01': { quiz: { score: 4, total: 5, passed: true, at: '2024-03-05T09:30:00.000Z' } },
		'lectures/02': {
			quiz: { score: 2, total: 5, passed: false, at: '2024-03-06T10:00:00.000Z' },
			lab: { done: true, at: '2024-03-07T15:00:00.000Z' },
		},
	},
};
const lessons = [
	{ id: 'lectures/01', title: '第一讲', requirements: { quiz: true, lab: false } },
	{ id: 'lectures/02', title: '第二讲', requirements: { quiz: true, lab: true } },
	{ id: 'constructor', title: '第三讲', requirements: { quiz: true, lab: true } },
];

describe('progressExportTable', () => {
	test('returns one row per lesson with scores, result and status codes, and UTC days of each result', () => {
		const table = progressExportTable(progress, lessons);
		expect(table.rows).toEqual([
			['第一讲', 4, 5, 'passed', 19787, null, 'completed'],
			['第二讲', 2, 5, 'notPassed', 19788, 19789, 'inProgress'],
			['第三讲', null, null, null, null, null, 'notStarted'],
		]);
	});

	test('writes real number and date cells', async () => {
		const table = progressExportTable(progress, lessons);
		const blob = await writeXlsx([{ name: 'progress', headers: table.columns.map((c) => c.id), table }]);
		const book = XLSX.read(new Uint8Array(await blob.arrayBuffer()), { type: 'array', cellNF: true });
		const ws = book.Sheets.progress as XLSX.WorkSheet;
		expect(ws.B2).toMatchObject({ t: 'n', v: 4 });
		expect(ws.E2?.t).toBe('n');
		expect(XLSX.SSF.is_date(String(ws.E2?.z))).toBe(true);
		// 45356 is 2024-03-05 as an Excel serial.
		expect(ws.E2?.v).toBe(45356);
	});
});
