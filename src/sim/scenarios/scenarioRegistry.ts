import type { Scenario } from './scenarioSchema.ts';

/**
 * The scenarios this program knows, by id. Node code (the CLI, the build, tests) registers the whole catalog by
 * importing `scenarioCatalog.ts`; a lesson page registers only the scenarios its lab uses, which the page passes in
 * as props, so the eight scenario files (about 17 KB gzipped) are not in every lab's JavaScript. The simulation
 * worker is sent what the page has registered (see `simWorkerClient.ts`).
 */
const registry = new Map<string, Scenario>();
const listeners = new Set<(scenario: Scenario) => void>();

/** Adds scenarios to the registry (a scenario already there under the same id is replaced). */
export function registerScenarios(list: readonly Scenario[]): void {
	for (const scenario of list) {
		if (registry.get(scenario.id) === scenario) continue;
		registry.set(scenario.id, scenario);
		for (const listener of listeners) listener(scenario);
	}
}

/** The registered scenario with this id, or undefined. */
export function findScenario(id: string): Scenario | undefined {
	return registry.get(id);
}

/** Every registered scenario, in the order of registration. */
export function registeredScenarios(): Scenario[] {
	return [...registry.values()];
}

/**
 * Calls `listener` for every scenario registered from now on, and for those already registered; returns how to stop.
 * The worker client uses it to forward the page's scenarios to the worker.
 */
export function onScenarioRegistered(listener: (scenario: Scenario) => void): () => void {
	for (const scenario of registry.values()) listener(scenario);
	listeners.add(listener);
	return () => listeners.delete(listener);
}
