import {
  Body1,
  Button,
  Caption1,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookApi } from "../sheets/plan/workbook";
import { GROUPS, type FunctionMetadata } from "../functions/metadata";
import { functionExamplesPlan } from "../sheets/functionExamples";
import { StatusBar, useAction } from "./Status";

const useStyles = makeStyles({
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

export interface FunctionsTabProps {
  workbook: WorkbookApi;
  connected: boolean;
  functions: readonly FunctionMetadata[];
  helpUrl: (functionName: string) => string;
}

/** Every MSP.* function with its one-line help, and a sheet of live examples. */
export function FunctionsTab({ workbook, connected, functions, helpUrl }: FunctionsTabProps) {
  const styles = useStyles();
  const { busy, status, run } = useAction();
  const insertExamples = () =>
    run(async () => {
      const { sheetName } = await workbook.createSheets([functionExamplesPlan(functions)]);
      return `Inserted the sheet "${sheetName}".`;
    });
  return (
    <>
      <Button appearance="primary" disabled={!connected || busy} onClick={insertExamples}>
        Insert function examples
      </Button>
      <StatusBar status={status} />
      <Body1>
        {functions.length} live functions: type <code>=MSP.</code> in any cell.
      </Body1>
      {GROUPS.map((group) => (
        <section key={group} className={styles.group} aria-label={group}>
          <Subtitle2 as="h2">{group}</Subtitle2>
          <ul className={styles.list}>
            {functions
              .filter((f) => f.group === group)
              .map((f) => (
                <li key={f.id} className={styles.item}>
                  <Link className={styles.name} href={helpUrl(`MSP.${f.id}`)} target="_blank">
                    MSP.{f.id}
                  </Link>
                  <Caption1>{f.description}</Caption1>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
