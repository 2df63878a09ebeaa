import { div0Error, numError } from "../errors";
import { clamp } from "../numeric";

/**
 * MSP.NORMALIZE — `scale × (value − worst)/(best − worst)`, clamped to [0, scale].
 * Works both ways: for lower-is-better raw values pass worst > best. best = worst: `#DIV/0!`.
 */
export function normalize(value: number, worst: number, best: number, scale = 1): number {
  if (scale < 0) numError(`scale: must not be negative (${scale})`);
  if (best === worst) div0Error("best equals worst");
  return clamp((scale * (value - worst)) / (best - worst), 0, scale);
}
