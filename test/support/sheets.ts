/** Small builders the sheet tests share. */
import type { TrackerConfig } from "../../src/sheets/kpi/model";
import { trackerLayout, trackerShape } from "../../src/sheets/kpi/tracker";
import type { LinkedTrackers } from "../../src/sheets/sla/sheet";

/** A tracker as an SLA sheet sees it when linking to it: by its sheet name, config and layout. */
export function linkedTracker(config: TrackerConfig): LinkedTrackers {
  return { [config.name]: { config, layout: trackerLayout(trackerShape(config)) } };
}
