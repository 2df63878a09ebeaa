import { Direction, misses } from "../direction";
import { nonNegative } from "./checks";

/**
 * MSP.SLA.CREDIT — the service-level credit of one period under an at-risk-amount model:
 * at_risk_amount × allocation × pool_allocation when the actual misses the minimum level,
 * else 0. Example (Texas DIR data-center services): $10,000 at risk × 40% × 50% = $2,000.
 */
export function credit(
  actual: number,
  minimum: number,
  atRiskAmount: number,
  allocation: number,
  poolAllocation = 1,
  direction: Direction = "higher"
): number {
  nonNegative(atRiskAmount, "at_risk_amount");
  nonNegative(allocation, "allocation");
  nonNegative(poolAllocation, "pool_allocation");
  return misses(actual, minimum, direction) ? atRiskAmount * allocation * poolAllocation : 0;
}
