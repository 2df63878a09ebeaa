/**
 * What Excel shows: the wrappers turn Excel arguments (2-D ranges, blanks as null or "", desktop
 * blanks as 0, text, booleans) into engine calls, and failures into Excel errors that name the
 * argument and the cell.
 */
import { CustomFunctionsError } from "../support/customFunctionsGlobal";
import { excelError, excelResult, fn } from "../support/functions";

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const row = (...xs: unknown[]) => [xs];

describe("errors name the argument and the cell", () => {
  test.each([
    [
      "SCORE",
      [col(4, 3, "high"), col(1, 1, 1), null],
      "#VALUE!",
      "scores: cell 3 is text 'high', not a number",
    ],
    ["SCORE", [col(4, 3), col(1, true), null], "#VALUE!", "weights: cell 2 is TRUE, not a number"],
    ["SCORE", [col(4, null), col(1, 1), null], "#VALUE!", "scores: criterion 2 is blank"],
    [
      "SCORE",
      [col(4, 3), col(1, 1), "ignore"],
      "#VALUE!",
      'missing: \'ignore\' is not "error", "zero" or "skip"',
    ],
    [
      "KPI.STATUS",
      [0.9, 0.95, null, "up"],
      "#VALUE!",
      'direction: \'up\' is not "higher" or "lower"',
    ],
    ["KPI.STATUS", [0.9, "", null, null], "#VALUE!", "target: is blank"],
    [
      "KPI.TREND",
      [row(1, "n/a", 3), null, null],
      "#VALUE!",
      "values: cell 2 is text 'n/a', not a number",
    ],
    [
      "AHP.WEIGHTS",
      [
        [
          [1, 2],
          [3, 1],
        ],
      ],
      "#VALUE!",
      "matrix: cell (2, 1) is not 1/cell (1, 2)",
    ],
    [
      "AHP.COMBINE",
      [
        [
          [
            [1, 2],
            [0, 1],
          ],
          [
            [1, "x"],
            [0, 1],
          ],
        ],
      ],
      "#VALUE!",
      "matrix2: cell (1, 2) is text 'x', not a number",
    ],
    [
      "TOPSIS",
      [
        [
          [1, null],
          [2, 3],
        ],
        col(1, 1),
        col("higher", "higher"),
      ],
      "#VALUE!",
      "matrix: criterion 1, provider 2 is blank",
    ],
    [
      "TOPSIS",
      [
        [
          [1, 2],
          [2, 3],
        ],
        col(1, 1),
        col("higher", "sideways"),
      ],
      "#VALUE!",
      "directions: cell 2: 'sideways'",
    ],
    [
      "SLA.CREDITS",
      [
        [
          [1, 2],
          [3, 4],
        ],
        1,
        1,
        1,
        1,
        null,
        null,
        null,
      ],
      "#VALUE!",
      "actuals: must be one row or one column",
    ],
    [
      "SLA.CREDIT",
      [0.9, [[0.9, 0.8]], 100, 0.1, null, null],
      "#VALUE!",
      "minimum: expects one value, got 2 cells",
    ],
    [
      "SLA.CREDIT",
      [[[0.9, 0.8]], 0.9, [[100, 100, 100]], 0.1, null, null],
      "#VALUE!",
      "at_risk_amount: is 1 × 3, one cell or 1 × 2 like the periods",
    ],
    [
      "SLA.TOTAL",
      [[[1, 2]], [[100, 100, 100]], 0.1],
      "#VALUE!",
      "monthly_fee: one cell, or one row of 2 periods like credits (got 1 × 3)",
    ],
    [
      "SLA.TIERCREDIT",
      [0.9, col(0.99, 0.95), col(0.1), null, null],
      "#VALUE!",
      "thresholds and credit_pcts differ in size (2 vs 1 cells)",
    ],
    ["GATE", ["high", row(true)], "#VALUE!", "total: is text 'high', not a number"],
  ])("%s %j → %s %s", (id, args, code, message) => {
    const e = excelError(() => fn(id)(...(args as unknown[])));
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
  });

  test("#NUM! and #DIV/0! carry no message (Excel cannot show one)", () => {
    const num = excelError(() => fn("SCORE")(col(1, 2), col(1, -1), null));
    expect(num.code).toBe("#NUM!");
    expect(num.message).toBeUndefined();
    const div = excelError(() => fn("SCORE")(col(1, 2), col(0, 0), null));
    expect(div.code).toBe("#DIV/0!");
    expect(excelError(() => fn("PRICESCORE")(0, 100, 30, null)).code).toBe("#NUM!");
    expect(excelError(() => fn("KPI.ATTAINMENT")(1, 0, null)).code).toBe("#DIV/0!");
    expect(excelError(() => fn("SLA.INCENTIVE")(1, 2, 2, 10, null)).code).toBe("#DIV/0!");
    expect(
      excelError(() => fn("AHP.CR")(Array.from({ length: 16 }, () => Array(16).fill(1)))).code
    ).toBe("#NUM!");
    expect(excelError(() => fn("KPI.STATUS")(1, 1, Infinity, null)).code).toBe("#NUM!");
  });

  test("a result beyond Excel's number range is #NUM! (the cell alone inside an array)", () => {
    expect(excelError(() => fn("KPI.ATTAINMENT")(-1, 5e-324, null)).code).toBe("#NUM!");
    // Two failures in a row: the second doubles 1e308 points past Excel's range.
    const r = fn("SLA.POINTS")(row(-1e308, 98), 1e308, 1e-300, 1e308, null) as unknown[][];
    expect(r[0][0]).toBe(1e308);
    expect(r[0][1]).toBeInstanceOf(CustomFunctionsError);
    expect((r[0][1] as CustomFunctionsError).code).toBe("#NUM!");
  });
});

describe("blanks", () => {
  test('a blank actual (null on the web, "" from a formula) gives "", never 0 or a status', () => {
    for (const blank of [null, ""]) {
      expect(excelResult(() => fn("KPI.STATUS")(blank, 0.9, null, null))).toBe("");
      expect(excelResult(() => fn("KPI.ATTAINMENT")(blank, 0.9, null))).toBe("");
      expect(excelResult(() => fn("SLA.CREDIT")(blank, 0.99, 10000, 0.4, null, null))).toBe("");
      expect(excelResult(() => fn("SLA.TIERCREDIT")(blank, col(0.99), col(0.1), null, null))).toBe(
        ""
      );
      expect(excelResult(() => fn("SLA.LINEARCREDIT")(blank, 0.98, 1, null, null, null))).toBe("");
      expect(excelResult(() => fn("SLA.INCENTIVE")(blank, 0.99, 1, 100, null))).toBe("");
      expect(fn("NORMALIZE")(blank, 0, 10, null)).toBe("");
      expect(fn("PRICESCORE")(blank, 100, 10, null)).toBe("");
    }
  });

  test('series results keep the layout of their input and show blanks as ""', () => {
    expect(fn("SLA.POINTS")(row(96.5, null, 96.5), 99, 1, 4, null)).toEqual([[3, "", 3]]);
    expect(fn("SLA.POINTS")(col(96.5, 98.5), 99, 1, 4, null)).toEqual([[3], [2]]);
    expect(fn("SLA.CREDITS")(col(0.985, ""), 0.999, 0.99, 10000, 0.2, null, null, null)).toEqual([
      [2000],
      [""],
    ]);
    expect(fn("SLA.EARNBACK")(row(2000, 0), row(0.985, 0.999), 0.998, null, null)).toEqual([
      ["", 0],
    ]);
  });

  test('nothing reported: TREND and YTD give ""', () => {
    expect(fn("KPI.TREND")(row(null, "", null), null, null)).toBe("");
    expect(fn("KPI.YTD")(row(null, null), null)).toBe("");
  });

  test("a blank weight counts as 0, as on desktop Excel", () => {
    expect(fn("SCORE")(col(4, 2), col(1, null), null)).toBe(4);
    expect(fn("SCORE")(col(4, 2), col(1, 0), null)).toBe(4);
  });

  test("SCORES: a blank score errors that provider's cell only", () => {
    const r = fn("SCORES")(
      [
        [4, null],
        [3, 5],
      ],
      col(1, 1),
      null
    ) as unknown[][];
    expect(r[0][0]).toBe(3.5);
    expect(r[0][1]).toBeInstanceOf(CustomFunctionsError);
    expect((r[0][1] as CustomFunctionsError).message).toBe(
      "matrix: provider 2: criterion 1 is blank"
    );
    expect(
      fn("SCORES")(
        [
          [4, null],
          [3, 5],
        ],
        col(1, 1),
        "skip"
      )
    ).toEqual([[3.5, 5]]);
  });

  test("SLA.TOTAL ignores blanks and text (as SUM does)", () => {
    expect(excelResult(() => fn("SLA.TOTAL")(row(2000, "", null, "n/a", 1000), 100000, 0.1))).toBe(
      3000
    );
  });

  test("PRICESCORE: lowest from a range of bids with blanks", () => {
    expect(fn("PRICESCORE")(120000, col(null, 150000, 100000, ""), 30, null)).toBe(25);
  });
});

describe("options", () => {
  test("direction accepts 1 and -1; omitted options use defaults", () => {
    expect(excelResult(() => fn("KPI.STATUS")(5, 4, null, -1))).toBe("Red");
    expect(excelResult(() => fn("KPI.STATUS")(5, 4, null, 1))).toBe("Green");
    expect(excelResult(() => fn("KPI.STATUS")(5, 4, null, "LOWER"))).toBe("Red");
    expect(excelResult(() => fn("SLA.CREDIT")(0.985, 0.99, 10000, 0.4, null, null))).toBe(4000);
  });

  test("a 1 × 1 range where one value belongs is that value", () => {
    expect(
      excelResult(() => fn("SLA.CREDIT")([[0.985]], [[0.99]], 10000, 0.4, 0.5, [["higher"]]))
    ).toBe(2000);
  });
});

describe("eligible and timing as Excel passes them", () => {
  const matrix = [
    [3, 5, 4],
    [4, 5, 3],
  ];
  test('TOPSIS: the "after must-haves" row excludes "Excluded" and blanks; they show ""', () => {
    const r = fn("TOPSIS")(matrix, col(2, 1), col("higher", "higher"), row(3.9, "Excluded", 3.8));
    expect(r).toEqual([[expect.any(Number), "", expect.any(Number)]]);
    expect(fn("TOPSIS")(matrix, col(2, 1), col("higher", "higher"), row(3.9, null, ""))).toEqual([
      ["", "", ""],
    ]);
    expect(fn("TOPSIS")(matrix, col(2, 1), col("higher", "higher"), row(3.9, 4.2, 3.8))).toEqual(
      fn("TOPSIS")(matrix, col(2, 1), col("higher", "higher"), null)
    );
  });

  test('FLIPWEIGHTS: fewer than two eligible providers give "" for every criterion', () => {
    expect(fn("FLIPWEIGHTS")(matrix, col(1, 1), row("Excluded", 4.2, false))).toEqual(col("", ""));
    expect(excelError(() => fn("FLIPWEIGHTS")(matrix, col(1, 1), row(1, 2)))).toMatchObject({
      code: "#VALUE!",
      message: "eligible has 2 cells but matrix has 3 providers",
    });
  });

  test('SLA.EARNBACK: timing "earned" books the credit where it is earned; bad timing names it', () => {
    expect(
      fn("SLA.EARNBACK")(
        row(2000, 0, 0, 0),
        row(0.985, 0.999, 0.999, 0.999),
        0.998,
        3,
        null,
        "earned"
      )
    ).toEqual(row(0, 0, 0, 2000));
    expect(
      excelError(() => fn("SLA.EARNBACK")(row(2000), row(0.985), 0.998, null, null, "later"))
    ).toMatchObject({ code: "#VALUE!", message: 'timing: \'later\' is not "credit" or "earned"' });
  });
});

describe("one call per row", () => {
  test('a row gives a row, a column a column, a matrix a matrix; blanks give ""', () => {
    expect(fn("KPI.STATUS")(row(0.95, null, 0.86, "", 0.7), 0.9, null, null)).toEqual(
      row("Green", "", "Amber", "", "Red")
    );
    expect(fn("KPI.ATTAINMENT")(col(5, 4, null), 4, "lower")).toEqual(col(0.75, 1, ""));
    expect(
      fn("SLA.INCENTIVE")(
        [
          [0.999, 0.9995],
          [1, null],
        ],
        0.999,
        1,
        5000,
        null
      )
    ).toEqual([
      [0, 2500],
      [5000, ""],
    ]);
  });

  test("a bad element is that element's error, named by its cell; the others are computed", () => {
    const r = fn("SLA.LINEARCREDIT")(
      row(0.75, "n/a", 0.99),
      0.98,
      1,
      null,
      null,
      null
    ) as unknown[][];
    expect(r[0][0]).toBeCloseTo(0.23, 12);
    expect(r[0][1]).toMatchObject({
      code: "#VALUE!",
      message: "actual: cell (1, 2) is text 'n/a', not a number",
    });
    expect(r[0][2]).toBe(0);
  });

  test("per-period arguments: one cell for every period, or one per period", () => {
    const actuals = row(0.985, 0.995, null);
    expect(
      fn("SLA.TIERCREDIT")(
        actuals,
        col(0.99, 0.95),
        col(0.1, 0.3),
        row(100000, 120000, 90000),
        null
      )
    ).toEqual(row(10000, 0, ""));
    expect(fn("SLA.TIERCREDIT")(actuals, col(0.99, 0.95), col(0.1, 0.3), 50000, null)).toEqual(
      row(5000, 0, "")
    );
    expect(fn("SLA.CREDIT")(actuals, 0.99, row(10000, 12000, 9000), 0.4, 0.5, null)).toEqual(
      row(2000, 0, "")
    );
  });

  test("SLA.TOTAL: service levels × periods with a row of fees gives one capped total per period", () => {
    const credits = [
      [2000, 0, "", 8000],
      [5000, 1000, null, 4000],
    ];
    expect(fn("SLA.TOTAL")(credits, row(100000, 120000, 100000, 100000), 0.1)).toEqual(
      row(7000, 1000, 0, 10000)
    );
    // One fee: the sum of every credit, capped, as one value.
    expect(excelResult(() => fn("SLA.TOTAL")(credits, 100000, 0.1))).toBe(10000);
  });
});

describe("levels per period (contract years)", () => {
  test("expected, minimum and targets may be one per period, laid out like the periods", () => {
    const actuals = row(0.9992, 0.9992, 0.9992, 0.994);
    expect(
      fn("SLA.CREDITS")(
        actuals,
        row(0.999, 0.999, 0.9995, 0.9995),
        row(0.99, 0.99, 0.995, 0.995),
        10000,
        0.2,
        null,
        null,
        null
      )
    ).toEqual(row(0, 0, 0, 2000));
    expect(fn("SLA.POINTS")(row(96.5, 98.5), row(99, 99.5), 1, 4, null)).toEqual(row(3, 2));
    expect(fn("SLA.LINEARCREDIT")(row(0.9, 0.95), row(0.95, 0.96), 1, null, null, null)).toEqual(
      row(expect.closeTo(0.05, 12), expect.closeTo(0.01, 12))
    );
    expect(
      fn("SLA.INCENTIVE")(row(0.9995, 0.9998), row(0.999, 0.9995), row(1, 1), 1000, null)
    ).toEqual(row(expect.closeTo(500, 9), expect.closeTo(600, 9)));
  });

  test("a level range not laid out like the periods, or with a blank, names the argument", () => {
    expect(
      excelError(() =>
        fn("SLA.CREDITS")(row(0.99, 0.98), col(0.999, 0.999), 0.99, 1, 1, null, null, null)
      )
    ).toMatchObject({
      code: "#VALUE!",
      message: "expected: is 2 × 1, one cell or one per period like the row of 2",
    });
    expect(
      excelError(() =>
        fn("SLA.EARNBACK")(row(100, 0), row(0.98, 0.99), row(0.99, null), null, null, null)
      )
    ).toMatchObject({ code: "#VALUE!", message: "expected: period 2: is blank" });
  });
});
