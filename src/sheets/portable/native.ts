/**
 * Every MSP.* function as formulas of functions Excel 2016 has (so LibreOffice and Google Sheets
 * compute them too): one translation per function, each giving one formula per result cell.
 * Used by the portable copy (./copy.ts); each is checked against the engine in
 * test/sheets/portable/native.test.ts.
 *
 * The rules they follow, for Excel 2016 without array entry (Ctrl+Shift+Enter):
 * - arithmetic on a whole range happens only inside SUMPRODUCT (and COUNT, SUM, MIN… take
 *   ranges as they are); IF and AND never receive a range;
 * - a test on a value that may be "" comes after ISNUMBER, in a nested IF (AND and OR evaluate
 *   every argument);
 * - comparisons round both sides to 9 decimal places, as the engine does (docs/functions.md,
 *   "Conventions"); text compares in lower case, trimmed.
 *
 * AHP.WEIGHTS, AHP.CR, AHP.COMBINE, TOPSIS and FLIPWEIGHTS have no practical formula of that
 * kind (an eigenvector, a normalised distance, a search): a portable copy keeps their values.
 */
import { DEFAULT_REPEAT_LIMIT, DEFAULT_TOLERANCE, DEFAULT_WINDOW } from "../../engine";
import { Literal } from "../../formula/formula";

/** An argument of an MSP.* call, as its translation sees it. */
export interface Operand {
  /** The whole argument as formula text (a reference, an array constant, or a parenthesised expression). */
  text: string;
  rows: number;
  columns: number;
  /** Left out, or the literal "" (what the functions take as blank). */
  omitted: boolean;
  /** The value when the argument is a literal number, text or boolean. */
  literal?: Literal;
  /** Element k, row by row, as formula text: a cell address or a literal. */
  at(k: number): string;
  /** The rectangle from (top, left) to (bottom, right), 0-based, as a range or an array constant. */
  part(top: number, left: number, bottom: number, right: number): string;
}

/** Where a translation puts the cells it needs besides its results (below the sheet's content). */
export interface Helpers {
  /** A row of helper cells, one formula each; returns it as an operand (a range). */
  row(label: string, formulas: string[]): Operand;
}

/** A translation: the call's arguments → one formula (without "=") per result cell. */
export type Translation = (args: Operand[], helpers: Helpers) => string[][];

/** Functions whose results a portable copy keeps as values. */
export const FROZEN = new Set(["AHP.WEIGHTS", "AHP.CR", "AHP.COMBINE", "TOPSIS", "FLIPWEIGHTS"]);

// ---- pieces shared by the translations ----

const count = (op: Operand) => op.rows * op.columns;
const range = (n: number) => Array.from({ length: n }, (_, k) => k);

/** The argument, or `fallback` when it is left out ("" included). */
function or(op: Operand | undefined, fallback: string | number): string {
  if (!op || op.omitted) return String(fallback);
  if (op.literal !== undefined) return op.text;
  return `IF(${op.text}="",${fallback},${op.text})`;
}

/**
 * Which way is good, as +1 (higher) or −1 (lower): a literal folds to a number; a reference to a
 * cell holding "higher"/"lower" (or 1/−1) becomes a helper cell.
 */
function sign(direction: Operand | undefined, h: Helpers): string {
  if (!direction || direction.omitted) return "1";
  const d = direction.literal;
  if (d === -1 || (typeof d === "string" && d.trim().toLowerCase() === "lower")) return "-1";
  if (d !== undefined) return "1";
  const t = direction.text;
  return h
    .row("direction (1 higher, -1 lower)", [`IF(OR(LOWER(TRIM(${t}))="lower",${t}=-1),-1,1)`])
    .at(0);
}

const round9 = (x: string) => `ROUND(${x},9)`;

/** Does `a` miss `level`, for direction sign `s`? (Both rounded to 9 decimal places.) */
function misses(a: string, level: string, s: string): string {
  if (s === "1") return `${round9(a)}<${round9(level)}`;
  if (s === "-1") return `${round9(a)}>${round9(level)}`;
  return `${s}*(${round9(a)}-${round9(level)})<0`;
}

/** "" for a blank element, else `formula`. */
const unlessBlank = (a: string, formula: string) => `IF(${a}="","",${formula})`;

/** A one-row operand for `op` (itself when it is a row already, else a helper row copying it). */
function asRow(op: Operand, h: Helpers, label: string): Operand {
  if (op.rows === 1) return op;
  return h.row(
    label,
    range(count(op)).map((k) => `IF(ISNUMBER(${op.at(k)}),${op.at(k)},"")`)
  );
}

/**
 * Element k of a per-period argument (a fee, a contract year's level): its own element when it is
 * laid out like the periods, else itself.
 */
function perPeriod(op: Operand, k: number): string {
  return count(op) === 1 ? op.text : op.at(k);
}

/** One formula per element of `first`, in its shape. */
function elementwise(first: Operand, f: (a: string, k: number) => string): string[][] {
  return range(first.rows).map((r) =>
    range(first.columns).map((c) => f(first.at(r * first.columns + c), r * first.columns + c))
  );
}

/** Results laid out like a one-row or one-column series. */
function laidOut(series: Operand, cells: string[]): string[][] {
  return series.rows === 1 ? [cells] : cells.map((c) => [c]);
}

/** Σ xᵢ·wᵢ of two equally long vectors, whatever their orientation. */
function sumOfProducts(x: Operand, w: Operand): string {
  if (x.rows === w.rows && x.columns === w.columns) return `SUMPRODUCT(${x.text},${w.text})`;
  // Parenthesised: callers divide the sum ("a+b/SUM(w)" divided only the last term). N() on the
  // weight too: a weight cell holding "" is 0, as in SUMPRODUCT ("" * 2 is #VALUE! in Excel).
  return `(${range(count(x))
    .map((k) => `N(${x.at(k)})*N(${w.at(k)})`)
    .join("+")})`;
}

/**
 * An option argument ("error", "ratio", "earned"…): `build` for its value — folded when it is
 * literal text (or left out: `fallback`), else chosen by formula (blank: `fallback`; a text not
 * among `values`: #VALUE!, as the function would give).
 */
function choose(
  op: Operand | undefined,
  fallback: string,
  values: string[],
  build: (value: string) => string
): string {
  if (!op || op.omitted) return build(fallback);
  if (typeof op.literal === "string") {
    const v = op.literal.trim().toLowerCase();
    return values.includes(v) ? build(v) : "#VALUE!";
  }
  const key = `LOWER(TRIM(${op.text}))`;
  return values.reduceRight(
    (otherwise, v) => `IF(${key}="${v}",${build(v)},${otherwise})`,
    `IF(${key}="",${build(fallback)},#VALUE!)`
  );
}

/** A weighted score of one provider's scores `s` (SCORE, and each column of SCORES). */
function weighted(s: Operand, w: Operand, missing: string): string {
  const total = sumOfProducts(s, w);
  const n = count(s);
  if (missing === "zero") return `${total}/SUM(${w.text})`;
  if (missing === "skip") {
    const used =
      s.rows === w.rows && s.columns === w.columns
        ? `SUMPRODUCT(--ISNUMBER(${s.text}),${w.text})`
        : range(n)
            .map((k) => `ISNUMBER(${s.at(k)})*N(${w.at(k)})`)
            .join("+");
    return `${total}/(${used})`;
  }
  return `IF(COUNT(${s.text})<${n},#VALUE!,${total}/SUM(${w.text}))`;
}

/** The smallest positive number of a range or list of bids (#NUM! when there is none). */
function lowest(bids: Operand): string {
  if (count(bids) === 1) {
    // One cell is a bid too: the engine's #NUM! when it is blank, text, 0 or negative.
    if (typeof bids.literal === "number" && bids.literal > 0) return bids.text;
    return `IF(ISNUMBER(${bids.text}),IF(${bids.text}>0,${bids.text},#NUM!),#NUM!)`;
  }
  return `SMALL(${bids.text},SUMPRODUCT(ISNUMBER(${bids.text})*(${bids.text}<=0))+1)`;
}

/** Element k (1-based formula text) of a one-row or one-column operand. */
function element(op: Operand, k: string): string {
  // One cell: itself (k can only be 1). INDEX of a literal number is #VALUE! in LibreOffice.
  if (count(op) === 1) return op.text;
  if (op.rows === 1) return `INDEX(${op.text},1,${k})`;
  if (op.columns === 1) return `INDEX(${op.text},${k},1)`;
  throw new Error(`a portable copy needs ${op.text} as one row or one column`);
}

/** The credit % of the most severe tier the actual `a` breaches, 0 when none. */
function tier(a: string, thresholds: Operand, pcts: Operand, s: string): string {
  const breached = range(count(thresholds)).map(
    (k) => `IF(ISNUMBER(${thresholds.at(k)}),${misses(a, thresholds.at(k), s)},FALSE())`
  );
  // One tier: no MATCH (LibreOffice's MATCH in a literal number, as in (…,0.99,0.3), is #VALUE!).
  if (breached.length === 1) return `IF(${breached[0]},${pcts.at(0)},0)`;
  // Thresholds not breached stand in as one beyond every threshold, so they are never the worst.
  const beyond =
    s === "1"
      ? `MAX(${thresholds.text})+1`
      : s === "-1"
        ? `MIN(${thresholds.text})-1`
        : `IF(${s}=1,MAX(${thresholds.text})+1,MIN(${thresholds.text})-1)`;
  const list = breached.map((b, k) => `IF(${b},${thresholds.at(k)},${beyond})`).join(",");
  const worst =
    s === "1"
      ? `MIN(${list})`
      : s === "-1"
        ? `MAX(${list})`
        : `IF(${s}=1,MIN(${list}),MAX(${list}))`;
  // The first tier with the most severe breached threshold (equal thresholds breach alike).
  return `IF(OR(${breached.join(",")}),${element(pcts, `MATCH(${worst},${thresholds.text},0)`)},0)`;
}

/**
 * One formula per position: the 0-based position when the value there is among the last `last`
 * reported ones (the series' numbers), else "".
 */
function lastReported(values: Operand, last: string): string[] {
  const n = count(values);
  return range(n).map(
    (k) =>
      `IF(ISNUMBER(${values.at(k)}),IF(COUNT(${values.part(0, k, 0, n - 1)})<=${last},${k},""),"")`
  );
}

/** The count of 1s in the helper row `flags` at positions after `from` up to `to` (formulas). */
const countBetween = (flags: Operand, from: string, to: string) =>
  `SUMPRODUCT(${flags.text},--(${positions(count(flags))}>${from}),--(${positions(count(flags))}<=${to}))`;

/** {0,1,…,n−1}: the positions of a row. */
const positions = (n: number) => `{${range(n).join(",")}}`;

const MISSING = ["error", "zero", "skip"];

// ---- the translations ----

export const NATIVE: Record<string, Translation> = {
  /** Σ wᵢ·sᵢ / Σ wᵢ. */
  SCORE: ([scores, weights, missing]) => [
    [choose(missing, "error", MISSING, (m) => weighted(scores, weights, m))],
  ],

  /** SCORE of each provider column. */
  SCORES: ([matrix, weights, missing]) => {
    const columns = range(matrix.columns).map((p) => {
      const column = matrix.part(0, p, matrix.rows - 1, p);
      const asOperand: Operand = {
        text: column,
        rows: matrix.rows,
        columns: 1,
        omitted: false,
        at: (k) => matrix.at(k * matrix.columns + p),
        part: () => column,
      };
      return choose(missing, "error", MISSING, (m) => weighted(asOperand, weights, m));
    });
    return [columns];
  },

  /** scale × (value − worst) / (best − worst), clamped to 0..scale. */
  NORMALIZE: ([value, worst, best, scale]) => {
    const s = or(scale, 1);
    return [
      [
        unlessBlank(
          value.text,
          `MIN(${s},MAX(0,${s}*(${value.text}-${worst.text})/(${best.text}-${worst.text})))`
        ),
      ],
    ];
  },

  /** ratio: max_points × lowest / price; linear: max_points × max(0, 1 − (price − lowest)/lowest). */
  PRICESCORE: ([price, bids, maxPoints, method]) => {
    const low = lowest(bids);
    const p = price.text;
    const points = choose(method, "ratio", ["ratio", "linear"], (m) =>
      m === "linear"
        ? `${maxPoints.text}*MAX(0,1-(${p}-${low})/${low})`
        : `${maxPoints.text}*${low}/${p}`
    );
    // The engine's #NUM!: a price ≤ 0 or below the lowest bid (compared to 9 decimal places), and
    // no positive bid at all — even for a blank price.
    const checked = `IF(OR(${p}<=0,${round9(p)}<${round9(low)}),#NUM!,${points})`;
    // A blank price gives "" only when the method is valid too (the engine reads it first).
    const blank = choose(method, "ratio", ["ratio", "linear"], () => '""');
    return [[`IF(${p}="",IF(ISNUMBER(${low}),${blank},${low}),${checked})`]];
  },

  /** total when every gate is TRUE, 1, yes, pass or y; else "Excluded". */
  GATE: ([total, gates]) => {
    const passes = (g: string) =>
      `OR(${g}=TRUE(),${g}=1,${["yes", "pass", "y"].map((t) => `LOWER(TRIM(${g}))="${t}"`).join(",")})`;
    return [
      [
        `IF(AND(${range(count(gates))
          .map((k) => passes(gates.at(k)))
          .join(",")}),${unlessBlank(total.text, total.text)},"Excluded")`,
      ],
    ];
  },

  /** actual / target; lower is better: max(0, 2 − actual / target). */
  "KPI.ATTAINMENT": ([actual, target, direction], h) => {
    const s = sign(direction, h);
    return elementwise(actual, (a) => {
      const ratio = `${a}/${target.text}`;
      const lower = `MAX(0,2-${ratio})`;
      const value = s === "1" ? ratio : s === "-1" ? lower : `IF(${s}=1,${ratio},${lower})`;
      return unlessBlank(a, value);
    });
  },

  /** Green on target, Amber within tolerance × |target|, else Red. */
  "KPI.STATUS": ([actual, target, tolerance, direction], h) => {
    const s = sign(direction, h);
    const t = target.text;
    const amberLine = `${t}-${s}*${or(tolerance, DEFAULT_TOLERANCE)}*ABS(${t})`;
    return elementwise(actual, (a) =>
      unlessBlank(a, `IF(${misses(a, t, s)},IF(${misses(a, amberLine, s)},"Red","Amber"),"Green")`)
    );
  },

  /** Least-squares slope of the last `periods` reported values against their positions. */
  "KPI.TREND": ([values, direction, periods], h) => {
    const s = sign(direction, h);
    const v = asRow(values, h, "values");
    const x = h.row("KPI.TREND: positions used", lastReported(v, or(periods, 3)));
    const n = `COUNT(${x.text})`;
    const sx = `SUM(${x.text})`;
    const sy = `SUMPRODUCT(--ISNUMBER(${x.text}),${v.text})`;
    const slope = `(${n}*SUMPRODUCT(${x.text},${v.text})-${sx}*${sy})/(${n}*SUMPRODUCT(${x.text},${x.text})-${sx}^2)`;
    const stats = h.row("KPI.TREND: count, slope, mean", [
      n,
      `IF(${n}<2,"",${slope})`,
      `IF(${n}<2,"",${sy}/${n})`,
    ]);
    const [cn, sl, mean] = [stats.at(0), stats.at(1), stats.at(2)];
    const stable = `OR(ROUND(${sl},9)=0,ROUND(ABS(${sl})*(${cn}-1),9)<=ROUND(0.01*ABS(${mean}),9))`;
    return [
      [`IF(${cn}<2,"",IF(${stable},"Stable",IF((${sl}>0)=(${s}=1),"Improving","Worsening")))`],
    ];
  },

  /** average (default), sum, last, min or max of the reported values; "" when none. */
  "KPI.YTD": ([values, method]) => {
    const v = values.text;
    const n = count(values);
    const pos = values.rows === 1 ? positions(n) : `{${range(n).join(";")}}`;
    const last = element(values, `SUMPRODUCT(MAX(ISNUMBER(${v})*(${pos}+1)))`);
    const byMethod: Record<string, string> = {
      average: `AVERAGE(${v})`,
      sum: `SUM(${v})`,
      last,
      min: `MIN(${v})`,
      max: `MAX(${v})`,
    };
    const value = choose(method, "average", Object.keys(byMethod), (m) => byMethod[m]);
    // Nothing reported gives "" only when the method is valid (else the engine's #VALUE!).
    const none = choose(method, "average", Object.keys(byMethod), () => '""');
    return [[`IF(COUNT(${v})=0,${none},${value})`]];
  },

  /** at_risk_amount × allocation × pool_allocation when the actual misses the minimum, else 0. */
  "SLA.CREDIT": ([actual, minimum, atRisk, allocation, pool, direction], h) => {
    const s = sign(direction, h);
    return elementwise(actual, (a, k) => {
      const amount = perPeriod(atRisk, k);
      return unlessBlank(
        a,
        unlessBlank(
          amount,
          `IF(${misses(a, minimum.text, s)},${amount}*${allocation.text}*${or(pool, 1)},0)`
        )
      );
    });
  },

  /** A default: a miss of the minimum, or a miss of expected with repeat_limit misses in the window. */
  "SLA.CREDITS": (
    [actuals, expected, minimum, atRisk, allocation, repeat, window, direction],
    h
  ) => {
    const s = sign(direction, h);
    const v = asRow(actuals, h, "actuals");
    const n = count(v);
    const missed = h.row(
      "SLA.CREDITS: missed expected",
      range(n).map(
        (k) =>
          `IF(ISNUMBER(${v.at(k)}),IF(OR(${misses(v.at(k), perPeriod(expected, k), s)},${misses(v.at(k), perPeriod(minimum, k), s)}),1,0),0)`
      )
    );
    const limit = or(repeat, DEFAULT_REPEAT_LIMIT);
    const w = or(window, DEFAULT_WINDOW);
    const cells = range(n).map((k) => {
      const a = v.at(k);
      const inWindow = countBetween(missed, `${k}-${w}`, String(k));
      const isDefault = `OR(${misses(a, perPeriod(minimum, k), s)},AND(${missed.at(k)}=1,${inWindow}>=${limit}))`;
      return `IF(ISNUMBER(${a}),IF(${isDefault},${atRisk.text}*${allocation.text},0),"")`;
    });
    return laidOut(actuals, cells);
  },

  /** The credit % of the most severe tier breached (× fee when given); 0 when none. */
  "SLA.TIERCREDIT": ([actual, thresholds, pcts, fee, direction], h) => {
    const s = sign(direction, h);
    return elementwise(actual, (a, k) => {
      const pct = tier(a, thresholds, pcts, s);
      if (!fee || fee.omitted) return unlessBlank(a, pct);
      const f = perPeriod(fee, k);
      return unlessBlank(a, `${pct}*IF(${f}="",1,${f})`);
    });
  },

  /** rate × the shortfall below target (full steps only when step is given), at most cap. */
  "SLA.LINEARCREDIT": ([actual, target, rate, step, cap, direction], h) => {
    const s = sign(direction, h);
    return elementwise(actual, (a, k) => {
      const shortfall = `MAX(0,ROUND(${s === "1" ? "" : `${s}*`}(${perPeriod(target, k)}-${a}),9))`;
      let counted = shortfall;
      if (step && !step.omitted) {
        const steps = `INT(ROUND(${shortfall}/${step.text},9))*${step.text}`;
        counted = step.literal !== undefined ? steps : `IF(${step.text}="",${shortfall},${steps})`;
      }
      let value = `${rate.text}*${counted}`;
      if (cap && !cap.omitted) {
        const capped = `MIN(${value},${cap.text})`;
        value = cap.literal !== undefined ? capped : `IF(${cap.text}="",${value},${capped})`;
      }
      return unlessBlank(a, value);
    });
  },

  /** min(max_points, ⌈shortfall / band⌉), doubled when the previous period also scored. */
  "SLA.POINTS": ([actuals, target, band, maxPoints, direction], h) => {
    const s = sign(direction, h);
    const v = asRow(actuals, h, "actuals");
    const base = (a: string, k: number) =>
      `MIN(${maxPoints.text},ROUNDUP(ROUND(ROUND(ABS(${perPeriod(target, k)}-${a}),9)/${band.text},9),0))`;
    const cells = range(count(v)).map((k) => {
      const a = v.at(k);
      const previous = k === 0 ? "" : v.at(k - 1);
      const factor =
        k === 0
          ? "1"
          : `IF(ISNUMBER(${previous}),IF(${misses(previous, perPeriod(target, k - 1), s)},IF(${base(previous, k - 1)}>0,2,1),1),1)`;
      return `IF(ISNUMBER(${a}),IF(${misses(a, perPeriod(target, k), s)},${base(a, k)}*${factor},0),"")`;
    });
    return laidOut(actuals, cells);
  },

  /** MIN(Σ credits, monthly_fee × at_risk_pct), per period when fees are one row of periods. */
  "SLA.TOTAL": ([credits, fees, pct]) => {
    if (count(fees) === 1) return [[`MIN(SUM(${credits.text}),${fees.text}*${pct.text})`]];
    return [
      range(count(fees)).map(
        (p) => `MIN(SUM(${credits.part(0, p, credits.rows - 1, p)}),${fees.at(p)}*${pct.text})`
      ),
    ];
  },

  /** A credit comes back when the `months` periods after it all meet the expected level. */
  "SLA.EARNBACK": ([credits, actuals, expected, months, direction, timing], h) => {
    const s = sign(direction, h);
    const c = asRow(credits, h, "credits");
    const v = asRow(actuals, h, "actuals");
    const n = count(c);
    const mo = or(months, 3);
    const missed = h.row(
      "SLA.EARNBACK: misses expected",
      range(n).map(
        (k) => `IF(ISNUMBER(${v.at(k)}),IF(${misses(v.at(k), perPeriod(expected, k), s)},1,0),0)`
      )
    );
    const reported = h.row(
      "SLA.EARNBACK: reported",
      range(n).map((k) => `IF(ISNUMBER(${v.at(k)}),1,0)`)
    );
    /** Periods after `from` up to `to` that are reported, and that miss expected. */
    const between = (from: string, to: string) => ({
      reported: countBetween(reported, from, to),
      missed: countBetween(missed, from, to),
    });
    const cells = range(n).map((k) =>
      choose(timing, "credit", ["credit", "earned"], (when) => {
        if (when === "earned") {
          // Booked in period k: the credit of period k − months, when every period since meets.
          const credit = `INDEX(${c.text},1,${k}-${mo}+1)`;
          const since = between(`${k}-${mo}`, String(k));
          return `IF(ISNUMBER(${v.at(k)}),IF(${k}-${mo}<0,0,IF(ISNUMBER(${credit}),IF(${credit}=0,0,IF(${since.reported}-${since.missed}=${mo},${credit},0)),0)),"")`;
        }
        // Shown in period k: its credit, once the months after it are reported and all meet.
        const credit = c.at(k);
        const after = between(String(k), `${k}+${mo}`);
        return `IF(ISNUMBER(${credit}),IF(${credit}=0,0,IF(${after.missed}>0,0,IF(${after.reported}=${mo},${credit},""))),"")`;
      })
    );
    return laidOut(credits, cells);
  },

  /** max_bonus × clamp((actual − target)/(stretch − target), 0, 1). */
  "SLA.INCENTIVE": ([actual, target, stretch, maxBonus, direction], h) => {
    // The engine's #NUM!: a stretch on the wrong side of the target for the direction.
    const s = sign(direction, h);
    return elementwise(actual, (a, k) => {
      const [t, st] = [perPeriod(target, k), perPeriod(stretch, k)];
      const wrongSide =
        s === "1" ? `${st}<${t}` : s === "-1" ? `${st}>${t}` : `${s}*(${st}-${t})<0`;
      return unlessBlank(
        a,
        `IF(${wrongSide},#NUM!,${maxBonus.text}*MIN(1,MAX(0,ROUND((${a}-${t})/(${st}-${t}),9))))`
      );
    });
  },

  /** With 12 or more reported actuals all above level: level + (their average − level)/2 (at most max_step × (1 − level)). */
  "SLA.IMPROVE": ([level, actuals, maxStep], h) => {
    const lv = level.text;
    const v = asRow(actuals, h, "actuals");
    const used = h.row("SLA.IMPROVE: positions of the last 12", lastReported(v, "12"));
    const notAbove = h.row(
      "SLA.IMPROVE: not above level",
      range(count(v)).map(
        (k) => `IF(ISNUMBER(${used.at(k)}),IF(${round9(v.at(k))}>${round9(lv)},0,1),0)`
      )
    );
    const average = `SUMPRODUCT(--ISNUMBER(${used.text}),${v.text})/12`;
    let step = `(${average}-${lv})/2`;
    if (maxStep && !maxStep.omitted) {
      const capped = `MIN(${step},${maxStep.text}*(1-${lv}))`;
      step = maxStep.literal !== undefined ? capped : `IF(${maxStep.text}="",${step},${capped})`;
    }
    return [[`IF(COUNT(${v.text})<12,${lv},IF(SUM(${notAbove.text})>0,${lv},${lv}+${step}))`]];
  },
};
