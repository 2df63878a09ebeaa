/**
 * The LibreOffice test support (test/support/libreoffice.ts): plans written to .xlsx keep their
 * text as text and their typed values, LibreOffice computes every formula on load, and the values
 * read back are numbers, text, booleans and error texts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { emptyPlan, PlanCell } from "../../../src/sheets/plan/plan";
import { libreOfficeValues, recalculate, SOFFICE, writeXlsx } from "../../support/libreoffice";

jest.setTimeout(120_000);

beforeAll(() => {
  if (!fs.existsSync(SOFFICE))
    throw new Error(
      `LibreOffice is needed (${SOFFICE} is missing): apt-get install libreoffice-calc-nogui`
    );
});

/** Formulas of the main sheet, from A8 down, with the values LibreOffice must compute. */
const FORMULAS: [string, unknown][] = [
  ["=SUM(A1:A3)", 6],
  ["=SUMPRODUCT(B1:B3,C1:C3)", 4 * 7 + 5 * 8 + 6 * 9],
  ['=IF(D1="","blank","x")', "blank"],
  ["=INDEX(B1:B3,2,1)", 5],
  ["=ROUND(1/3,9)", 0.333333333],
  ["=MIN(2,3)", 2],
  ["=1/0", "#DIV/0!"],
  ["=NA()", "#N/A"],
  ['=VALUE("x")', "#VALUE!"],
  ["=SUMPRODUCT({1,2,3},{4,5,6})", 32],
  ["='Other sheet'!A1*2", 42],
  ["='Bob''s data'!A1", "from Bob"],
  ['=IF(LOWER("Yes")="yes",1,0)', 1],
  ["=COUNT(A1:A3)", 3],
  ["=AND(TRUE,1=1)", true],
  ["=1=2", false],
  ["=1-1", 0],
  ["=A8+1", 7], // a formula on a formula (A8 is the SUM)
  ["=ISBLANK(D1)", true],
  ["=ISTEXT(A5)", true], // "2024" is text…
  ['=A5&"!"', "2024!"],
  ["=ISTEXT(C5)", true], // …and so is "=1+1"
  ["=ISNUMBER(A6)", true], // a typed value is a number
  ["=B6+1", 46024],
  ['=IF(1,"")', ""],
];

test("text stays text, typed values keep their values, and every formula is computed", async () => {
  const main = emptyPlan("test", "Main sheet");
  main.references = ["Other sheet", "Bob's data"];
  main.blocks.push(
    {
      at: "A1",
      cells: [
        [1, 4, 7, null],
        [2, 5, 8],
        [3, 6, 9],
      ],
    },
    { at: "A5", cells: [["2024", "10%", "=1+1", "TRUE", "=x"]] },
    {
      at: "A6",
      cells: [
        [
          { value: 0.125, format: "0.0%" },
          { value: 46023, format: "yyyy-mm-dd" },
          { value: 46023.123456789, format: "d/m/yyyy h:mm" },
          true,
          false,
        ],
      ],
    },
    { at: "A8", cells: FORMULAS.map(([formula]): PlanCell[] => [{ formula }]) }
  );
  // Number formats on text must not turn it into numbers; later formats win.
  main.numberFormats.push(
    { range: "A1:C3", format: "0.00" },
    { range: "A5:E5", format: "0%" },
    { range: "A1", format: "0.000" },
    { range: "G1:H60", format: "0.00" } // formatted empty cells do not widen the grid
  );
  const other = emptyPlan("test", "Other sheet");
  other.references = ["Main sheet"];
  other.blocks.push({ at: "A1", cells: [[21], [{ formula: "='Main sheet'!A1+100" }]] });
  const bob = emptyPlan("test", "Bob's data");
  bob.blocks.push({ at: "A1", cells: [["from Bob"]] });

  const values = await libreOfficeValues([main, other, bob]);

  expect([...values.keys()]).toEqual(["Main sheet", "Other sheet", "Bob's data"]);
  expect(values.get("Other sheet")).toEqual([[21], [101]]);
  expect(values.get("Bob's data")).toEqual([["from Bob"]]);

  const grid = values.get("Main sheet")!;
  expect(grid).toHaveLength(7 + FORMULAS.length);
  // The grid is as wide as the widest row (E, row 5): D1 is empty (null), so it reads "".
  expect(grid.every((row) => row.length === 5)).toBe(true);
  expect(grid.slice(0, 3)).toEqual([
    [1, 4, 7, "", ""],
    [2, 5, 8, "", ""],
    [3, 6, 9, "", ""],
  ]);
  expect(grid[3]).toEqual(["", "", "", "", ""]);
  expect(grid[4]).toEqual(["2024", "10%", "=1+1", "TRUE", "=x"]);
  expect(grid[5]).toEqual([0.125, 46023, 46023.123456789, true, false]);
  expect(grid[6]).toEqual(["", "", "", "", ""]);

  const computed = grid.slice(7).map((row) => row[0]);
  FORMULAS.forEach(([formula, expected], i) => {
    if (typeof expected === "number")
      expect([formula, computed[i]]).toEqual([formula, expect.closeTo(expected, 12)]);
    else expect([formula, computed[i]]).toEqual([formula, expected]);
  });
});

test("numbers come back with (nearly) full precision", async () => {
  const plan = emptyPlan("test", "Precision");
  plan.blocks.push({
    at: "A1",
    cells: [[{ formula: "=1/3" }, { formula: "=2/3*1000" }, { formula: "=0.1+0.2" }]],
  });
  const [[third, twoThirds, tenths]] = (await libreOfficeValues([plan])).get("Precision")!;
  // LibreOffice saves numbers rounded to 15 significant digits (0.333333333333333).
  expect(Math.abs((third as number) - 1 / 3)).toBeLessThan(1e-15);
  expect(Math.abs((twoThirds as number) - 2000 / 3) / (2000 / 3)).toBeLessThan(1e-14);
  expect(tenths).toBe(0.3);
});

test("LibreOffice computes formulas even over stale cached values", async () => {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "lo-test-"));
  try {
    const file = path.join(dir, "cached.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cached");
    sheet.getCell("A1").value = 5;
    sheet.getCell("A2").value = { formula: "A1*3", result: 999 } as ExcelJS.CellFormulaValue;
    sheet.getCell("A3").value = { formula: "A2+1", result: 7 } as ExcelJS.CellFormulaValue;
    await workbook.xlsx.writeFile(file);
    expect((await recalculate(file)).get("Cached")).toEqual([[5], [15], [16]]);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
});

test("a spilling formula is refused", async () => {
  const plan = emptyPlan("test", "Spill");
  plan.blocks.push({
    at: "A1",
    cells: [[{ formula: "=SEQUENCE(3)", spill: { rows: 3, columns: 1 } }]],
  });
  await expect(writeXlsx([plan], path.join(os.tmpdir(), "never-written.xlsx"))).rejects.toThrow(
    /spilling formula/
  );
});
