import { useId, useState } from 'react';
import { checkText } from '../../../i18n/checkText.ts';
import type { Translate } from '../../../i18n/uiStrings.ts';
import type { HandInItem } from '../../../sim/workshop/admitHandIns.ts';
import { extractCodes } from '../../../sim/workshop/extractCodes.ts';
import { failure } from '../../../sim/workshop/shareCode.ts';
import { MAX_RESULT_FILE_BYTES } from '../../../sim/workshop/teamResult.ts';

/**
 * The ways in for hand-ins: files dropped on the box or chosen with its button, and a text box for codes, pasted one
 * per line or as whole chat messages (the codes are picked out of the words around them).
 */
export function HandInImport({
	t,
	onItems,
	onRefused,
}: {
	t: Translate;
	onItems: (items: HandInItem[]) => Promise<void>;
	onRefused: (text: string) => void;
}) {
	const ids = { files: useId(), paste: useId() };
	const [text, setText] = useState('');

	const readFiles = async (files: FileList | File[]) => {
		const items: HandInItem[] = [];
		for (const file of Array.from(files)) {
			if (file.size > MAX_RESULT_FILE_BYTES) {
				const reason = checkText(t, failure('tooLarge', `${file.size}`));
				onRefused(t('workshop.debrief.rejected', { name: file.name, reason }));
				continue;
			}
			items.push({ name: file.name, text: await file.text() });
		}
		await onItems(items);
	};

	return (
		<>
			{/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the file input inside is the keyboard's way in. */}
			<div
				className="workshop-drop workshop-noprint"
				onDragOver={(e) => e.preventDefault()}
				onDrop={(e) => {
					e.preventDefault();
					readFiles(e.dataTransfer.files);
				}}
			>
				<p>
					{t('workshop.debrief.drop')}{' '}
					<label htmlFor={ids.files} className="workshop-button">
						{t('workshop.debrief.chooseFiles')}
					</label>
				</p>
				<input
					id={ids.files}
					className="sr-only"
					type="file"
					multiple
					accept=".json,.txt,application/json,text/plain"
					onChange={(e) => {
						if (e.target.files) readFiles(e.target.files).then(() => (e.target.value = ''));
					}}
				/>
			</div>
			<form
				className="workshop-paste workshop-noprint"
				onSubmit={(e) => {
					e.preventDefault();
					const codes = extractCodes(text);
					// An empty box still goes through the reader, which says there was nothing to import.
					const items = (codes.length ? codes : ['']).map((code, n) => ({
						name: t('workshop.debrief.pastedCode', { n: n + 1 }),
						text: code,
					}));
					setText('');
					onItems(items);
				}}
			>
				<label htmlFor={ids.paste}>{t('workshop.debrief.pasteLabel')}</label>
				<textarea id={ids.paste} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
				<button type="submit">{t('workshop.debrief.pasteButton')}</button>
			</form>
		</>
	);
}
