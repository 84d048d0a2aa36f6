import type { ComponentType } from 'react';
import { AllocationPanel } from './AllocationPanel.tsx';
import { DebriefView } from './DebriefView.tsx';
import type { LabStep } from './LabUi.ts';
import { PortfolioExplorer } from './PortfolioExplorer.tsx';
import { RoundReview } from './RoundReview.tsx';
import { TierBuilder } from './TierBuilder.tsx';

/**
 * The island each lab step shows. One line per island, so islands can be added without touching the lab shell;
 * a step without an island runs on the scenario's defaults.
 */
export const stepViews: Partial<Record<LabStep, ComponentType>> = {
	portfolio: PortfolioExplorer,
	tier: TierBuilder,
	allocate: AllocationPanel,
	review: RoundReview,
	debrief: DebriefView,
};
