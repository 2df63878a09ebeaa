/**
 * The function reference beyond what Excel shows: for every MSP.* function, its group, the
 * formula, a worked example (arguments as Excel passes them, the result and what it means) and
 * the public source of the method. Descriptions and arguments come from the wrappers' JSDoc
 * (./metadata.ts). The help page renders both; tests run every example through the wrapper.
 */

export type Cell = number | string | boolean | null;
export type Arg = Cell | Cell[][] | Cell[][][];

export interface FunctionDoc {
  /** Id after the namespace: "SLA.CREDIT" is =MSP.SLA.CREDIT. */
  id: string;
  group: "Provider selection" | "Monthly KPI review" | "Penalties and incentives";
  formula: string;
  example: { args: Arg[]; result: Cell | Cell[][]; meaning: string };
  source: string;
}

const col = (...xs: Cell[]): Cell[][] => xs.map((x) => [x]);
const row = (...xs: Cell[]): Cell[][] => [xs];

export const CATALOG: readonly FunctionDoc[] = [
  {
    id: "SCORE",
    group: "Provider selection",
    formula:
      'Σ wᵢ·sᵢ / Σ wᵢ. missing: "error" (blank score → #VALUE!), "zero", or "skip" (criterion left out, weights renormalised).',
    example: {
      args: [col(4, 3, 5), col(0.5, 0.3, 0.2)],
      result: 3.9,
      meaning: "4×0.5 + 3×0.3 + 5×0.2 = 3.9 out of 5.",
    },
    source:
      'Weighted-sum (simple additive weighting) model: Fishburn, "Additive utilities with incomplete product sets", Operations Research 15 (1967).',
  },
  {
    id: "SCORES",
    group: "Provider selection",
    formula:
      "For each provider column p: Σ wᵢ·xᵢₚ / Σ wᵢ. A blank score errors only that provider's cell.",
    example: {
      args: [
        [
          [4, 2],
          [3, 5],
          [5, 3],
        ],
        col(0.5, 0.3, 0.2),
      ],
      result: [[3.9, 3.1]],
      meaning: "Provider 1 scores 3.9, provider 2 scores 3.1.",
    },
    source: "Weighted-sum model, as MSP.SCORE.",
  },
  {
    id: "NORMALIZE",
    group: "Provider selection",
    formula:
      "scale × (value − worst)/(best − worst), clamped to [0, scale]; scale defaults to 1. best = worst → #DIV/0!.",
    example: {
      args: [70, 100, 50, 5],
      result: 3,
      meaning: "A 70-hour resolution time, where 100 h is worst and 50 h best, scores 3 of 5.",
    },
    source:
      "Linear min–max scaling of attribute values (Hwang & Yoon, Multiple Attribute Decision Making, 1981).",
  },
  {
    id: "PRICESCORE",
    group: "Provider selection",
    formula:
      "ratio: max_points × lowest/price; linear: max_points × max(0, 1 − (price − lowest)/lowest). price ≤ 0 or below lowest → #NUM!.",
    example: {
      args: [120000, col(100000, 120000, 150000), 30],
      result: 25,
      meaning: "A bid of 120,000 against a lowest bid of 100,000 earns 25 of 30 price points.",
    },
    source:
      "The lowest-price ratio formula of public tenders (e.g. UK Crown Commercial Service and EU procurement evaluation guidance).",
  },
  {
    id: "GATE",
    group: "Provider selection",
    formula:
      'total if every gate is TRUE, 1, "yes", "pass" or "y" (any case); else "Excluded". Blank fails.',
    example: {
      args: [3.9, row(true, "no")],
      result: "Excluded",
      meaning: "The provider fails one must-have, so it drops out of the ranking.",
    },
    source:
      "Pass/fail (knock-out) mandatory requirements ahead of scored criteria, as in public procurement evaluation.",
  },
  {
    id: "AHP.WEIGHTS",
    group: "Provider selection",
    formula:
      "Principal right eigenvector of the completed reciprocal matrix (aⱼᵢ = 1/aᵢⱼ), normalised to sum 1.",
    example: {
      args: [
        [
          [1, 2, 6],
          [0, 1, 3],
          [0, 0, 1],
        ],
      ],
      result: col(0.6, 0.3, 0.1),
      meaning:
        "Cost is twice as important as security and 6× as important as innovation: weights 60%, 30%, 10%.",
    },
    source:
      'Saaty, "A scaling method for priorities in hierarchical structures", J. Mathematical Psychology 15 (1977).',
  },
  {
    id: "AHP.CR",
    group: "Provider selection",
    formula:
      "λmax = mean of (A·w)ᵢ/wᵢ; CI = (λmax − n)/(n − 1); CR = CI/RI(n), RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59.",
    example: {
      args: [
        [
          [1, 3, 5],
          [0, 1, 3],
          [0, 0, 1],
        ],
      ],
      result: 0.033208,
      meaning: "CR ≈ 0.033: below 0.10, so the judgements are acceptably consistent.",
    },
    source:
      "Saaty, The Analytic Hierarchy Process (McGraw-Hill, 1980): consistency index and random indices.",
  },
  {
    id: "AHP.COMBINE",
    group: "Provider selection",
    formula:
      "cᵢⱼ = (Πₖ aᵢⱼ⁽ᵏ⁾)^(1/K) over the K evaluators' completed matrices; the result stays reciprocal.",
    example: {
      args: [
        [
          [
            [1, 2],
            [0, 1],
          ],
          [
            [1, 8],
            [0, 1],
          ],
        ],
      ],
      result: [
        [1, 4],
        [0.25, 1],
      ],
      meaning: "One evaluator says 2, the other 8: combined judgement √(2×8) = 4.",
    },
    source:
      'Aczél & Saaty, "Procedures for synthesizing ratio judgements", J. Mathematical Psychology 27 (1983).',
  },
  {
    id: "TOPSIS",
    group: "Provider selection",
    formula:
      'rᵢⱼ = xᵢⱼ/√Σⱼxᵢⱼ²; vᵢⱼ = wᵢrᵢⱼ (weights sum 1); Cⱼ = D⁻ⱼ/(D⁺ⱼ + D⁻ⱼ), Euclidean distances to the ideal and anti-ideal. With eligible, over eligible providers only ("" for the others; fewer than two: "").',
    example: {
      args: [
        [
          [3, 4],
          [4, 3],
        ],
        col(2, 1),
        col("higher", "higher"),
      ],
      result: [[1 / 3, 2 / 3]],
      meaning: "Provider 2 is closer to the ideal (0.67 against 0.33).",
    },
    source:
      "Hwang & Yoon, Multiple Attribute Decision Making: Methods and Applications (Springer, 1981).",
  },
  {
    id: "FLIPWEIGHTS",
    group: "Provider selection",
    formula:
      "With D = S_A − S_B and d = x_Ak − x_Bk: x* = (wₖ + Δ)/(1 + Δ), Δ = D/(−d), valid in [0, 1]; the x* nearest wₖ over all challengers B. With eligible, leader and challengers are eligible providers only.",
    example: {
      args: [
        [
          [3, 4],
          [4, 3],
        ],
        col(2, 1),
      ],
      result: col(0.5, 0.5),
      meaning: "Provider 2 leads at weights 67%/33%; at 50%/50% the two providers tie.",
    },
    source:
      'Triantaphyllou & Sánchez, "A sensitivity analysis approach for some deterministic multi-criteria decision-making methods", Decision Sciences 28 (1997).',
  },
  {
    id: "KPI.ATTAINMENT",
    group: "Monthly KPI review",
    formula: "higher: actual/target; lower: max(0, 2 − actual/target). target 0 → #DIV/0!.",
    example: {
      args: [5, 4, "lower"],
      result: 0.75,
      meaning: "A 5-hour resolution against a 4-hour target is 75% attainment.",
    },
    source:
      "Percent-of-target KPI attainment, as in balanced-scorecard reporting (Kaplan & Norton, 1996).",
  },
  {
    id: "KPI.STATUS",
    group: "Monthly KPI review",
    formula:
      "higher: Green if actual ≥ target; Amber if actual ≥ target − tolerance·|target|; else Red (lower mirrors). tolerance defaults to 0.1.",
    example: {
      args: [0.88, 0.9],
      result: "Amber",
      meaning: "88% CSAT against a 90% target is within the 10% amber band.",
    },
    source: "RAG status reporting as used in ITIL service reviews and project reporting.",
  },
  {
    id: "KPI.TREND",
    group: "Monthly KPI review",
    formula:
      "Slope of the last `periods` (default 3) non-blank values against their month number; Stable when |slope|×(n − 1) ≤ 1% of their mean.",
    example: {
      args: [row(0.91, 0.93, 0.95)],
      result: "Improving",
      meaning: "First-contact resolution has risen two points a month.",
    },
    source: "Ordinary least-squares trend line (as Excel's SLOPE).",
  },
  {
    id: "KPI.YTD",
    group: "Monthly KPI review",
    formula:
      "average, sum, last, min or max of the non-blank values. Ratio KPIs: use SUM(numerators)/SUM(denominators) instead.",
    example: {
      args: [row(0.91, 0.93, 0.95), "average"],
      result: 0.93,
      meaning: "Average of the three reported months.",
    },
    source: "Year-to-date KPI aggregation in monthly service reviews.",
  },
  {
    id: "SLA.CREDIT",
    group: "Penalties and incentives",
    formula:
      'at_risk_amount × allocation × pool_allocation if actual misses minimum (higher: <, lower: >), else 0; blank actual → "".',
    example: {
      args: [0.985, 0.99, 10000, 0.4, 0.5],
      result: 2000,
      meaning:
        "Texas DIR example: $10,000 at risk (10% of $100,000) × 50% pool × 40% allocation = $2,000.",
    },
    source:
      "Texas Department of Information Resources, Data Center Services MSA, service level methodology (at-risk amount, pool and allocation percentages).",
  },
  {
    id: "SLA.CREDITS",
    group: "Penalties and incentives",
    formula:
      "Default in period t: misses minimum, or misses expected with ≥ repeat_limit (4) misses of expected in the last `window` (12) reported periods. Credit = at_risk_amount × allocation.",
    example: {
      args: [row(0.999, 0.985, 0.995, 0.995), 0.999, 0.99, 10000, 0.2, 3],
      result: [[0, 2000, 0, 2000]],
      meaning:
        "Month 2 misses the minimum; month 4 is the third miss of the expected level in the window.",
    },
    source:
      "Service level defaults in large outsourcing contracts (e.g. Texas DIR Data Center Services MSA).",
  },
  {
    id: "SLA.TIERCREDIT",
    group: "Penalties and incentives",
    formula:
      "A tier is breached when actual < threshold (lower: >); the most severe breached tier's credit, × fee when given.",
    example: {
      args: [0.985, col(0.9999, 0.99, 0.95), col(0.1, 0.3, 1), 50000],
      result: 15000,
      meaning:
        "98.5% availability is below 99.99% and 99%: the 30% tier applies, 30% of a $50,000 fee.",
    },
    source:
      "Service-credit tier tables of public cloud SLAs (e.g. Microsoft Online Services and AWS service level agreements).",
  },
  {
    id: "SLA.LINEARCREDIT",
    group: "Penalties and incentives",
    formula:
      "shortfall = max(0, target − actual) (lower: actual − target); with step: floor(shortfall/step)×step; credit = min(rate × shortfall, cap).",
    example: {
      args: [0.75, 0.98, 1],
      result: 0.23,
      meaning: "23 points below target at 1% of charges per point: a 23% credit.",
    },
    source: "Per-percentage-point service credits common in MSP contracts.",
  },
  {
    id: "SLA.POINTS",
    group: "Penalties and incentives",
    formula:
      "0 when the target is met; else min(max_points, ceil(shortfall/band)), × 2 when the previous period also scored points.",
    example: {
      args: [row(96.5, 98.5, 96.5), 99, 1, 4],
      result: [[3, 2, 6]],
      meaning: "Consecutive failures double: 3, then 2×1, then 2×3.",
    },
    source: "UK Government Model Services Contract (Cabinet Office), service credits schedule.",
  },
  {
    id: "SLA.TOTAL",
    group: "Penalties and incentives",
    formula: "MIN(Σ numeric credits, monthly_fee × at_risk_pct).",
    example: {
      args: [row(2000, 4000, 7000), 100000, 0.1],
      result: 10000,
      meaning: "13,000 of credits are capped at the 10% at-risk amount, 10,000.",
    },
    source:
      "At-risk amount as the monthly cap on service credits (typically 10–12%, up to 15%, of the invoice).",
  },
  {
    id: "SLA.EARNBACK",
    group: "Penalties and incentives",
    formula:
      'Credit of t when the `months` (3) periods after t all meet expected; 0 if one misses; "" until they are reported. timing "earned": booked in period t + months instead.',
    example: {
      args: [row(2000, 0, 0, 0), row(0.985, 0.999, 0.999, 0.999), 0.998, 3, "higher", "earned"],
      result: [[0, 0, 0, 2000]],
      meaning:
        "Three good months after January's miss earn its $2,000 credit back, on April's invoice.",
    },
    source: "Earn-back provisions of outsourcing service level agreements.",
  },
  {
    id: "SLA.INCENTIVE",
    group: "Penalties and incentives",
    formula:
      "max_bonus × clamp((actual − target)/(stretch − target), 0, 1); stretch = target → #DIV/0!.",
    example: {
      args: [0.9995, 0.999, 1, 5000],
      result: 2500,
      meaning: "Halfway from the 99.9% target to the 100% stretch earns half the bonus.",
    },
    source: "Performance incentives in performance-based service contracts (US FAR subpart 37.6).",
  },
  {
    id: "SLA.IMPROVE",
    group: "Penalties and incentives",
    formula:
      "With ≥ 12 actuals all strictly above level: level + (average of the last 12 − level)/2, the rise at most max_step × (1 − level); else level.",
    example: {
      args: [0.99, [Array<Cell>(12).fill(0.996)]],
      result: 0.993,
      meaning: "A year at 99.6% raises the expected level from 99.0% to 99.3%.",
    },
    source:
      "Continuous improvement of service levels in large outsourcing contracts (e.g. Texas DIR Data Center Services MSA).",
  },
];

/** An Excel array constant for a 2-D argument: rows separated by ";", columns by ",". */
function arrayConstant(m: Cell[][]): string {
  return `{${m.map((r) => r.map(literal).join(",")).join(";")}}`;
}

function literal(v: Cell): string {
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null) return "";
  return String(v);
}

function isMatrixList(a: Arg): a is Cell[][][] {
  return Array.isArray(a) && Array.isArray(a[0]) && Array.isArray((a as unknown[][])[0][0]);
}

/** The example as a formula a user can type, e.g. =MSP.SCORE({4;3;5},{0.5;0.3;0.2}). */
export function exampleFormula(doc: FunctionDoc): string {
  const parts = doc.example.args.flatMap((a) => {
    if (isMatrixList(a)) return a.map(arrayConstant);
    return [Array.isArray(a) ? arrayConstant(a as Cell[][]) : literal(a)];
  });
  return `=MSP.${doc.id}(${parts.join(",")})`;
}

/** A displayed result: numbers to at most 4 decimals, arrays as Excel array constants. */
export function formatResult(r: Cell | Cell[][]): string {
  const fmt = (v: Cell) => (typeof v === "number" ? String(Math.round(v * 1e4) / 1e4) : literal(v));
  return Array.isArray(r) ? `{${r.map((x) => x.map(fmt).join(",")).join(";")}}` : fmt(r);
}
