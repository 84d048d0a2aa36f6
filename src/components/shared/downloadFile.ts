/** Offers a Blob to the user as a download named `fileName`; the object URL is released once the click has used it. */
export function downloadFile(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
