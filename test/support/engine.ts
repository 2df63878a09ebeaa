import { EngineError, ErrorKind } from "../../src/engine/errors";

/** Expect `call` to fail with an EngineError of `kind` whose message contains `fragment`. */
export function expectFailure(call: () => unknown, kind: ErrorKind, fragment = ""): void {
  let caught: unknown;
  try {
    call();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(EngineError);
  expect((caught as EngineError).kind).toBe(kind);
  expect((caught as EngineError).message).toContain(fragment);
}
