/**
 * Custom functions for service-level credits, caps, earn-back and bonuses (docs/functions.md,
 * "Penalties and incentives"). Thin wrappers over src/engine/sla/. A blank actual gives "".
 */
import * as engine from "../engine";
import { valueError } from "../engine/errors";
import {
  elementwise,
  laidOutLike,
  levels,
  matrixOf,
  numbersOrBlanks,
  numericCells,
  option,
  optionalNumber,
  perPeriod,
  requiredNumber,
  requiredPerPeriod,
  seriesOf,
} from "./args";
import { blankIfNull, excel, toExcelError } from "./excel";

/**
 * Service-level credit of one period: at_risk_amount × allocation × pool_allocation when the actual misses the minimum, else 0.
 * @customfunction SLA.CREDIT
 * @param actual The period's measured service level, or a row of periods (one call for the row). Blank gives "".
 * @param minimum The minimum service level; missing it triggers the credit.
 * @param at_risk_amount The month's at-risk amount (e.g. 10% of the invoice): one cell, or one per period.
 * @param allocation This service level's share of the at-risk amount (a fraction).
 * @param [pool_allocation] The category's share of the pool (default 1).
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns The credit, or "" when actual is blank; one per period for a row.
 * @formula at_risk_amount × allocation × pool_allocation if actual misses minimum (higher: <,
 *   lower: >), else 0; blank actual → "".
 * @example =MSP.SLA.CREDIT(0.985,0.99,10000,0.4,0.5) → 2000
 *   Texas DIR example: $10,000 at risk (10% of $100,000) × 50% pool × 40% allocation = $2,000.
 * @source Texas Department of Information Resources, Data Center Services MSA, service level
 *   methodology (at-risk amount, pool and allocation percentages).
 * @spill like actual
 * @format #,##0
 */
export function slaCredit(
  actual: any[][],
  minimum: any,
  at_risk_amount: any[][],
  allocation: any,
  pool_allocation?: any,
  direction?: any
): any[][] {
  return excel(() => {
    const min = requiredNumber(minimum, "minimum");
    const atRisk = perPeriod(at_risk_amount, "at_risk_amount", actual);
    const alloc = requiredNumber(allocation, "allocation");
    const pool = optionalNumber(pool_allocation, "pool_allocation") ?? undefined;
    const d = engine.parseDirection(option(direction, "direction"));
    return elementwise(
      actual,
      "actual",
      (a, r, c) => {
        const amount = atRisk(r, c);
        return amount === null ? "" : engine.credit(a, min, amount, alloc, pool, d);
      },
      toExcelError
    );
  });
}

/**
 * Credit of each period with service-level-default rules: a default is a miss of the minimum, or repeated misses of the expected level in a rolling window.
 * @customfunction SLA.CREDITS
 * @param actuals The monthly service levels, a row or a column; blank months give "".
 * @param expected The expected service level: one cell, or one per period like actuals (each contract year's level).
 * @param minimum The minimum service level: one cell, or one per period like actuals.
 * @param at_risk_amount The month's at-risk amount.
 * @param allocation This service level's share of the at-risk amount (a fraction).
 * @param [repeat_limit] Misses of expected within the window that make a default (default 4).
 * @param [window] The rolling window in periods (default 12).
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns Each period's credit, laid out like actuals.
 * @formula Default in period t: misses minimum, or misses expected with ≥ repeat_limit (4)
 *   misses of expected in the last `window` (12) reported periods. Credit = at_risk_amount ×
 *   allocation.
 * @example =MSP.SLA.CREDITS({0.999,0.985,0.995,0.995},0.999,0.99,10000,0.2,3) → {0,2000,0,2000}
 *   Month 2 misses the minimum; month 4 is the third miss of the expected level in the window.
 * @source Service level defaults in large outsourcing contracts (e.g. Texas DIR Data Center
 *   Services MSA).
 * @spill like actuals
 * @format #,##0
 */
export function slaCredits(
  actuals: any[][],
  expected: any[][],
  minimum: any[][],
  at_risk_amount: any,
  allocation: any,
  repeat_limit?: any,
  window?: any,
  direction?: any
): any[][] {
  return excel(() => {
    const series = seriesOf(actuals, "actuals");
    const result = engine.credits(
      numbersOrBlanks(series.cells, "actuals"),
      levels(expected, "expected", series),
      levels(minimum, "minimum", series),
      requiredNumber(at_risk_amount, "at_risk_amount"),
      requiredNumber(allocation, "allocation"),
      optionalNumber(repeat_limit, "repeat_limit") ?? undefined,
      optionalNumber(window, "window") ?? undefined,
      engine.parseDirection(option(direction, "direction"))
    );
    return laidOutLike(series, result.map(blankIfNull));
  });
}

/**
 * Tier-table credit: the credit % of the most severe tier the actual breaches (× fee when given); 0 when none.
 * @customfunction SLA.TIERCREDIT
 * @param actual The period's measured service level, or a row of periods (one call for the row). Blank gives "".
 * @param thresholds The tier thresholds, in any order.
 * @param credit_pcts The credit of each tier (a fraction of the fee), the same size as thresholds.
 * @param [fee] The month's fee (one cell, or one per period); when given the result is money, otherwise a fraction.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns The credit, or "" when actual is blank; one per period for a row.
 * @formula A tier is breached when actual < threshold (lower: >); the most severe breached
 *   tier's credit, × fee when given.
 * @example =MSP.SLA.TIERCREDIT(0.985,{0.9999;0.99;0.95},{0.1;0.3;1},50000) → 15000
 *   98.5% availability is below 99.99% and 99%: the 30% tier applies, 30% of a $50,000 fee.
 * @source Service-credit tier tables of public cloud SLAs (e.g. Microsoft Online Services and
 *   AWS service level agreements).
 * @spill like actual
 * @format #,##0
 */
export function slaTierCredit(
  actual: any[][],
  thresholds: any[][],
  credit_pcts: any[][],
  fee?: any[][],
  direction?: any
): any[][] {
  return excel(() => {
    const th = numbersOrBlanks(thresholds, "thresholds");
    const pcts = numbersOrBlanks(credit_pcts, "credit_pcts");
    const f = fee === null || fee === undefined ? () => null : perPeriod(fee, "fee", actual);
    const d = engine.parseDirection(option(direction, "direction"));
    return elementwise(
      actual,
      "actual",
      (a, r, c) => engine.tierCredit(a, th, pcts, f(r, c), d),
      toExcelError
    );
  });
}

/**
 * Linear credit: rate × the shortfall below target (only full steps when step is given), at most cap.
 * @customfunction SLA.LINEARCREDIT
 * @param actual The period's measured service level, or a row of periods (one call for the row). Blank gives "".
 * @param target The target service level: one cell, or one per period like actual (each contract year's level).
 * @param rate Credit per unit of shortfall (1 = one point of charges per point below target).
 * @param [step] Count only full steps of this size.
 * @param [cap] The largest credit.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns The credit as a fraction of charges, or "" when actual is blank; one per period for a row.
 * @formula shortfall = max(0, target − actual) (lower: actual − target); with step:
 *   floor(shortfall/step)×step; credit = min(rate × shortfall, cap).
 * @example =MSP.SLA.LINEARCREDIT(0.75,0.98,1) → 0.23
 *   23 points below target at 1% of charges per point: a 23% credit.
 * @source Per-percentage-point service credits common in MSP contracts.
 * @spill like actual
 * @format 0.0%
 */
export function slaLinearCredit(
  actual: any[][],
  target: any[][],
  rate: any,
  step?: any,
  cap?: any,
  direction?: any
): any[][] {
  return excel(() => {
    const t = requiredPerPeriod(target, "target", actual);
    const r = requiredNumber(rate, "rate");
    const s = optionalNumber(step, "step");
    const c = optionalNumber(cap, "cap");
    const d = engine.parseDirection(option(direction, "direction"));
    return elementwise(
      actual,
      "actual",
      (a, row, col) => engine.linearCredit(a, t(row, col), r, s, c, d),
      toExcelError
    );
  });
}

/**
 * Service points per period: one point per band of shortfall (at most max_points), doubled when the previous period also failed.
 * @customfunction SLA.POINTS
 * @param actuals The monthly service levels, a row or a column; blank months give "" and break a repeat run.
 * @param target The target service level: one cell, or one per period like actuals (each contract year's level).
 * @param band The size of one band of shortfall.
 * @param max_points The most points one period can score before doubling.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns Each period's points, laid out like actuals.
 * @formula 0 when the target is met; else min(max_points, ceil(shortfall/band)), × 2 when the
 *   previous period also scored points.
 * @example =MSP.SLA.POINTS({96.5,98.5,96.5},99,1,4) → {3,2,6}
 *   Consecutive failures double: 3, then 2×1, then 2×3.
 * @source UK Government Model Services Contract (Cabinet Office), service credits schedule.
 * @spill like actuals
 */
export function slaPoints(
  actuals: any[][],
  target: any[][],
  band: any,
  max_points: any,
  direction?: any
): any[][] {
  return excel(() => {
    const series = seriesOf(actuals, "actuals");
    const result = engine.points(
      numbersOrBlanks(series.cells, "actuals"),
      levels(target, "target", series),
      requiredNumber(band, "band"),
      requiredNumber(max_points, "max_points"),
      engine.parseDirection(option(direction, "direction"))
    );
    return laidOutLike(series, result.map(blankIfNull));
  });
}

/**
 * The month's total credit, capped at the at-risk amount: MIN(sum of credits, monthly_fee × at_risk_pct).
 * @customfunction SLA.TOTAL
 * @param credits The month's credits (blanks and text are ignored), or service levels × periods.
 * @param monthly_fee The month's invoice amount, or one per period (a row, like the credits' columns).
 * @param at_risk_pct The at-risk percentage (a fraction, e.g. 0.1).
 * @returns The capped total credit; one per period for a row of fees.
 * @formula MIN(Σ numeric credits, monthly_fee × at_risk_pct).
 * @example =MSP.SLA.TOTAL({2000,4000,7000},100000,0.1) → 10000
 *   13,000 of credits are capped at the 10% at-risk amount, 10,000.
 * @source At-risk amount as the monthly cap on service credits (typically 10–12%, up to 15%, of
 *   the invoice).
 * @spill row as wide as monthly_fee
 * @format #,##0
 */
export function slaTotal(credits: any[][], monthly_fee: any[][], at_risk_pct: any): any[][] {
  return excel(() => {
    const pct = requiredNumber(at_risk_pct, "at_risk_pct");
    const fees = matrixOf(monthly_fee, "monthly_fee");
    if (fees.length === 1 && fees[0].length === 1)
      return [[engine.total(numericCells(credits), requiredNumber(fees, "monthly_fee"), pct)]];
    // One capped total per period: credits are service levels × periods, fees one row.
    const m = matrixOf(credits, "credits");
    if (fees.length !== 1 || fees[0].length !== m[0].length)
      return valueError(
        `monthly_fee: one cell, or one row of ${m[0].length} periods like credits (got ${fees.length} × ${fees[0].length})`
      );
    return [
      fees[0].map((_, p) =>
        engine.total(
          numericCells(m.map((row) => row[p])),
          requiredNumber(fees[0][p], `monthly_fee: period ${p + 1}`),
          pct
        )
      ),
    ];
  });
}

/**
 * Credit earned back per period: a period's credit comes back when the following months all meet the expected level.
 * @customfunction SLA.EARNBACK
 * @param credits Each period's credit, a row or a column.
 * @param actuals Each period's service level, the same size as credits.
 * @param expected The expected service level: one cell, or one per period like credits (each contract year's level).
 * @param [months] How many following periods must meet expected (default 3).
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @param [timing] "credit" (default): shown in the credit's own period; "earned": booked in the period it is earned, for the invoice.
 * @returns Each period's earned-back amount ("" while not yet decided or reported), laid out like credits.
 * @formula Credit of t when the `months` (3) periods after t all meet expected; 0 if one
 *   misses; "" until they are reported. timing "earned": booked in period t + months instead.
 * @example =MSP.SLA.EARNBACK({2000,0,0,0},{0.985,0.999,0.999,0.999},0.998,3,"higher","earned") → {0,0,0,2000}
 *   Three good months after January's miss earn its $2,000 credit back, on April's invoice.
 * @source Earn-back provisions of outsourcing service level agreements.
 * @spill like credits
 * @format #,##0
 */
export function slaEarnback(
  credits: any[][],
  actuals: any[][],
  expected: any[][],
  months?: any,
  direction?: any,
  timing?: any
): any[][] {
  return excel(() => {
    const series = seriesOf(credits, "credits");
    const result = engine.earnback(
      numbersOrBlanks(series.cells, "credits"),
      numbersOrBlanks(actuals, "actuals"),
      levels(expected, "expected", series),
      optionalNumber(months, "months") ?? undefined,
      engine.parseDirection(option(direction, "direction")),
      engine.parseEarnbackTiming(option(timing, "timing"))
    );
    return laidOutLike(series, result.map(blankIfNull));
  });
}

/**
 * Performance bonus, linear from 0 at target to max_bonus at stretch.
 * @customfunction SLA.INCENTIVE
 * @param actual The period's measured service level, or a row of periods (one call for the row). Blank gives "".
 * @param target The level at which the bonus starts: one cell, or one per period like actual (each contract year's).
 * @param stretch The level that earns the whole bonus (below target for lower-is-better): one cell, or one per period.
 * @param max_bonus The largest bonus.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns The bonus, or "" when actual is blank.
 * @formula max_bonus × clamp((actual − target)/(stretch − target), 0, 1); stretch = target →
 *   #DIV/0!.
 * @example =MSP.SLA.INCENTIVE(0.9995,0.999,1,5000) → 2500
 *   Halfway from the 99.9% target to the 100% stretch earns half the bonus.
 * @source Performance incentives in performance-based service contracts (US FAR subpart 37.6).
 * @spill like actual
 * @format #,##0
 */
export function slaIncentive(
  actual: any[][],
  target: any[][],
  stretch: any[][],
  max_bonus: any,
  direction?: any
): any[][] {
  return excel(() => {
    const t = requiredPerPeriod(target, "target", actual);
    const s = requiredPerPeriod(stretch, "stretch", actual);
    const m = requiredNumber(max_bonus, "max_bonus");
    const d = engine.parseDirection(option(direction, "direction"));
    return elementwise(
      actual,
      "actual",
      (a, row, col) => engine.incentive(a, t(row, col), s(row, col), m, d),
      toExcelError
    );
  });
}

/**
 * Next period's expected level under continuous improvement: if the last 12 actuals all beat the level, it rises halfway to their average.
 * @customfunction SLA.IMPROVE
 * @param level The current expected level (a fraction, higher is better).
 * @param actuals The actuals so far, a row or a column; at least 12 reported are needed.
 * @param [max_step] The largest rise as a share of the remaining gap to 100%.
 * @returns The next expected level.
 * @formula With ≥ 12 actuals all strictly above level: level + (average of the last 12 −
 *   level)/2, the rise at most max_step × (1 − level); else level.
 * @example =MSP.SLA.IMPROVE(0.99,{0.996,0.996,0.996,0.996,0.996,0.996,0.996,0.996,0.996,0.996,0.996,0.996}) → 0.993
 *   A year at 99.6% raises the expected level from 99.0% to 99.3%.
 * @source Continuous improvement of service levels in large outsourcing contracts (e.g. Texas
 *   DIR Data Center Services MSA).
 * @format 0.0%
 */
export function slaImprove(level: any, actuals: any[][], max_step?: any): number {
  return excel(() =>
    engine.improve(
      requiredNumber(level, "level"),
      numbersOrBlanks(actuals, "actuals"),
      optionalNumber(max_step, "max_step")
    )
  );
}
