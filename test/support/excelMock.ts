/**
 * A fake Excel for the writer's tests: the request context is an office-addin-mock
 * OfficeMockObject (load-before-read, sync); the objects the writer touches are recorders. What
 * they record lives outside the mock (office-addin-mock turns arrays inside it into mock objects).
 * Request size is measured independently of the writer: the JSON size of everything assigned or
 * passed between two syncs.
 */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, parseRange } from "../../src/sheets/a1";

export interface ExcelLog {
  syncs: number;
  /** Bytes queued in each request (between syncs). */
  requestBytes: number[];
  calls: string[];
  /** Formulas written, by "Sheet!A1". */
  cells: Map<string, unknown>;
  /** Number formats written, by "Sheet!A1". */
  numberFormats: Map<string, unknown>;
  sheetsAdded: string[];
  tables: { sheet: string; range: string; name?: string; style?: string }[];
  properties: Map<string, string>;
}

export interface ExistingSheet {
  name: string;
  /** Its tables, charts and names, by name. */
  tables?: string[];
  charts?: string[];
  names?: string[];
  /** The owner custom property's value, when the add-in made it. */
  owner?: string;
  /** Cell values, by A1 address. */
  values?: Record<string, unknown>;
}

export function mockExcel(existing: { sheets?: ExistingSheet[]; tables?: string[] } = {}) {
  const log: ExcelLog = {
    syncs: 0,
    requestBytes: [],
    calls: [],
    cells: new Map(),
    numberFormats: new Map(),
    sheetsAdded: [],
    tables: [],
    properties: new Map(),
  };
  let pending = 0;
  const note = (call: string, payload?: unknown) => {
    log.calls.push(call);
    pending += call.length + (payload === undefined ? 0 : JSON.stringify(payload).length);
  };
  const sheetNames = (existing.sheets ?? []).map((s) => s.name);
  const tableNames = [...(existing.tables ?? [])];

  function sheet(name: string, prior?: ExistingSheet) {
    const properties = new Map<string, string>(prior?.owner ? [["MSPScorecard", prior.owner]] : []);
    /** Records every property set and method call below `path` (format.fill.color = …, clear() …). */
    const recordObject = (path: string): Record<string, unknown> => {
      const store: Record<string, unknown> = {};
      return new Proxy(function () {} as unknown as Record<string, unknown>, {
        set(_target, key, value) {
          note(`${path}.${String(key)}=`, value);
          store[key as string] = value;
          return true;
        },
        get(_target, key) {
          if (key in store) return store[key as string];
          return recordObject(`${path}.${String(key)}`);
        },
        apply() {
          note(`${path}()`);
          return recordObject(`${path}()`);
        },
      });
    };
    const range = (address: string) => {
      // Whole columns ("A:A", for widths) carry no cells.
      const r = /^[A-Z]+:[A-Z]+$/.test(address)
        ? { top: 0, left: 0, bottom: -1, right: -1 }
        : parseRange(address);
      const expand = (into: Map<string, unknown>, grid: unknown[][]) =>
        grid.forEach((row, i) =>
          row.forEach((v, j) => into.set(`${name}!${cellAddress(r.top + i, r.left + j)}`, v))
        );
      const target = {
        load: (what: string) => note(`range(${address}).load(${what})`),
        get values() {
          return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
            Array.from(
              { length: r.right - r.left + 1 },
              (_, j) => prior?.values?.[cellAddress(r.top + i, r.left + j)] ?? ""
            )
          );
        },
        set formulas(grid: unknown[][]) {
          note(`range(${address}).formulas=`, grid);
          expand(log.cells, grid);
        },
        set numberFormat(grid: unknown[][]) {
          note(`range(${address}).numberFormat=`, grid);
          expand(log.numberFormats, grid);
        },
        format: recordObject(`range(${address}).format`),
        clear: (what: string) => note(`range(${address}).clear(${what})`),
        dataValidation: recordObject(`range(${address}).dataValidation`),
        conditionalFormats: {
          clearAll: () => note(`range(${address}).conditionalFormats.clearAll()`),
          add: (type: string) => {
            note(`range(${address}).conditionalFormats.add(${type})`);
            return recordObject(`range(${address}).conditionalFormat(${type})`);
          },
        },
      };
      return target;
    };
    return {
      name,
      getRange: (address: string) => range(address),
      getUsedRangeOrNullObject: () => {
        const cells = Object.keys(prior?.values ?? {}).map((a) => parseRange(a));
        if (cells.length === 0)
          return { isNullObject: true, load: () => note(`${name}.usedRange.load`) };
        const top = Math.min(...cells.map((c) => c.top));
        const left = Math.min(...cells.map((c) => c.left));
        const bottom = Math.max(...cells.map((c) => c.top));
        const right = Math.max(...cells.map((c) => c.left));
        const grid = Array.from({ length: bottom - top + 1 }, (_, i) =>
          Array.from(
            { length: right - left + 1 },
            (_, j) => prior?.values?.[cellAddress(top + i, left + j)] ?? ""
          )
        );
        return {
          isNullObject: false,
          rowIndex: top,
          columnIndex: left,
          values: grid,
          formulas: grid,
          load: () => note(`${name}.usedRange.load`),
        };
      },
      tables: {
        items: (prior?.tables ?? []).map((n) => ({ name: n })),
        load: () => note(`${name}.tables.load`),
        getItem: (n: string) => ({ delete: () => note(`${name}.tables.getItem(${n}).delete()`) }),
        add: (address: string, hasHeaders: boolean) => {
          note(`${name}.tables.add(${address}, ${hasHeaders})`);
          const table = { sheet: name, range: address } as ExcelLog["tables"][number];
          log.tables.push(table);
          return table;
        },
      },
      names: {
        items: (prior?.names ?? []).map((n) => ({ name: n })),
        load: () => note(`${name}.names.load`),
        getItem: (n: string) => ({ delete: () => note(`${name}.names.getItem(${n}).delete()`) }),
        add: (n: string) => note(`${name}.names.add(${n})`),
      },
      freezePanes: {
        freezeRows: (n: number) => note(`${name}.freezeRows(${n})`),
        freezeColumns: (n: number) => note(`${name}.freezeColumns(${n})`),
        freezeAt: () => note(`${name}.freezeAt`),
      },
      charts: {
        items: (prior?.charts ?? []).map((n) => ({ name: n })),
        load: () => note(`${name}.charts.load`),
        getItem: (n: string) => ({ delete: () => note(`${name}.charts.getItem(${n}).delete()`) }),
        add: (type: string) => {
          note(`${name}.charts.add(${type})`);
          const series = {
            setXAxisValues: () => note("series.setXAxisValues"),
            setValues: () => note("series.setValues"),
          };
          return {
            name: "",
            title: recordObject("chart.title"),
            setPosition: (from: string, to: string) => note(`chart.setPosition(${from}, ${to})`),
            series: { getItemAt: () => series, add: () => series },
          };
        },
      },
      customProperties: {
        add: (key: string, value: string) => {
          note(`${name}.customProperties.add(${key})`, value);
          properties.set(key, value);
          log.properties.set(name, value);
        },
        getItemOrNullObject: (key: string) => ({
          load: () => note(`${name}.customProperties.load(${key})`),
          get isNullObject() {
            return !properties.has(key);
          },
          get value() {
            return properties.get(key);
          },
        }),
      },
      activate: () => note(`${name}.activate()`),
      pageLayout: recordObject(`${name}.pageLayout`),
      isNullObject: false,
    };
  }

  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        load: function (this: { items: unknown }, what: string) {
          note(`worksheets.load(${what})`);
          this.items = sheetNames.map((n) => ({ name: n }));
        },
        add: (n: string) => {
          note(`worksheets.add(${n})`);
          sheetNames.push(n);
          log.sheetsAdded.push(n);
          return sheet(n);
        },
        getItemOrNullObject: (n: string) => {
          note(`worksheets.getItemOrNullObject(${n})`);
          const prior = existing.sheets?.find((s) => s.name === n);
          return prior ? sheet(n, prior) : { ...sheet(n), isNullObject: true };
        },
      },
      tables: {
        load: function (this: { items: unknown }, what: string) {
          note(`tables.load(${what})`);
          this.items = tableNames.map((n) => ({ name: n }));
        },
      },
    },
    application: {
      suspendApiCalculationUntilNextSync: () => note("suspendApiCalculationUntilNextSync"),
      suspendScreenUpdatingUntilNextSync: () => note("suspendScreenUpdatingUntilNextSync"),
    },
  });
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    log.syncs++;
    log.requestBytes.push(pending);
    pending = 0;
    await mockSync();
  };
  return { context: context as unknown as Excel.RequestContext, log };
}
