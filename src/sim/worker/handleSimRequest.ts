import { forecastRemaining, playExercise, referenceResults, sessionFor } from '../exercise/exerciseSteps.ts';
import { nameCustomers } from '../portfolio/nameCustomers.ts';
import { registeredScenarios, registerScenarios } from '../scenarios/scenarioRegistry.ts';
import type { SimWorkerKind, SimWorkerRequests } from './simWorkerProtocol.ts';

/**
 * Answers one request of the simulation worker protocol. It runs in the worker, and on the page itself where no
 * worker can start, so both paths compute with the same code.
 */
export async function handleSimRequest<K extends SimWorkerKind>(
	kind: K,
	input: SimWorkerRequests[K]['input'],
): Promise<SimWorkerRequests[K]['output']> {
	switch (kind) {
		case 'scenarios': {
			registerScenarios(input as SimWorkerRequests['scenarios']['input']);
			return { registered: registeredScenarios().length } as SimWorkerRequests[K]['output'];
		}
		case 'generate': {
			const config = input as SimWorkerRequests['generate']['input'];
			return { size: sessionFor(config).portfolio.size } as SimWorkerRequests[K]['output'];
		}
		case 'play': {
			const { config, tiering, decisions } = input as SimWorkerRequests['play']['input'];
			return playExercise(config, tiering, decisions) as SimWorkerRequests[K]['output'];
		}
		case 'references': {
			const { config, tiering, rounds } = input as SimWorkerRequests['references']['input'];
			return referenceResults(config, tiering, rounds) as SimWorkerRequests[K]['output'];
		}
		case 'forecast': {
			const { config, tiering, decisions, draft } = input as SimWorkerRequests['forecast']['input'];
			return forecastRemaining(config, tiering, decisions, draft) as SimWorkerRequests[K]['output'];
		}
		case 'names': {
			const { config, locale } = input as SimWorkerRequests['names']['input'];
			return (await nameCustomers(sessionFor(config).portfolio, locale)) as SimWorkerRequests[K]['output'];
		}
		default:
			throw new Error(`unknown request "${String(kind)}"`);
	}
}
