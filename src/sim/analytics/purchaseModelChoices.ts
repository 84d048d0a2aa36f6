/**
 * The purchase models an analyst can choose, apart from their maths: the analyzer page's model picker imports only
 * this, so the fitting code stays in the worker's bundle.
 */

/** Which purchase model: BG/NBD (Fader, Hardie & Lee 2005) or MBG/NBD (Batislam et al. 2007). */
export type PurchaseModelKind = 'bgnbd' | 'mbgnbd';
/** What the analyst asks for: one model, or `auto` for the one with the higher log-likelihood. */
export type PurchaseModelChoice = PurchaseModelKind | 'auto';
export const purchaseModelChoices: readonly PurchaseModelChoice[] = ['bgnbd', 'mbgnbd', 'auto'];
