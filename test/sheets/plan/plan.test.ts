import { columnIndex, columnName, parseRange, rangeAddress } from "../../../src/formula/a1";
import { firstCollision, ownedRanges, ownerRecord } from "../../../src/sheets/plan/owner";
import { checkedPlan, emptyPlan, SheetPlan, validatePlan } from "../../../src/sheets/plan/plan";

function plan(edit: (p: SheetPlan) => void): SheetPlan {
  const p = emptyPlan("test", "Scores");
  p.blocks.push({
    at: "A1",
    cells: [
      ["Provider", "Score"],
      ["Acme", 4],
    ],
  });
  edit(p);
  return p;
}

describe("A1 addresses", () => {
  test("columns round-trip", () => {
    for (const [i, name] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ] as const) {
      expect(columnName(i)).toBe(name);
      expect(columnIndex(name)).toBe(i);
    }
  });
  test("ranges normalise their corners", () => {
    expect(parseRange("C5:A1")).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
    expect(rangeAddress(parseRange("$B$2"))).toBe("B2");
  });
});

describe("validatePlan", () => {
  test("a good plan has no problems, and is JSON data", () => {
    const p = plan((p) => p.tables.push({ name: "Scores_T", range: "A1:B2" }));
    expect(validatePlan(p)).toEqual([]);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  test.each<[string, (p: SheetPlan) => void, string]>([
    ["bad sheet name", (p) => (p.name = "Q1/Q2"), "not a valid Excel sheet name"],
    ["long sheet name", (p) => (p.name = "x".repeat(32)), "not a valid Excel sheet name"],
    [
      "overlapping blocks",
      (p) => p.blocks.push({ at: "B2", cells: [[1]] }),
      "block 2 overlaps block 1",
    ],
    [
      "overlapping tables",
      (p) => p.tables.push({ name: "T1", range: "A1:B2" }, { name: "T2", range: "B1:B2" }),
      "overlaps another table",
    ],
    [
      "table without a written header",
      (p) => p.tables.push({ name: "T1", range: "D1:E3" }),
      "header row is not written",
    ],
    [
      "table name like a cell",
      (p) => p.tables.push({ name: "AB12", range: "A1:B2" }),
      "table name 'AB12' is not valid",
    ],
    [
      "formula to an unnamed sheet",
      (p) => p.blocks.push({ at: "D1", cells: [[{ formula: "=SUM('Other sheet'!A1:A3)" }]] }),
      "references sheet 'Other sheet'",
    ],
    [
      "formula without =",
      (p) => p.blocks.push({ at: "D1", cells: [[{ formula: "SUM(A1)" }]] }),
      'must start with "="',
    ],
    [
      "infinite number",
      (p) => p.blocks.push({ at: "D1", cells: [[Infinity]] }),
      "not a finite number",
    ],
    [
      "duplicate names",
      (p) => p.names.push({ name: "Total", range: "B2" }, { name: "Total", range: "B1" }),
      "defined twice",
    ],
    ["bad range", (p) => p.numberFormats.push({ range: "B2:", format: "0" }), "is not an A1 range"],
  ])("%s", (_, edit, message) => {
    expect(validatePlan(plan(edit)).join("\n")).toContain(message);
    expect(() => checkedPlan(plan(edit))).toThrow(message);
  });

  test("references to named sheets are allowed; sheet names inside text are not references", () => {
    const p = plan((p) => {
      p.references = ["KPI tracker"];
      p.blocks.push({
        at: "D1",
        cells: [[{ formula: "='KPI tracker'!B3+Scores!B2" }], [{ formula: '="See Other!A1"' }]],
      });
    });
    expect(validatePlan(p)).toEqual([]);
  });
});

describe("limits Excel sets", () => {
  test("a formula over 8,192 characters and a text over 32,767 are refused", () => {
    const p = plan((p) =>
      p.blocks.push({
        at: "D1",
        cells: [[{ formula: `=${"1+".repeat(4100)}1` }, "x".repeat(32768), "x".repeat(32767)]],
      })
    );
    expect(validatePlan(p)).toEqual([
      "cell D1: a formula longer than 8192 characters",
      "cell E1: text longer than 32767 characters",
    ]);
  });
});

describe("spills", () => {
  const spilling = () => {
    const p = emptyPlan("test", "Spill");
    p.blocks.push({
      at: "A1",
      cells: [[{ formula: "=MSP.KPI.STATUS(A5:D5,1)", spill: { rows: 1, columns: 4 } }]],
    });
    return p;
  };

  test("nothing of the plan's own may sit in a spill area, and no spill inside a table", () => {
    const p = spilling();
    p.blocks.push({ at: "C1", cells: [["in the way"]] });
    expect(validatePlan(p)).toEqual(["cell C1 is in the spill of A1"]);
    const q = spilling();
    q.blocks.push({ at: "B3", cells: [["h"], [1]] });
    q.tables.push({ name: "T", range: "A1:B2" });
    expect(validatePlan(q)).toContain("the spill of A1 is inside table T");
  });

  test("the add-in owns its spill areas, and a user's value in one stops a rebuild, naming the cell", () => {
    const p = checkedPlan(spilling());
    expect(ownedRanges(p)).toEqual(["A1:D1"]);
    const snapshot = {
      name: "Spill",
      record: { ...ownerRecord(p), owned: "A1" },
      values: [["Green", "", "mine"]],
      formulas: [["=MSP.KPI.STATUS(A5:D5,1)", "", "mine"]],
    };
    expect(firstCollision(snapshot, p)).toBe(
      'Cell Spill!C1 holds "mine", which MSP Scorecard did not write: move it and try again.'
    );
  });
});
