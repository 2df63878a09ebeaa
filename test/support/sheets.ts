/** Small builders the sheet tests share. */
import { kpi, TrackerConfig } from "../../src/sheets/kpi/model";
import { trackerLayout, trackerShape } from "../../src/sheets/kpi/tracker";
import type { LinkedTrackers } from "../../src/sheets/sla/sheet";

/** A tracker as an SLA sheet sees it when linking to it: by its sheet name, config and layout. */
export function linkedTracker(config: TrackerConfig): LinkedTrackers {
  return { [config.name]: { config, layout: trackerLayout(trackerShape(config)) } };
}

/** A year's KPI tracker of three KPIs: a percentage, a ratio, and a lower-is-better time. */
export const threeKpiTracker: TrackerConfig = {
  name: "KPI tracker",
  provider: "Acme IT",
  firstMonth: "2026-01",
  months: 12,
  kpis: [
    kpi("CSAT", "%", "higher", 0.9),
    kpi("First-contact resolution", "%", "higher", 0.75, {
      ratio: { numerator: "Resolved first time", denominator: "Tickets" },
    }),
    kpi("P1 first response", "%", "lower", 30, { unit: "minutes" }),
  ],
};
