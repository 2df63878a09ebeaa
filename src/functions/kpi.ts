/**
 * Custom functions for the monthly KPI review (SPEC.md, "Monthly KPI review"). Thin wrappers
 * over src/engine/kpi/. A blank actual gives "" (never a status or a 0).
 */
import * as engine from "../engine";
import { elementwise, numbersOrBlanks, option, optionalNumber, requiredNumber } from "./args";
import { blankIfNull, excel, toExcelError } from "./excel";

/**
 * How far the actual reaches the target: actual/target, or for lower-is-better KPIs max(0, 2 − actual/target).
 * @customfunction KPI.ATTAINMENT
 * @helpurl https://localhost:3000/help.html#MSP.KPI.ATTAINMENT
 * @param actual The month's measured value, or a row of months (one call for the row). Blank gives "".
 * @param target The KPI's target.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns Attainment as a fraction (1 = on target), or "" when actual is blank; one per month for a row.
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
 * @helpurl https://localhost:3000/help.html#MSP.KPI.STATUS
 * @param actual The month's measured value, or a row of months (one call for the row). Blank gives "".
 * @param target The KPI's target.
 * @param [tolerance] The amber band as a fraction of the target (default 0.1).
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @returns "Green", "Amber", "Red", or ""; one per month for a row.
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
 * @helpurl https://localhost:3000/help.html#MSP.KPI.TREND
 * @param values The monthly values, a row or a column; blank months are skipped but still count as months.
 * @param [direction] "higher" (default) or "lower": which way is better.
 * @param [periods] How many of the last reported values to use (default 3, at least 2).
 * @returns "Improving", "Worsening", "Stable", or "".
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
 * @helpurl https://localhost:3000/help.html#MSP.KPI.YTD
 * @param values The monthly values, a row or a column; blank months are left out.
 * @param [method] "average" (default), "sum", "last", "min" or "max".
 * @returns The year-to-date value, or "".
 */
export function kpiYtd(values: any[][], method?: any): any {
  return excel(() => {
    const v = numbersOrBlanks(values, "values");
    const m = engine.parseYtdMethod(option(method, "method"));
    return blankIfNull(engine.ytd(v, m));
  });
}
