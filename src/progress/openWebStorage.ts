/**
 * The browser's localStorage when it can actually be written, or null. Private modes and strict policies either
 * throw on `window.localStorage` itself or accept reads and refuse writes, so a one-key probe tells them apart.
 */
export function openWebStorage(): Storage | null {
	try {
		const storage = window.localStorage;
		const probe = 'course:storage-probe';
		storage.setItem(probe, '1');
		storage.removeItem(probe);
		return storage;
	} catch {
		return null;
	}
}
