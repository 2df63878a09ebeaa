/**
 * LibreOffice as a second spreadsheet engine for tests: write sheet plans to an .xlsx file with
 * exceljs (formulas without cached results), let headless LibreOffice load it (computing every
 * formula) and save it again, then read the computed values back. Tests compare them with
 * HyperFormula's to check that the formulas the add-in writes are portable.
 *
 * Needs LibreOffice Calc (Debian: apt-get install libreoffice-calc-nogui); SOFFICE_PATH overrides
 * where soffice is.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import { cellAddress, parseRange } from "../../src/formula/a1";
import { isFormula, isTypedValue, planCells, SheetPlan } from "../../src/sheets/plan/plan";

export const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";

const TIMEOUT_MS = 120_000;

/**
 * LibreOffice computes formulas that have no cached value when it loads an .xlsx file, but by
 * default keeps the cached values of the others (it ignores fullCalcOnLoad). writeXlsx writes no
 * cached values; still, recalculate() sets Calc's "recalculation on file load" for Excel 2007 and
 * newer files to "always" (0) in its fresh profile, so every formula of any file is computed.
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Write the plans' cells and number formats to an .xlsx file, one worksheet per plan, in order. */
export async function writeXlsx(plans: SheetPlan[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  // Ask every reader to compute formulas on load (they have no cached results anyway).
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const plan of plans) {
    const sheet = workbook.addWorksheet(plan.name);
    for (const { row, col, cell } of planCells(plan)) {
      if (cell === null) continue;
      const target = sheet.getCell(row + 1, col + 1);
      const where = `${plan.name}!${cellAddress(row, col)}`;
      if (isFormula(cell)) {
        if (cell.spill)
          throw new Error(
            `${where}: a spilling formula (${cell.formula}) cannot be written ` +
              "for LibreOffice; portable sheets have one formula per cell"
          );
        if (!cell.formula.startsWith("="))
          throw new Error(`${where}: a formula must start with "="`);
        // No `result`: the file carries no cached value, so LibreOffice has to compute it.
        target.value = { formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue;
      } else if (isTypedValue(cell)) {
        target.value = cell.value;
        target.numFmt = cell.format;
      } else {
        // Text becomes a shared string: text whatever it looks like ("=1+1", "10%", "2024").
        target.value = cell;
      }
    }
    for (const { range, format } of plan.numberFormats) {
      const r = parseRange(range);
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++)
          sheet.getCell(row + 1, col + 1).numFmt = format;
    }
  }
  await workbook.xlsx.writeFile(file);
}

function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout: TIMEOUT_MS, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const how = error.killed ? `timed out after ${TIMEOUT_MS / 1000} s` : error.message;
          reject(
            new Error(`${command} ${args.join(" ")}: ${how}\nstdout: ${stdout}\nstderr: ${stderr}`)
          );
        } else resolve({ stdout, stderr });
      }
    );
  });
}

/**
 * Exceljs turns numbers shown with a date format into JS Dates rounded to the millisecond; while
 * reading LibreOffice's output, keep them as the serial numbers they are (full precision).
 */
const exceljsUtils = require("exceljs/lib/utils/utils") as { isDateFmt(fmt: string): boolean };

async function readWithoutDates(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const isDateFmt = exceljsUtils.isDateFmt;
  exceljsUtils.isDateFmt = () => false;
  try {
    await workbook.xlsx.readFile(file);
  } finally {
    exceljsUtils.isDateFmt = isDateFmt;
  }
  return workbook;
}

/** A value (or a formula's result) as the grid shows it. */
function plainResult(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return value;
  // Not expected (readWithoutDates keeps date-formatted numbers numbers), but a date is a serial.
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25569;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return plainResult(value.text);
  return value;
}

/**
 * A cell's computed value. For a formula, `cell.result`: exceljs's `cell.value` drops falsy
 * results (0, false, ""), so `cell.value.result` would read a computed 0 as empty.
 */
function computedValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return plainResult(cell.result);
  return plainResult(cell.value);
}

/** The values of a workbook's sheets: per sheet, a grid from A1 to the last cell with a value. */
function sheetValues(workbook: ExcelJS.Workbook): Map<string, unknown[][]> {
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    const cells: { row: number; col: number; value: unknown }[] = [];
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value !== null && cell.value !== undefined)
          cells.push({ row: r - 1, col: c - 1, value: computedValue(cell) });
      })
    );
    const rows = Math.max(0, ...cells.map((c) => c.row + 1));
    const columns = Math.max(0, ...cells.map((c) => c.col + 1));
    const grid: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(columns).fill(""));
    for (const { row, col, value } of cells) grid[row][col] = value;
    sheets.set(sheet.name, grid);
  });
  return sheets;
}

/**
 * Let headless LibreOffice load the .xlsx (computing its formulas) and save it again; returns the
 * computed values per sheet: numbers, text, booleans, error texts ("#DIV/0!"), "" for empty cells.
 */
export async function recalculate(file: string): Promise<Map<string, unknown[][]>> {
  if (!fs.existsSync(SOFFICE))
    throw new Error(
      `LibreOffice is not installed (${SOFFICE} is missing): apt-get install libreoffice-calc-nogui`
    );
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "lo-recalc-"));
  try {
    // A profile of its own for each call: parallel jest workers would collide on a shared one.
    const profile = path.join(dir, "profile");
    await fs.promises.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.promises.writeFile(
      path.join(profile, "user", "registrymodifications.xcu"),
      RECALC_ALWAYS
    );
    const outDir = path.join(dir, "out");
    await fs.promises.mkdir(outDir);
    const { stdout, stderr } = await run(SOFFICE, [
      "--headless",
      "--norestore",
      "--nologo",
      "--nodefault",
      "--nolockcheck",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      path.resolve(file),
    ]);
    const converted = path.join(outDir, `${path.parse(file).name}.xlsx`);
    if (!fs.existsSync(converted))
      throw new Error(
        `LibreOffice wrote no ${converted} converting ${file}\nstdout: ${stdout}\nstderr: ${stderr}`
      );
    return sheetValues(await readWithoutDates(converted));
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** The values LibreOffice computes for the plans (one sheet per plan, formulas computed). */
export async function libreOfficeValues(plans: SheetPlan[]): Promise<Map<string, unknown[][]>> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "lo-plans-"));
  try {
    const file = path.join(dir, "plans.xlsx");
    await writeXlsx(plans, file);
    return await recalculate(file);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
