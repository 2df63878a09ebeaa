/** The large sheets the benchmark measures, every input typed, built the same way each run. */
import { KPI_CATALOG, monthKey, TrackerConfig, TrackerInputs } from "../src/sheets/kpi/model";
import { defaultSla, SlaConfig, SlaInputs } from "../src/sheets/sla/model";

/** A tracker of `kpis` KPIs (the catalogue, repeated) × `months` months. */
export function tracker(kpis: number, months: number): TrackerConfig {
  return {
    name: "KPI tracker",
    provider: "Bench",
    firstMonth: "2026-01",
    months,
    kpis: Array.from({ length: kpis }, (_, i) => ({
      ...KPI_CATALOG[i % KPI_CATALOG.length],
      name: `KPI ${i + 1}`,
    })),
  };
}

/** 200 KPIs × 36 months, every actual (and ratio numerator and denominator) typed. */
export function bigTracker(): { config: TrackerConfig; inputs: TrackerInputs } {
  const config = tracker(200, 36);
  const inputs = Object.fromEntries(
    config.kpis.map((k, i) => [
      k.name,
      Array.from({ length: k.ratio ? 2 : 1 }, (_, r) =>
        Object.fromEntries(
          Array.from({ length: config.months }, (_, m) => [
            monthKey(config.firstMonth, m),
            k.ratio ? 80 + r * 20 + (m % 7) : k.target * (0.9 + ((i + m) % 5) / 20),
          ])
        )
      ),
    ])
  );
  return { config, inputs };
}

/** 50 service levels (the default four models, repeated) × 36 months, every actual typed. */
export function bigSla(): { config: SlaConfig; inputs: SlaInputs } {
  const base = defaultSla();
  const config: SlaConfig = {
    ...base,
    firstMonth: "2026-01",
    months: 36,
    serviceLevels: Array.from({ length: 50 }, (_, i) => ({
      ...base.serviceLevels[i % base.serviceLevels.length],
      name: `Service level ${i + 1}`,
    })),
  };
  const inputs: SlaInputs = {
    actuals: Object.fromEntries(
      config.serviceLevels.map((s, i) => [
        s.name,
        Object.fromEntries(
          Array.from({ length: 36 }, (_, m) => [monthKey("2026-01", m), 0.9 + ((i + m) % 10) / 100])
        ),
      ])
    ),
  };
  return { config, inputs };
}
