import { useEffect, useState } from 'react';

/**
 * Whether another tab or window of this browser has the same `channel` open (the same team of the same session):
 * each tab says hello on a BroadcastChannel when it opens, answers every hello, and says goodbye when it closes.
 * Their saves are reconciled by the lab (see `useLabPersistence`); this only lets the team know. Browsers without
 * BroadcastChannel report none.
 */
export function useOtherTabs(channel: string): boolean {
	const [others, setOthers] = useState(0);
	useEffect(() => {
		if (typeof BroadcastChannel === 'undefined') return;
		const me = `${Date.now()}-${Math.random()}`;
		const seen = new Set<string>();
		const bus = new BroadcastChannel(channel);
		const update = () => setOthers(seen.size);
		bus.onmessage = (event: MessageEvent<{ kind?: unknown; tab?: unknown }>) => {
			const { kind, tab } = event.data ?? {};
			if (typeof tab !== 'string' || tab === me) return;
			if (kind === 'bye') seen.delete(tab);
			else seen.add(tab);
			if (kind === 'hello') bus.postMessage({ kind: 'here', tab: me });
			update();
		};
		bus.postMessage({ kind: 'hello', tab: me });
		const bye = () => bus.postMessage({ kind: 'bye', tab: me });
		window.addEventListener('pagehide', bye);
		return () => {
			window.removeEventListener('pagehide', bye);
			bye();
			bus.close();
		};
	}, [channel]);
	return others > 0;
}
