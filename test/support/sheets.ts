/** Small builders the sheet tests share. */
import type { TrackerConfig } from "../../src/sheets/kpiModel";
import { trackerLayout, trackerShape } from "../../src/sheets/kpiTracker";
import type { LinkedTrackers } from "../../src/sheets/slaCredits";

/** A tracker as an SLA sheet sees it when linking to it: by its sheet name, config and layout. */
export function linkedTracker(config: TrackerConfig): LinkedTrackers {
  return { [config.name]: { config, layout: trackerLayout(trackerShape(config)) } };
}
