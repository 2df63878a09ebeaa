import { misses, parseDirection } from "../../src/engine/direction";
import { expectFailure } from "../support/engine";

describe("direction", () => {
  test("higher / lower in any case, 1 / −1, blank = higher", () => {
    expect(parseDirection("Higher")).toBe("higher");
    expect(parseDirection(" LOWER ")).toBe("lower");
    expect(parseDirection(1)).toBe("higher");
    expect(parseDirection(-1)).toBe("lower");
    expect(parseDirection(null)).toBe("higher");
    expect(parseDirection("")).toBe("higher");
  });

  test("anything else is #VALUE! naming the value", () => {
    expectFailure(() => parseDirection("up"), "value", "direction: 'up'");
    expectFailure(() => parseDirection(0), "value", "direction: 0");
    expectFailure(() => parseDirection(true), "value", "direction: true");
  });

  test("misses: strict, with a 9-decimal tolerance", () => {
    expect(misses(0.98, 0.99, "higher")).toBe(true);
    expect(misses(0.99, 0.99, "higher")).toBe(false);
    expect(misses(0.1 + 0.2, 0.3, "lower")).toBe(false);
    expect(misses(5, 4, "lower")).toBe(true);
  });
});
