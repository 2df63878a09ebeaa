/**
 * Custom functions for the monthly KPI review (docs/functions.md, "Monthly KPI review"). Thin wrappers
 * over src/engine/kpi/. A blank actual gives "" (never a status or a 0).
 */
import * as engine from "../engine";
import { elementwise, numbersOrBlanks, option, optionalNumber, requiredNumber } from "./args";
import { blankIfNull, excel, toExcelError } from "./excel";

/**
 * How far the actual reaches the target: actual/target, or for lower-is-better KPIs max(0, 2 − actual/target).
 * @customfunction KPI.ATTAINMENT
 * @param actual The month's measured value, or a row of months (one call for the row). Blank gives "".
 * @param target The KPI's target.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns Attainment as a fraction (1 = on target), or "" when actual is blank; one per month for a row.
 * @formula higher: actual/target; lower: max(0, 2 − actual/target). target 0 → #DIV/0!.
 * @example =MSP.KPI.ATTAINMENT(5,4,"lower") → 0.75
 *   A 5-hour resolution against a 4-hour target is 75% attainment.
 * @source Percent-of-target KPI attainment, as in balanced-scorecard reporting (Kaplan &
 *   Norton, 1996).
 * @spill like actual
 * @format 0.0%
 */
export function kpiAttainment(actual: any[][], target: any, direction?: any): any[][] {
  return excel(() => {
    const t = requiredNumber(target, "target");
    const d = engine.parseDirection(option(direction, "direction"));
    return elementwise(actual, "actual", (a) => engine.attainment(a, t, d), toExcelError);
  });
}

/**
 * Red/amber/green status of a KPI: Green on target, Amber within the tolerance, Red beyond it; "" when actual is blank.
 * @customfunction KPI.STATUS
 * @param actual The month's measured value, or a row of months (one call for the row). Blank gives "".
 * @param target The KPI's target.
 * @param [tolerance] The amber band as a fraction of the target (default 0.1).
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns "Green", "Amber", "Red", or ""; one per month for a row.
 * @formula higher: Green if actual ≥ target; Amber if actual ≥ target − tolerance·|target|;
 *   else Red (lower mirrors). tolerance defaults to 0.1.
 * @example =MSP.KPI.STATUS(0.88,0.9) → "Amber"
 *   88% CSAT against a 90% target is within the 10% amber band.
 * @source RAG status reporting as used in ITIL service reviews and project reporting.
 * @spill like actual
 */
export function kpiStatus(actual: any[][], target: any, tolerance?: any, direction?: any): any[][] {
  return excel(() => {
    const t = requiredNumber(target, "target");
    const tol = optionalNumber(tolerance, "tolerance") ?? undefined;
    const d = engine.parseDirection(option(direction, "direction"));
    return elementwise(actual, "actual", (a) => engine.status(a, t, tol, d), toExcelError);
  });
}

/**
 * Trend of the last few reported months (least-squares slope): "Improving", "Worsening", "Stable", or "" with fewer than 2 values.
 * @customfunction KPI.TREND
 * @param values The monthly values, a row or a column; blank months are skipped but still count as months.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @param [periods] How many of the last reported values to use (default 3, at least 2).
 * @returns "Improving", "Worsening", "Stable", or "".
 * @formula Slope of the last `periods` (default 3) non-blank values against their month number;
 *   Stable when |slope|×(n − 1) ≤ 1% of their mean.
 * @example =MSP.KPI.TREND({0.91,0.93,0.95}) → "Improving"
 *   First-contact resolution has risen two points a month.
 * @source Ordinary least-squares trend line (as Excel's SLOPE).
 */
export function kpiTrend(values: any[][], direction?: any, periods?: any): string {
  return excel(() => {
    const v = numbersOrBlanks(values, "values");
    const d = engine.parseDirection(option(direction, "direction"));
    const p = optionalNumber(periods, "periods") ?? undefined;
    return blankIfNull(engine.trend(v, d, p));
  });
}

/**
 * Year-to-date aggregate of the reported months: "average" (default), "sum", "last", "min" or "max"; "" when nothing is reported.
 * @customfunction KPI.YTD
 * @param values The monthly values, a row or a column; blank months are left out.
 * @param [method] "average" (default), "sum", "last", "min" or "max".
 * @returns The year-to-date value, or "".
 * @formula average, sum, last, min or max of the non-blank values. Ratio KPIs: use
 *   SUM(numerators)/SUM(denominators) instead.
 * @example =MSP.KPI.YTD({0.91,0.93,0.95},"average") → 0.93
 *   Average of the three reported months.
 * @source Year-to-date KPI aggregation in monthly service reviews.
 * @format 0.0%
 */
export function kpiYtd(values: any[][], method?: any): any {
  return excel(() => {
    const v = numbersOrBlanks(values, "values");
    const m = engine.parseYtdMethod(option(method, "method"));
    return blankIfNull(engine.ytd(v, m));
  });
}
