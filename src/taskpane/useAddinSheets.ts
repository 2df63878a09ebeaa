/**
 * The skeleton every product tab shares: the add-in's sheets of one kind in the workbook, one of
 * them chosen and read back (with the sheets it needs), and edits that read it again, rebuild it,
 * write it and refresh the list — reported through the tab's action (./Status.tsx).
 */
import * as React from "react";
import type { SheetSnapshot } from "../sheets/plan/owner";
import type { SheetPlan } from "../sheets/plan/plan";
import type { WorkbookApi } from "../sheets/plan/workbook";

export interface AddinSheetsOptions<T> {
  workbook: WorkbookApi;
  connected: boolean;
  /** The kind of sheet ("scorecard", "kpi-tracker"…). */
  kind: string;
  /** The tab's action runner (useAction().run). */
  run: (action: () => Promise<string>) => Promise<void>;
  /** The other sheets the chosen one is read and edited with (its AHP sheet, its trackers). */
  needs?: (sheet: SheetSnapshot) => string[];
  /** What the tab shows of the chosen sheet, from its snapshot (first) and those it needs. */
  read: (snapshots: SheetSnapshot[]) => T;
}

export interface AddinSheets<T> {
  /** The sheets of the kind, by name. */
  names: string[];
  /** The chosen one ("" when there is none). */
  selected: string;
  /** What `read` made of it. */
  current: T | null;
  /** Choose a sheet (or the first, or keep the choice) and read it back. */
  refresh: (prefer?: string) => Promise<void>;
  /**
   * Rebuild the chosen sheet: read it and the sheets it needs, let `rebuild` make the plans, write
   * them, refresh; `done` is what the tab reports.
   */
  edit: (done: string, rebuild: (snapshots: SheetSnapshot[]) => SheetPlan[]) => Promise<void>;
}

export function useAddinSheets<T>({
  workbook,
  connected,
  kind,
  run,
  needs,
  read,
}: AddinSheetsOptions<T>): AddinSheets<T> {
  const [names, setNames] = React.useState<string[]>([]);
  const [selected, setSelected] = React.useState("");
  const [current, setCurrent] = React.useState<T | null>(null);
  const [context, setContext] = React.useState<string[]>([]);
  const latest = React.useRef({ selected, needs, read });
  latest.current = { selected, needs, read };

  const refresh = React.useCallback(
    async (prefer?: string) => {
      const found = (await workbook.findSheets(kind)).map((s) => s.name);
      setNames(found);
      const chosen = latest.current.selected;
      const name = prefer ?? (found.includes(chosen) ? chosen : (found[0] ?? ""));
      setSelected(name);
      if (!name) {
        setContext([]);
        return setCurrent(null);
      }
      const [sheet] = await workbook.readSheets([name]);
      const others = (latest.current.needs?.(sheet) ?? []).filter((n) => n !== name);
      const snapshots = others.length ? await workbook.readSheets(others) : [];
      setContext(others);
      setCurrent(latest.current.read([sheet, ...snapshots]));
    },
    [workbook, kind]
  );

  React.useEffect(() => {
    if (connected) refresh().catch(() => undefined);
  }, [connected, refresh]);

  const edit = (done: string, rebuild: (snapshots: SheetSnapshot[]) => SheetPlan[]) =>
    run(async () => {
      await workbook.editSheets([selected, ...context], rebuild);
      await refresh(selected);
      return done;
    });

  return { names, selected, current, refresh, edit };
}
