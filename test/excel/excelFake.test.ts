/**
 * The strict Excel fake is as strict as Excel where the add-in could go wrong: each check here is
 * something Excel does (sources in test/support/excelFake.ts and src/workbench/excelInput.ts).
 */
import { ExcelError, FakeWorkbook, runOn } from "../support/excelFake";

const run = <T>(book: FakeWorkbook, fn: (context: Excel.RequestContext) => Promise<T>) =>
  runOn(book, fn);

describe("loading", () => {
  test("a property read before load + sync throws PropertyNotLoaded", async () => {
    const book = new FakeWorkbook();
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow("PropertyNotLoaded");
      range.load("values");
      expect(() => range.values).toThrow("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow("PropertyNotLoaded");
    });
  });

  test("isNullObject is known only after a sync", async () => {
    const book = new FakeWorkbook();
    await run(book, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("values loaded are those at the sync; results are computed", async () => {
    const book = new FakeWorkbook();
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [["=1+1", "=A1*3"]];
      range.load("values, formulas");
      await context.sync();
      expect(range.values).toEqual([[2, 6]]);
      expect(range.formulas).toEqual([["=1+1", "=A1*3"]]);
    });
  });
});

describe("cells as Excel reads them", () => {
  test("strings are parsed like typed input; an apostrophe keeps text; null and '' as documented", async () => {
    const book = new FakeWorkbook({ sheets: [{ name: "S", cells: { D1: "keep me" } }] });
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:E1").values = [["Jan 2026", "'Jan 2026", "10%", null, "TRUE"]];
      sheet.getRange("A2:B2").values = [["", "x"]];
      sheet.getRange("A2").values = [[""]];
      await context.sync();
    });
    expect(book.value("S", "A1")).toBe(46023);
    expect(book.format("S", "A1")).toBe("mmm-yy");
    expect(book.text("S", "A1")).toBe("Jan-26");
    expect(book.value("S", "B1")).toBe("Jan 2026");
    expect(book.value("S", "C1")).toBe(0.1);
    expect(book.value("S", "D1")).toBe("keep me");
    expect(book.value("S", "E1")).toBe(true);
    expect(book.value("S", "A2")).toBeNull();
  });

  test("a grid must be the size of its range", async () => {
    const book = new FakeWorkbook();
    await expect(
      run(book, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").numberFormat = [["0.0"]];
      })
    ).rejects.toThrow("doesn't match the size");
  });

  test("table headers become text: the displayed text, unique, Column1 for a blank", async () => {
    const book = new FakeWorkbook();
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D2").values = [
        ["Jan 2026", "Notes", "notes", ""],
        [1, 2, 3, 4],
      ];
      sheet.tables.add("A1:D2", true).name = "T";
      await context.sync();
    });
    expect(["A1", "B1", "C1", "D1"].map((a) => book.value("Sheet1", a))).toEqual([
      "Jan-26",
      "Notes",
      "notes2",
      "Column4",
    ]);
  });
});

describe("Excel's limits", () => {
  test.each(["A name longer than thirty-one chars", "Q1/Q2", "What?", "'quoted", ""])(
    "a sheet cannot be called %j",
    async (name) => {
      const book = new FakeWorkbook();
      await expect(
        run(book, async (context) => void context.workbook.worksheets.add(name))
      ).rejects.toThrow("InvalidArgument");
    }
  );

  test("a cell holds at most 32,767 characters", async () => {
    const book = new FakeWorkbook();
    await expect(
      run(book, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32768)]];
      })
    ).rejects.toThrow("32767");
  });

  test("a request over 5 MB is refused", async () => {
    const book = new FakeWorkbook();
    const error = await run(book, async (context) => {
      const text = "y".repeat(30000);
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let r = 1; r <= 200; r++) sheet.getRange(`A${r}`).values = [[text]];
      return context.sync().catch((e: ExcelError) => e);
    });
    expect(error).toBeInstanceOf(ExcelError);
    expect((error as ExcelError).code).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("table and defined names follow Excel's rules and are unique", async () => {
    const book = new FakeWorkbook();
    await expect(
      run(book, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:A2").values = [["h"], [1]];
        sheet.tables.add("A1:A2", true).name = "A1";
      })
    ).rejects.toThrow("not a valid table name");
    await expect(
      run(book, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.names.add("Totals", sheet.getRange("A1"));
        sheet.names.add("totals", sheet.getRange("A2"));
      })
    ).rejects.toThrow("ItemAlreadyExists");
  });
});

describe("enum strings and rule keys from @types/office-js", () => {
  const attempt = (fn: (sheet: Excel.Worksheet) => void) =>
    run(new FakeWorkbook(), async (context) => fn(context.workbook.worksheets.getItem("Sheet1")));

  test("conditional format types, chart types and page orientations", async () => {
    await expect(
      attempt((s) => void s.getRange("A1").conditionalFormats.add("TextEquals" as never))
    ).rejects.toThrow("ConditionalFormatType");
    await expect(
      attempt((s) => void s.charts.add("Bars" as never, s.getRange("A1:A2"), "Auto"))
    ).rejects.toThrow("ChartType");
    await expect(
      attempt((s) => void (s.pageLayout.orientation = "Sideways" as never))
    ).rejects.toThrow("PageOrientation");
  });

  test("data-validation rules take Excel's keys only (wholeNumber, not whole)", async () => {
    await expect(
      attempt(
        (s) =>
          void (s.getRange("A1").dataValidation.rule = {
            whole: { formula1: 0, formula2: 9, operator: "Between" },
          } as never)
      )
    ).rejects.toThrow("'whole' is not one of");
    await expect(
      attempt(
        (s) =>
          void (s.getRange("A1").dataValidation.rule = {
            wholeNumber: { formula1: 0, formula2: 9, operator: "Between" },
          })
      )
    ).resolves.toBeUndefined();
  });

  test("page zoom takes Excel's options only", async () => {
    await expect(
      attempt((s) => void (s.pageLayout.zoom = { fitToWidth: 1 } as never))
    ).rejects.toThrow("no option 'fitToWidth'");
  });
});

describe("spills", () => {
  test("a spilling formula inside a table is refused (Excel shows #SPILL!)", async () => {
    const book = new FakeWorkbook();
    await expect(
      run(book, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:C3").values = [
          ["a", "b", "c"],
          [1, 2, 3],
          [4, 5, 6],
        ];
        sheet.tables.add("A1:C3", true).name = "T";
        sheet.getRange("A2").formulas = [["=MSP.KPI.STATUS(B2:C2,2)"]];
        await context.sync();
      })
    ).rejects.toThrow("spills inside table T");
  });

  test("a spill blocked by a value shows #SPILL!", async () => {
    const book = new FakeWorkbook({ sheets: [{ name: "S", cells: { C1: "mine" } }] });
    await run(book, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B1").formulas = [
        ["=MSP.KPI.STATUS(D2:E2,2)"],
      ];
      await context.sync();
    });
    expect(book.value("S", "B1")).toBe("#SPILL!");
  });
});
