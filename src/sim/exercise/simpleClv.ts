/**
 * Customer lifetime value with a constant margin m per period, received at the end of each period, retention r and
 * discount rate d: CLV = m·r / (1 + d − r) (the geometric series Σ m·rᵗ/(1+d)ᵗ, t ≥ 1).
 */
export function simpleClv(margin: number, retention: number, discountRate: number): number {
	return (margin * retention) / (1 + discountRate - retention);
}
