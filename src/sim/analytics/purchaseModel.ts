/**
 * BG/NBD and MBG/NBD behind one interface, so every diagnostic (holdout figures, heat maps, P(n purchases)) is
 * written once for either model, and the analyst or the likelihood picks which.
 */
import {
	type BgnbdData,
	type BgnbdFit,
	type BgnbdFitOptions,
	type BgnbdParams,
	bgnbdConditionalExpectedPurchases,
	bgnbdExpectedPurchases,
	bgnbdProbabilityAlive,
	fitBgnbd,
} from './bgnbd.ts';
import {
	fitMbgnbd,
	mbgnbdConditionalExpectedPurchases,
	mbgnbdExpectedPurchases,
	mbgnbdProbabilityAlive,
} from './mbgnbd.ts';

import type { PurchaseModelChoice, PurchaseModelKind } from './purchaseModelChoices.ts';

export { type PurchaseModelChoice, type PurchaseModelKind, purchaseModelChoices } from './purchaseModelChoices.ts';

/** A purchase model with its parameters: what the prediction functions below take. */
export interface PurchaseModel {
	kind: PurchaseModelKind;
	params: BgnbdParams;
}

/** P(alive | x, t_x, T) under the model. */
export function probabilityAlive(model: PurchaseModel, x: number, tx: number, T: number): number {
	return model.kind === 'bgnbd'
		? bgnbdProbabilityAlive(model.params, x, tx, T)
		: mbgnbdProbabilityAlive(model.params, x, tx, T);
}

/** E[X(t)] of a customer just acquired: repeat purchases expected in the first t time units. */
export function expectedPurchases(model: PurchaseModel, t: number): number {
	return model.kind === 'bgnbd' ? bgnbdExpectedPurchases(model.params, t) : mbgnbdExpectedPurchases(model.params, t);
}

/** E[Y(t) | x, t_x, T]: purchases expected in the next t time units of a customer with this history. */
export function conditionalExpectedPurchases(
	model: PurchaseModel,
	t: number,
	x: number,
	tx: number,
	T: number,
): number {
	return model.kind === 'bgnbd'
		? bgnbdConditionalExpectedPurchases(model.params, t, x, tx, T)
		: mbgnbdConditionalExpectedPurchases(model.params, t, x, tx, T);
}

/** Fits one model by maximum likelihood. */
export function fitPurchaseModel(kind: PurchaseModelKind, data: BgnbdData, options?: BgnbdFitOptions): BgnbdFit {
	return kind === 'bgnbd' ? fitBgnbd(data, options) : fitMbgnbd(data, options);
}

/** What selectPurchaseModel returns: the model to use, its fit and who chose it. */
export interface PurchaseModelSelection {
	model: PurchaseModel;
	fit: BgnbdFit;
	chosenBy: 'analyst' | 'logLikelihood';
}

/**
 * Returns the model the analyst chose, or for `auto` the fitted one with the higher log-likelihood (a tie keeps
 * BG/NBD). The two have four parameters each, so the likelihood comparison is also an AIC or BIC comparison.
 * Throws a RangeError when the fit the choice needs is missing.
 */
export function selectPurchaseModel(
	choice: PurchaseModelChoice,
	fits: Partial<Record<PurchaseModelKind, BgnbdFit>>,
): PurchaseModelSelection {
	let kind: PurchaseModelKind;
	if (choice === 'auto') {
		const { bgnbd, mbgnbd } = fits;
		if (!bgnbd || !mbgnbd) throw new RangeError('choosing a purchase model by likelihood needs both fits');
		kind = mbgnbd.logLikelihood > bgnbd.logLikelihood ? 'mbgnbd' : 'bgnbd';
	} else kind = choice;
	const fit = fits[kind];
	if (!fit) throw new RangeError(`no ${kind} fit to select`);
	return { model: { kind, params: fit.params }, fit, chosenBy: choice === 'auto' ? 'logLikelihood' : 'analyst' };
}
