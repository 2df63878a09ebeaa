/**
 * @jest-environment jsdom
 *
 * The ribbon's Function help button on every platform: a browser window where Office offers one
 * (not Excel on the web: OpenBrowserWindowApi is not supported there), else a dialog, else a new
 * tab — and the command's event is always completed.
 */
import { openHelp } from "../../src/commands/openHelp";

function office(sets: string[], { dialogFails = false, throws = false } = {}) {
  const calls: string[] = [];
  const fake = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: { isSetSupported: (name: string) => sets.includes(name) },
      ui: {
        openBrowserWindow: (url: string) => {
          if (throws) throw new Error("not supported");
          calls.push(`openBrowserWindow ${url}`);
        },
        displayDialogAsync: (url: string, _o: unknown, cb: (r: { status: string }) => void) => {
          calls.push(`displayDialogAsync ${url}`);
          cb({ status: dialogFails ? "failed" : "succeeded" });
        },
      },
    },
  };
  return { fake: fake as unknown as typeof Office, calls };
}

function run(sets: string[], options = {}) {
  const { fake, calls } = office(sets, options);
  let completed = 0;
  const opened: string[] = [];
  openHelp({ completed: () => completed++ } as unknown as Office.AddinCommands.Event, fake, (u) =>
    opened.push(u)
  );
  return { calls, completed, opened };
}

const HELP = "http://localhost/help.html";

test("Windows and Mac: a browser window", () => {
  expect(run(["OpenBrowserWindowApi", "DialogApi"])).toEqual({
    calls: [`openBrowserWindow ${HELP}`],
    completed: 1,
    opened: [],
  });
});

test("Excel on the web: no OpenBrowserWindowApi, so a dialog", () => {
  expect(run(["DialogApi"])).toEqual({
    calls: [`displayDialogAsync ${HELP}`],
    completed: 1,
    opened: [],
  });
});

test("no dialog either, a dialog that fails, or an error: a new tab; always completed", () => {
  expect(run([])).toEqual({ calls: [], completed: 1, opened: [HELP] });
  expect(run(["DialogApi"], { dialogFails: true }).opened).toEqual([HELP]);
  expect(run(["OpenBrowserWindowApi"], { throws: true })).toEqual({
    calls: [],
    completed: 1,
    opened: [HELP],
  });
});
