/**
 * Fetches and registers every scenario of the course, once: free play carries only its first scenario in the page
 * and loads the others when the learner picks one. A failed fetch (offline before the service worker has the file)
 * is forgotten, so the next pick tries again.
 */
let loading: Promise<void> | null = null;

export function loadScenarioCatalog(): Promise<void> {
	loading ??= import('../../sim/scenarios/scenarioCatalog.ts').then(
		() => undefined,
		(error: unknown) => {
			loading = null;
			throw error;
		},
	);
	return loading;
}
