import { type ComponentType, lazy } from 'react';
import type { LabStep } from './LabUi.ts';

/**
 * The island each lab step shows, loaded when the step is first shown: a lesson that only allocates never downloads
 * the tier builder or the portfolio explorer. One line per island, so islands can be added without touching the
 * lab shell; a step without an island runs on the scenario's defaults.
 */
export const stepViews: Partial<Record<LabStep, ComponentType>> = {
	portfolio: lazy(() => import('./PortfolioExplorer.tsx').then((m) => ({ default: m.PortfolioExplorer }))),
	tier: lazy(() => import('./TierBuilder.tsx').then((m) => ({ default: m.TierBuilder }))),
	allocate: lazy(() => import('./AllocationPanel.tsx').then((m) => ({ default: m.AllocationPanel }))),
	review: lazy(() => import('./RoundReview.tsx').then((m) => ({ default: m.RoundReview }))),
	debrief: lazy(() => import('./DebriefView.tsx').then((m) => ({ default: m.DebriefView }))),
};
