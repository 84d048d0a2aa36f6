import * as XLSX from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';

/**
 * Workbooks for the import tests, built in memory with SheetJS's writer so every case is visible in the test that
 * uses it. `sheet()` takes rows of cell values; a `{ v, z }` object is a number in an Excel number format (a date
 * serial with `yyyy-mm-dd`), `{ v, f }` a formula with its cached result.
 */
export type FixtureCell = string | number | boolean | null | { v: number | string; z?: string; f?: string };

export function sheet(rows: FixtureCell[][], merges: XLSX.Range[] = []): XLSX.WorkSheet {
	const ws: XLSX.WorkSheet = {};
	let maxC = 0;
	rows.forEach((row, r) => {
		row.forEach((value, c) => {
			if (value === null) return;
			maxC = Math.max(maxC, c);
			const ref = XLSX.utils.encode_cell({ r, c });
			if (typeof value === 'object') {
				ws[ref] = {
					t: typeof value.v === 'number' ? 'n' : 's',
					v: value.v,
					...(value.z ? { z: value.z } : {}),
					...(value.f ? { f: value.f } : {}),
				};
			} else ws[ref] = { t: typeof value === 'number' ? 'n' : typeof value === 'boolean' ? 'b' : 's', v: value };
		});
	});
	ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: maxC } });
	if (merges.length) ws['!merges'] = merges;
	return ws;
}

/** An .xlsx (or .xls with `bookType: 'biff8'`) of the given sheets, as bytes. */
export function workbook(sheets: Record<string, XLSX.WorkSheet>, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
	const wb = XLSX.utils.book_new();
	for (const [name, ws] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, ws, name);
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

/** A minimal valid .xlsx whose first sheet's XML is given as is, for cases SheetJS's writer would never produce. */
export function rawXlsx(sheetXml: string, level: 0 | 1 | 9 = 1): Uint8Array {
	return zipSync(
		{
			'[Content_Types].xml': strToU8(
				'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
			),
			'_rels/.rels': strToU8(
				'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
			),
			'xl/workbook.xml': strToU8(
				'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
			),
			'xl/_rels/workbook.xml.rels': strToU8(
				'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
			),
			'xl/worksheets/sheet1.xml': strToU8(sheetXml),
		},
		{ level },
	);
}

/** Rewrites the uncompressed size every central-directory entry declares (offset 24 of each 46-byte header). */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
	const out = zip.slice();
	const view = new DataView(out.buffer);
	for (let p = 0; p < out.length - 46; p++) {
		if (view.getUint32(p, true) !== 0x02014b50) continue;
		const nameLength = view.getUint16(p + 28, true);
		if (new TextDecoder().decode(out.subarray(p + 46, p + 46 + nameLength)) === name)
			view.setUint32(p + 24, size, true);
	}
	return out;
}
