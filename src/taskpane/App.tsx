import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { HostInfo, WorkbookApi } from "../excel/api";
import { CATALOG } from "../functions/catalog";
import type { FunctionMetadata } from "../functions/metadata";
import { functionExamplesPlan } from "../sheets/functionExamples";

const useStyles = makeStyles({
  root: { padding: "12px 16px", display: "flex", flexDirection: "column", gap: "8px" },
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: "12px",
    rowGap: "4px",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  item: { display: "flex", flexDirection: "column" },
  name: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  group: { marginTop: "8px" },
});

export interface AppProps {
  /** Where the pane runs (src/excel/host.ts, or the workbench). */
  host: Promise<HostInfo>;
  /** The workbook the pane works on: Excel, or the workbench's. */
  workbook: WorkbookApi;
  /** The MSP.* functions (src/functions/metadata.ts). */
  functions: readonly FunctionMetadata[];
  /** The help page address for a function (src/help/url.ts). */
  helpUrl: (functionName: string) => string;
}

function HostBadge({ host }: { host: HostInfo | null }) {
  if (!host) return <Badge appearance="outline">Connecting…</Badge>;
  if (host.kind === "none") return <Badge color="warning">Not in Excel</Badge>;
  return <Badge color="success">Connected: {host.label}</Badge>;
}

type Status = { intent: "success" | "error"; text: string } | null;

export function App({ host, workbook, functions, helpUrl }: AppProps) {
  const styles = useStyles();
  const [hostInfo, setHostInfo] = React.useState<HostInfo | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState<Status>(null);
  React.useEffect(() => {
    let live = true;
    host
      .then((h) => live && setHostInfo(h))
      .catch(() => live && setHostInfo({ kind: "none", label: "No Office host" }));
    return () => {
      live = false;
    };
  }, [host]);

  const insertExamples = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const { sheetName } = await workbook.createSheets([functionExamplesPlan(functions)]);
      setStatus({ intent: "success", text: `Inserted the sheet "${sheetName}".` });
    } catch (e) {
      setStatus({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const groups = [...new Set(CATALOG.map((d) => d.group))];
  const connected = hostInfo !== null && hostInfo.kind !== "none";
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <div className={styles.header}>
          <Title3 as="h1">MSP Scorecard</Title3>
          <HostBadge host={hostInfo} />
        </div>
        {hostInfo?.kind === "none" && (
          <Body1>Open this add-in from Excel to use the functions in a workbook.</Body1>
        )}
        <Button appearance="primary" disabled={!connected || busy} onClick={insertExamples}>
          Insert function examples
        </Button>
        {status && (
          <MessageBar intent={status.intent}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        <Body1>
          {functions.length} live functions: type <code>=MSP.</code> in any cell.
        </Body1>
        {groups.map((group) => (
          <section key={group} className={styles.group} aria-label={group}>
            <Subtitle2 as="h2">{group}</Subtitle2>
            <ul className={styles.list}>
              {CATALOG.filter((d) => d.group === group).map((d) => {
                const f = functions.find((m) => m.id === d.id);
                return (
                  f && (
                    <li key={f.id} className={styles.item}>
                      <Link className={styles.name} href={helpUrl(`MSP.${f.id}`)} target="_blank">
                        MSP.{f.id}
                      </Link>
                      <Caption1>{f.description}</Caption1>
                    </li>
                  )
                );
              })}
            </ul>
          </section>
        ))}
      </main>
    </FluentProvider>
  );
}
