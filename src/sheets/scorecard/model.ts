/**
 * The provider-selection scorecard as data: providers, criteria (category, weight, must-have,
 * how it is scored), the score scale, evaluators and the AHP option — and what users typed
 * (scores, must-have checks, pairwise judgements), keyed by names so it survives adding or
 * removing providers and criteria.
 */
import type { PlanCell } from "../plan/plan";

/**
 * How a criterion is scored: "score" — evaluators type a score on the scale; "lower" / "higher" —
 * a raw value is typed (hours, %) and rescaled onto the scale, lower or higher being better;
 * "price" — each provider's bid, scored against the lowest bid with MSP.PRICESCORE.
 */
export type CriterionMode = "score" | "lower" | "higher" | "price";

export interface Criterion {
  category: string;
  name: string;
  /** Relative weight (need not sum to 1). Ignored when weights come from AHP. */
  weight: number;
  /** A must-have knocks out a provider that does not meet it. */
  mustHave: boolean;
  mode: CriterionMode;
  /** What a user typed in the notes cell (text, or a number or date Excel made of it). */
  notes: PlanCell;
}

export interface ScorecardConfig {
  /** The sheet name; the AHP sheet is "<name> AHP". */
  name: string;
  providers: string[];
  criteria: Criterion[];
  /** Top of the score scale: 5 (scores 1–5) or 10 (scores 0–10). */
  scale: 5 | 10;
  /** Who scores; each evaluator has a block, and the scorecard uses their average. */
  evaluators: string[];
  /** Weights from pairwise comparison (AHP) on a companion sheet, instead of typed weights. */
  ahp: boolean;
  /** How bids become price points. */
  priceMethod: "ratio" | "linear";
}

/** What users typed beyond the configuration, by name. */
export interface ScorecardInputs {
  /** evaluator → criterion → provider → score (or raw value / bid for evaluator 1). */
  scores: Record<string, Record<string, Record<string, PlanCell>>>;
  /** must-have criterion → provider → "yes" / "no". */
  gates: Record<string, Record<string, PlanCell>>;
  /** evaluator → row criterion → column criterion → judgement (upper triangle). */
  judgements: Record<string, Record<string, Record<string, PlanCell>>>;
}

export const emptyInputs = (): ScorecardInputs => ({ scores: {}, gates: {}, judgements: {} });

export function scaleBounds(scale: 5 | 10): { min: number; max: number } {
  return scale === 5 ? { min: 1, max: 5 } : { min: 0, max: 10 };
}

/** A due-diligence criteria set for IT outsourcing (README, "Choosing a provider"), grouped by category. */
export const DUE_DILIGENCE_CRITERIA: readonly Criterion[] = [
  { category: "Commercial", name: "Cost", weight: 20, mustHave: false, mode: "score", notes: "" },
  {
    category: "Security & compliance",
    name: "Security",
    weight: 15,
    mustHave: true,
    mode: "score",
    notes: "",
  },
  {
    category: "Service",
    name: "Service levels & response time",
    weight: 15,
    mustHave: false,
    mode: "score",
    notes: "",
  },
  {
    category: "Service",
    name: "Scope coverage",
    weight: 10,
    mustHave: false,
    mode: "score",
    notes: "",
  },
  {
    category: "Track record",
    name: "References & reputation",
    weight: 10,
    mustHave: false,
    mode: "score",
    notes: "",
  },
  {
    category: "Track record",
    name: "Management team",
    weight: 5,
    mustHave: false,
    mode: "score",
    notes: "",
  },
  {
    category: "Relationship",
    name: "Communication & cultural fit",
    weight: 5,
    mustHave: false,
    mode: "score",
    notes: "",
  },
  {
    category: "Relationship",
    name: "Local presence / time zone",
    weight: 5,
    mustHave: false,
    mode: "score",
    notes: "",
  },
  {
    category: "Strategy",
    name: "Innovation",
    weight: 5,
    mustHave: false,
    mode: "score",
    notes: "",
  },
  {
    category: "Contract",
    name: "Contract flexibility & exit terms",
    weight: 10,
    mustHave: false,
    mode: "score",
    notes: "",
  },
];

export function defaultScorecard(): ScorecardConfig {
  return {
    name: "Scorecard",
    providers: ["Provider A", "Provider B", "Provider C"],
    criteria: DUE_DILIGENCE_CRITERIA.map((c) => ({ ...c })),
    scale: 5,
    evaluators: ["Evaluator 1"],
    ahp: false,
    priceMethod: "ratio",
  };
}

/** Problems that stop a scorecard being built, in a user's words (empty when fine). */
export function scorecardProblems(config: ScorecardConfig): string[] {
  const problems: string[] = [];
  const dupes = (names: string[]) =>
    names.filter(
      (n, i) => names.findIndex((m) => m.trim().toLowerCase() === n.trim().toLowerCase()) !== i
    );
  if (config.providers.length < 2)
    problems.push("Add at least two providers: the point is to compare them.");
  if (config.providers.some((p) => p.trim() === "")) problems.push("Every provider needs a name.");
  for (const d of new Set(dupes(config.providers)))
    problems.push(`Two providers are called "${d}".`);
  if (config.criteria.length === 0) problems.push("Add at least one criterion.");
  if (config.criteria.some((c) => c.name.trim() === ""))
    problems.push("Every criterion needs a name.");
  for (const d of new Set(dupes(config.criteria.map((c) => c.name))))
    problems.push(`Two criteria are called "${d}".`);
  if (config.evaluators.length === 0) problems.push("Add at least one evaluator.");
  for (const d of new Set(dupes(config.evaluators)))
    problems.push(`Two evaluators are called "${d}".`);
  if (config.criteria.some((c) => !(c.weight >= 0))) problems.push("Weights must be numbers ≥ 0.");
  if (!config.ahp && config.criteria.length > 0 && config.criteria.every((c) => c.weight === 0))
    problems.push("At least one weight must be above 0.");
  if (config.ahp && config.criteria.length > 15)
    problems.push("AHP weighting handles at most 15 criteria.");
  if (config.criteria.filter((c) => c.mode === "price").length > 1)
    problems.push("Only one criterion can be the price.");
  return problems;
}
