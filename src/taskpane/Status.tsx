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

/** Run an action, reporting its success text or its error. */
export async function report(
  set: (s: Status) => void,
  action: () => Promise<string>
): Promise<void> {
  set(null);
  try {
    set({ intent: "success", text: await action() });
  } catch (e) {
    set({ intent: "error", text: e instanceof Error ? e.message : String(e) });
  }
}
