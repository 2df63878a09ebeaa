import { nonNegative } from "./checks";

/**
 * MSP.SLA.TOTAL — the month's credits, capped at the at-risk amount:
 * MIN(Σ credits, monthly_fee × at_risk_pct). Non-numeric cells are left out by the caller.
 */
export function total(credits: readonly number[], monthlyFee: number, atRiskPct: number): number {
  nonNegative(monthlyFee, "monthly_fee");
  nonNegative(atRiskPct, "at_risk_pct");
  let sum = 0;
  for (const c of credits) sum += c;
  return Math.min(sum, monthlyFee * atRiskPct);
}
