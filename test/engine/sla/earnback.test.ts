import fc from "fast-check";
import { earnback, parseEarnbackTiming } from "../../../src/engine/sla/earnback";
import { expectFailure } from "../../support/engine";

describe("earnback (MSP.SLA.EARNBACK)", () => {
  test("earned back when the next 3 periods all meet expected", () => {
    expect(earnback([2000, 0, 0, 0], [0.985, 0.999, 0.999, 0.999], 0.998)).toEqual([2000, 0, 0, 0]);
  });

  test("one miss in the following periods: 0", () => {
    expect(earnback([2000, 0, 0, 0], [0.985, 0.999, 0.997, 0.999], 0.998)).toEqual([
      2000 * 0,
      0,
      0,
      0,
    ]);
  });

  test('fewer than `months` periods reported after it yet: null ("")', () => {
    expect(earnback([2000, 0, 0, null], [0.985, 0.999, 0.999, null], 0.998)).toEqual([
      null,
      0,
      0,
      null,
    ]);
    expect(earnback([2000], [0.985], 0.998)).toEqual([null]);
  });

  test("a reported miss decides at once, even before all periods are in", () => {
    expect(earnback([2000, 0, null], [0.985, 0.99, null], 0.998)).toEqual([0, 0, null]);
  });

  test("months and direction", () => {
    expect(earnback([500, 0], [9, 3], 4, 1, "lower")).toEqual([500, 0]);
    expectFailure(() => earnback([1], [1], 1, 0), "num", "months");
  });

  test("credits and actuals must line up", () => {
    expectFailure(() => earnback([1, 2], [1], 1), "value", "2 vs 1");
  });

  describe('timing "earned": booked in the month it is earned', () => {
    const actuals = [0.985, 0.999, 0.999, 0.999, 0.999];
    const credits = [2000, 0, 0, 0, 0];

    test("January's credit, earned by February–April, shows in April", () => {
      expect(earnback(credits, actuals, 0.998, 3, "higher", "earned")).toEqual([0, 0, 0, 2000, 0]);
    });

    test("a month not reported yet is blank; earlier months never change when it is typed", () => {
      const before = earnback(
        credits,
        [0.985, 0.999, 0.999, null, null],
        0.998,
        3,
        "higher",
        "earned"
      );
      expect(before).toEqual([0, 0, 0, null, null]);
      const after = earnback(credits, actuals, 0.998, 3, "higher", "earned");
      expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    });

    test("a failed window, or an unreported month inside it, earns nothing", () => {
      expect(
        earnback(credits, [0.985, 0.999, 0.99, 0.999, 0.999], 0.998, 3, "higher", "earned")
      ).toEqual([0, 0, 0, 0, 0]);
      expect(
        earnback(credits, [0.985, null, 0.999, 0.999, 0.999], 0.998, 3, "higher", "earned")
      ).toEqual([0, null, 0, 0, 0]);
    });

    test("property: the same total as timing credit, once every month is reported", () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              credit: fc.constantFrom(0, 500, 2000),
              actual: fc.double({ min: 0.97, max: 1, noNaN: true }),
            }),
            { minLength: 1, maxLength: 24 }
          ),
          fc.integer({ min: 1, max: 4 }),
          (periods, months) => {
            const c = periods.map((p) => p.credit);
            const a = periods.map((p) => p.actual);
            const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
            expect(sum(earnback(c, a, 0.99, months, "higher", "earned"))).toBeCloseTo(
              sum(earnback(c, a, 0.99, months, "higher", "credit")),
              9
            );
          }
        )
      );
    });

    test("timing is credit or earned", () => {
      expect(parseEarnbackTiming(null)).toBe("credit");
      expect(parseEarnbackTiming(" Earned ")).toBe("earned");
      expectFailure(() => parseEarnbackTiming("later"), "value", "timing");
    });
  });

  test("levels per period: a December credit is earned back by January–March at the new year's level", () => {
    // Periods: Dec (credit), Jan, Feb, Mar of the next contract year expecting 99.95%.
    const expected = [0.999, 0.9995, 0.9995, 0.9995];
    expect(
      earnback([2000, 0, 0, 0], [0.985, 0.9996, 0.9996, 0.9996], expected, 3, "higher", "earned")
    ).toEqual([0, 0, 0, 2000]);
    // 0.9992 met last year's level but misses this year's: nothing is earned back.
    expect(
      earnback([2000, 0, 0, 0], [0.985, 0.9992, 0.9996, 0.9996], expected, 3, "higher", "earned")
    ).toEqual([0, 0, 0, 0]);
  });
});
