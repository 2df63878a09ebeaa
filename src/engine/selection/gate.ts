/**
 * MSP.GATE — must-have criteria. A gate passes when it is TRUE, 1, or the text yes / pass / y
 * (any case, surrounding spaces ignored); anything else, blank included, fails.
 */
export function gatePasses(gate: unknown): boolean {
  if (gate === true || gate === 1) return true;
  if (typeof gate !== "string") return false;
  const text = gate.trim().toLowerCase();
  return text === "yes" || text === "pass" || text === "y";
}

/** `total` when every gate passes, else the text "Excluded". */
export function gate<T>(total: T, gates: readonly unknown[]): T | "Excluded" {
  return gates.every(gatePasses) ? total : "Excluded";
}
