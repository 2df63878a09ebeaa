/**
 * Custom functions for service-level credits, caps, earn-back and bonuses (SPEC.md, "Penalties
 * and incentives"). Thin wrappers over src/engine/sla/. A blank actual gives "".
 */
import * as engine from "../engine";
import { valueError } from "../engine/errors";
import {
  elementwise,
  laidOutLike,
  matrixOf,
  numbersOrBlanks,
  numericCells,
  option,
  optionalNumber,
  perPeriod,
  requiredNumber,
  seriesOf,
} from "./args";
import { blankIfNull, excel, toExcelError } from "./excel";

/**
 * Service-level credit of one period: at_risk_amount × allocation × pool_allocation when the actual misses the minimum, else 0.
 * @customfunction SLA.CREDIT
 * @helpurl https://localhost:3000/help.html#MSP.SLA.CREDIT
 * @param actual The period's measured service level, or a row of periods (one call for the row). Blank gives "".
 * @param minimum The minimum service level; missing it triggers the credit.
 * @param at_risk_amount The month's at-risk amount (e.g. 10% of the invoice): one cell, or one per period.
 * @param allocation This service level's share of the at-risk amount (a fraction).
 * @param [pool_allocation] The category's share of the pool (default 1).
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns The credit, or "" when actual is blank; one per period for a row.
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
 * @helpurl https://localhost:3000/help.html#MSP.SLA.CREDITS
 * @param actuals The monthly service levels, a row or a column; blank months give "".
 * @param expected The expected service level.
 * @param minimum The minimum service level.
 * @param at_risk_amount The month's at-risk amount.
 * @param allocation This service level's share of the at-risk amount (a fraction).
 * @param [repeat_limit] Misses of expected within the window that make a default (default 4).
 * @param [window] The rolling window in periods (default 12).
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns Each period's credit, laid out like actuals.
 */
export function slaCredits(
  actuals: any[][],
  expected: any,
  minimum: any,
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
      requiredNumber(expected, "expected"),
      requiredNumber(minimum, "minimum"),
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
 * @helpurl https://localhost:3000/help.html#MSP.SLA.TIERCREDIT
 * @param actual The period's measured service level, or a row of periods (one call for the row). Blank gives "".
 * @param thresholds The tier thresholds, in any order.
 * @param credit_pcts The credit of each tier (a fraction of the fee), the same size as thresholds.
 * @param [fee] The month's fee (one cell, or one per period); when given the result is money, otherwise a fraction.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns The credit, or "" when actual is blank; one per period for a row.
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
 * @helpurl https://localhost:3000/help.html#MSP.SLA.LINEARCREDIT
 * @param actual The period's measured service level, or a row of periods (one call for the row). Blank gives "".
 * @param target The target service level.
 * @param rate Credit per unit of shortfall (1 = one point of charges per point below target).
 * @param [step] Count only full steps of this size.
 * @param [cap] The largest credit.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns The credit as a fraction of charges, or "" when actual is blank; one per period for a row.
 */
export function slaLinearCredit(
  actual: any[][],
  target: any,
  rate: any,
  step?: any,
  cap?: any,
  direction?: any
): any[][] {
  return excel(() => {
    const t = requiredNumber(target, "target");
    const r = requiredNumber(rate, "rate");
    const s = optionalNumber(step, "step");
    const c = optionalNumber(cap, "cap");
    const d = engine.parseDirection(option(direction, "direction"));
    return elementwise(
      actual,
      "actual",
      (a) => engine.linearCredit(a, t, r, s, c, d),
      toExcelError
    );
  });
}

/**
 * Service points per period: one point per band of shortfall (at most max_points), doubled when the previous period also failed.
 * @customfunction SLA.POINTS
 * @helpurl https://localhost:3000/help.html#MSP.SLA.POINTS
 * @param actuals The monthly service levels, a row or a column; blank months give "" and break a repeat run.
 * @param target The target service level.
 * @param band The size of one band of shortfall.
 * @param max_points The most points one period can score before doubling.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns Each period's points, laid out like actuals.
 */
export function slaPoints(
  actuals: any[][],
  target: any,
  band: any,
  max_points: any,
  direction?: any
): any[][] {
  return excel(() => {
    const series = seriesOf(actuals, "actuals");
    const result = engine.points(
      numbersOrBlanks(series.cells, "actuals"),
      requiredNumber(target, "target"),
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
 * @helpurl https://localhost:3000/help.html#MSP.SLA.TOTAL
 * @param credits The month's credits (blanks and text are ignored), or service levels × periods.
 * @param monthly_fee The month's invoice amount, or one per period (a row, like the credits' columns).
 * @param at_risk_pct The at-risk percentage (a fraction, e.g. 0.1).
 * @returns The capped total credit; one per period for a row of fees.
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
 * @helpurl https://localhost:3000/help.html#MSP.SLA.EARNBACK
 * @param credits Each period's credit, a row or a column.
 * @param actuals Each period's service level, the same size as credits.
 * @param expected The expected service level.
 * @param [months] How many following periods must meet expected (default 3).
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @param [timing] "credit" (default): shown in the credit's own period; "earned": booked in the period it is earned, for the invoice.
 * @returns Each period's earned-back amount ("" while not yet decided or reported), laid out like credits.
 */
export function slaEarnback(
  credits: any[][],
  actuals: any[][],
  expected: any,
  months?: any,
  direction?: any,
  timing?: any
): any[][] {
  return excel(() => {
    const series = seriesOf(credits, "credits");
    const result = engine.earnback(
      numbersOrBlanks(series.cells, "credits"),
      numbersOrBlanks(actuals, "actuals"),
      requiredNumber(expected, "expected"),
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
 * @helpurl https://localhost:3000/help.html#MSP.SLA.INCENTIVE
 * @param actual The period's measured service level, or a row of periods (one call for the row). Blank gives "".
 * @param target The level at which the bonus starts.
 * @param stretch The level that earns the whole bonus (below target for lower-is-better).
 * @param max_bonus The largest bonus.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns The bonus, or "" when actual is blank.
 */
export function slaIncentive(
  actual: any[][],
  target: any,
  stretch: any,
  max_bonus: any,
  direction?: any
): any[][] {
  return excel(() => {
    const t = requiredNumber(target, "target");
    const s = requiredNumber(stretch, "stretch");
    const m = requiredNumber(max_bonus, "max_bonus");
    const d = engine.parseDirection(option(direction, "direction"));
    return elementwise(actual, "actual", (a) => engine.incentive(a, t, s, m, d), toExcelError);
  });
}

/**
 * Next period's expected level under continuous improvement: if the last 12 actuals all beat the level, it rises halfway to their average.
 * @customfunction SLA.IMPROVE
 * @helpurl https://localhost:3000/help.html#MSP.SLA.IMPROVE
 * @param level The current expected level (a fraction, higher is better).
 * @param actuals The actuals so far, a row or a column; at least 12 reported are needed.
 * @param [max_step] The largest rise as a share of the remaining gap to 100%.
 * @returns The next expected level.
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
