import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export type Status = { intent: "success" | "error"; text: string } | null;

/** The outcome of the last action, success or a message naming what went wrong. */
export function StatusBar({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * One action at a time: `run` marks the pane busy, runs the action and reports its success text
 * or its error (never swallowed).
 */
export function useAction() {
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState<Status>(null);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ intent: "success", text: await action() });
    } catch (e) {
      setStatus({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, run };
}

/** What stops a sheet being created, in a user's words. */
export function Problems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul style={{ color: "#a80000", margin: 0, paddingLeft: "18px" }} aria-label="Problems">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

/** `change`, refusing (with the first problem, in a user's words) a result that `problems` rejects. */
export function validated<T>(
  change: (config: T) => T,
  problems: (config: T) => string[]
): (config: T) => T {
  return (config) => {
    const next = change(config);
    const wrong = problems(next);
    if (wrong.length > 0) throw new Error(wrong[0]);
    return next;
  };
}
