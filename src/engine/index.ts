/** The MSP Scorecard maths: every formula of the function reference (docs/functions.md), once. Pure TypeScript, no Office. */
export { EngineError } from "./errors";
export type { ErrorKind } from "./errors";
export { parseDirection, misses } from "./direction";
export type { Direction } from "./direction";
export { percent, percentEntry, round9 } from "./numeric";

export { score, scores, parseMissing } from "./selection/score";
export type { MissingRule } from "./selection/score";
export { normalize } from "./selection/normalize";
export { priceScore, lowestBid, parsePriceMethod } from "./selection/priceScore";
export type { PriceMethod } from "./selection/priceScore";
export { gate, gatePasses } from "./selection/gate";
export {
  ahpWeights,
  ahpConsistencyRatio,
  ahpCombine,
  completePairwise,
  CR_LIMIT,
  RANDOM_INDEX,
} from "./selection/ahp";
export { topsis } from "./selection/topsis";
export { eligibleProviders } from "./selection/eligible";
export { flipWeights } from "./selection/flipWeights";
export { normalizedWeights } from "./selection/weights";

export { attainment } from "./kpi/attainment";
export { status, DEFAULT_TOLERANCE } from "./kpi/status";
export type { Rag } from "./kpi/status";
export { trend } from "./kpi/trend";
export type { Trend } from "./kpi/trend";
export { ytd, parseYtdMethod } from "./kpi/ytd";
export type { YtdMethod } from "./kpi/ytd";

export { credit } from "./sla/credit";
export { credits, DEFAULT_REPEAT_LIMIT, DEFAULT_WINDOW } from "./sla/credits";
export type { PerPeriod } from "./sla/checks";
export { tierCredit } from "./sla/tierCredit";
export { linearCredit } from "./sla/linearCredit";
export { points } from "./sla/points";
export { total } from "./sla/total";
export { earnback, parseEarnbackTiming } from "./sla/earnback";
export type { EarnbackTiming } from "./sla/earnback";
export { incentive } from "./sla/incentive";
export { improve } from "./sla/improve";
