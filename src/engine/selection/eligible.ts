import { gatePasses } from "./gate";

/**
 * Which providers take part (the optional `eligible` argument of MSP.TOPSIS and
 * MSP.FLIPWEIGHTS, e.g. the scorecard's "after must-haves" row): a number, TRUE, or the text
 * yes / pass / y (any case) is eligible; FALSE, a blank and any other text ("Excluded", "no") are
 * not. Without the argument every provider is eligible.
 */
export function eligibleProviders(
  eligible: readonly unknown[] | null,
  providers: number
): boolean[] {
  if (eligible === null) return new Array<boolean>(providers).fill(true);
  return Array.from({ length: providers }, (_, p) => {
    const cell = eligible[p];
    return (typeof cell === "number" && Number.isFinite(cell)) || gatePasses(cell);
  });
}
