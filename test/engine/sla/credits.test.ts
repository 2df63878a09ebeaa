import { credits } from "../../../src/engine/sla/credits";
import { expectFailure } from "../../support/engine";

describe("credits (MSP.SLA.CREDITS)", () => {
  const run = (actuals: (number | null)[], repeatLimit?: number, window?: number) =>
    credits(actuals, 0.999, 0.99, 10000, 0.2, repeatLimit, window);

  test("a minimum miss is a default; blank periods give null", () => {
    expect(run([0.999, 0.985, null, 0.9995])).toEqual([0, 2000, null, 0]);
  });

  test("the 4th miss of expected in a rolling 12 is a default (defaults 4 and 12)", () => {
    const a = [0.995, 0.995, 0.995, 0.995, 0.995];
    expect(run(a)).toEqual([0, 0, 0, 2000, 2000]);
  });

  test("misses older than the window drop out", () => {
    // Misses at periods 1, 2, 3, then 12 good periods, then a miss: only 1 miss in the window.
    const a = [0.995, 0.995, 0.995, ...Array<number>(12).fill(0.9995), 0.995];
    const r = run(a);
    expect(r[15]).toBe(0);
    // With a window of 16 all four misses count.
    expect(run(a, 4, 16)[15]).toBe(2000);
  });

  test("minimum misses count towards the repeat limit", () => {
    expect(run([0.98, 0.995, 0.995], 3)).toEqual([2000, 0, 2000]);
  });

  test("unreported periods in the window are not misses", () => {
    expect(run([0.995, null, 0.995, null, 0.995], 3)).toEqual([0, null, 0, null, 2000]);
  });

  test("lower is better", () => {
    expect(credits([3, 5, 9], 4, 8, 1000, 0.5, 2, 12, "lower")).toEqual([0, 0, 500]);
    expect(credits([5, 5], 4, 8, 1000, 0.5, 2, 12, "lower")).toEqual([0, 500]);
  });

  test("repeat_limit and window are whole numbers ≥ 1", () => {
    expectFailure(() => run([1], 0), "num", "repeat_limit");
    expectFailure(() => run([1], 4, 1.5), "num", "window");
  });

  test("levels per period (contract years): each period is judged by its own year's levels", () => {
    // Year 1 expects 99.9%, year 2 99.95% (minimum 99% then 99.5%): 0.9992 meets year 1, misses year 2.
    const expected = [0.999, 0.999, 0.9995, 0.9995];
    const minimum = [0.99, 0.99, 0.995, 0.995];
    expect(credits([0.9992, 0.9992, 0.9992, 0.994], expected, minimum, 10000, 0.2, 4, 12)).toEqual([
      0, 0, 0, 2000,
    ]);
    // A repeat count in January includes last year's misses within the window, judged by last
    // year's level: two misses in year 1 and one in year 2 make the third a default (limit 3).
    expect(credits([0.998, 0.998, 0.9992], expected.slice(0, 3), 0.99, 10000, 0.2, 3, 12)).toEqual([
      0, 0, 2000,
    ]);
  });
});
