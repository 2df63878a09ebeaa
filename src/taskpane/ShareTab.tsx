/**
 * The "Share" tab: a portable copy of any sheet the add-in made — every result computed by
 * Excel's own functions, so the provider, an auditor or a colleague on LibreOffice or Google
 * Sheets sees the numbers without the add-in.
 */
import * as React from "react";
import { Body1, Button, Caption1, Field, Select, Subtitle2 } from "@fluentui/react-components";
import type { FunctionMetadata } from "../functions/metadata";
import { portableCopy, portableNeeds } from "../sheets/portable/source";
import type { WorkbookApi } from "../sheets/plan/workbook";
import { usePaneStyles } from "./layout";
import { StatusBar, useAction } from "./Status";

export interface ShareTabProps {
  workbook: WorkbookApi;
  connected: boolean;
  functions: readonly FunctionMetadata[];
  /** The time a copy is made, as it shows in the copy (a parameter, for tests). */
  now?: () => Date;
}

/** "2026-11-22 10:15", local time. */
export function stamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function ShareTab({
  workbook,
  connected,
  functions,
  now = () => new Date(),
}: ShareTabProps) {
  const styles = usePaneStyles();
  const { busy, status, run } = useAction();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [selected, setSelected] = React.useState("");
  const refresh = React.useCallback(async () => {
    const found = (await workbook.findSheets()).map((s) => s.name);
    setSheets(found);
    setSelected((s) => (found.includes(s) ? s : (found[0] ?? "")));
  }, [workbook]);
  React.useEffect(() => {
    if (connected) refresh().catch(() => undefined);
  }, [connected, refresh]);

  const copy = () =>
    run(async () => {
      const madeAt = stamp(now());
      const { sheetName } = await workbook.createFromSheet(selected, portableNeeds, (snapshots) =>
        portableCopy(snapshots, functions, madeAt)
      );
      return `Made "${sheetName}": every result is a formula Excel, LibreOffice and Google Sheets compute without the add-in. Its first rows say what was kept as values.`;
    });

  return (
    <div className={styles.stack}>
      <Subtitle2 as="h2">Share without the add-in</Subtitle2>
      <Body1>
        A portable copy looks like the sheet and keeps every input, but computes every result with
        functions Excel 2016 already has — so the provider, an auditor or a colleague on LibreOffice
        or Google Sheets sees the numbers, not #NAME?. AHP weights, TOPSIS closeness and flip
        weights are kept as values; values taken from other sheets are copied in.
      </Body1>
      <Field label="Sheet to copy">
        <Select value={selected} onChange={(_, d) => setSelected(d.value)}>
          {sheets.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!connected || busy || !selected} onClick={copy}>
          Make portable copy
        </Button>
        <Button
          disabled={!connected || busy}
          onClick={() => run(async () => (await refresh(), "Listed the add-in's sheets."))}
        >
          Refresh list
        </Button>
      </div>
      <StatusBar status={status} />
      <Caption1>
        To send it: right-click the copy&apos;s sheet tab, Move or Copy…, To book: (new book), tick
        Create a copy, OK — then save that workbook and send it.
      </Caption1>
    </div>
  );
}
