import * as React from "react";
import {
  Badge,
  Body1,
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStyles,
  webLightTheme,
} from "@fluentui/react-components";
import type { HostInfo, WorkbookApi } from "../sheets/plan/workbook";
import type { FunctionMetadata } from "../functions/metadata";
import { FunctionsTab } from "./FunctionsTab";
import { KpiTab } from "./kpi/KpiTab";
import { ScorecardTab } from "./scorecard/ScorecardTab";
import { ShareTab } from "./ShareTab";
import { SlaTab } from "./sla/SlaTab";

const useStyles = makeStyles({
  root: { padding: "12px 16px", display: "flex", flexDirection: "column", gap: "8px" },
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: "12px",
    rowGap: "4px",
  },
  // Five tabs wrap onto a second line in a narrow task pane rather than hide the last ones.
  tabs: { flexWrap: "wrap" },
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

type TabName = "scorecard" | "kpi" | "sla" | "share" | "functions";

export function App({ host, workbook, functions, helpUrl }: AppProps) {
  const styles = useStyles();
  const [hostInfo, setHostInfo] = React.useState<HostInfo | null>(null);
  const [tab, setTab] = React.useState<TabName>("scorecard");
  React.useEffect(() => {
    let live = true;
    host
      .then((h) => live && setHostInfo(h))
      .catch(() => live && setHostInfo({ kind: "none", label: "No Office host" }));
    return () => {
      live = false;
    };
  }, [host]);
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
        <TabList
          aria-label="MSP Scorecard"
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabName)}
        >
          <Tab value="scorecard">Scorecard</Tab>
          <Tab value="kpi">KPI review</Tab>
          <Tab value="sla">SLA credits</Tab>
          <Tab value="share">Share</Tab>
          <Tab value="functions">Functions</Tab>
        </TabList>
        {tab === "scorecard" && <ScorecardTab workbook={workbook} connected={connected} />}
        {tab === "kpi" && <KpiTab workbook={workbook} connected={connected} />}
        {tab === "sla" && <SlaTab workbook={workbook} connected={connected} />}
        {tab === "share" && (
          <ShareTab workbook={workbook} connected={connected} functions={functions} />
        )}
        {tab === "functions" && (
          <FunctionsTab
            workbook={workbook}
            connected={connected}
            functions={functions}
            helpUrl={helpUrl}
          />
        )}
      </main>
    </FluentProvider>
  );
}
