/**
 * Every sheet, on both backends that are as strict as Excel about what a typed string becomes
 * (test/support/backends.ts): created, typed into as a user types (numbers, percent text,
 * currency, dates, TRUE), then put through every edit the task pane offers — each typed value is
 * still in its place, showing what it showed. And names that Excel would read as something else
 * (2024, 1-2, 10%, TRUE, (5), Jan 2026, 3/4, =cmd) stay exactly those names.
 */
import { cellAddress } from "../../src/formula/a1";
import { dateSerial } from "../../src/workbench/excelInput";
import { KPI_CATALOG, kpi, monthKey, TrackerConfig } from "../../src/sheets/kpi/model";
import { nextYearTracker, readTracker, rebuildTracker } from "../../src/sheets/kpi/reader";
import { reviewPlan } from "../../src/sheets/kpi/review";
import {
  DEF,
  MONTH_COL,
  trackerLayout,
  trackerPlan,
  trackerShape,
} from "../../src/sheets/kpi/tracker";
import {
  COL,
  MAIN_HEADER_ROW,
  PROVIDER_COL,
  scorecardLayout,
  scorecardPlan,
  scorecardShape,
} from "../../src/sheets/scorecard/sheet";
import {
  Criterion,
  defaultScorecard,
  ScorecardConfig,
  scorecardProblems,
} from "../../src/sheets/scorecard/model";
import { readScorecard, rebuildScorecard } from "../../src/sheets/scorecard/reader";
import { SL, slaLayout, slaPlan, slaShape, TERMS, YEAR_COL } from "../../src/sheets/sla/sheet";
import { defaultSla, serviceLevel, SlaConfig } from "../../src/sheets/sla/model";
import { nextContractYear, readSla, rebuildSla } from "../../src/sheets/sla/reader";
import { Backend, BACKENDS } from "../support/backends";

const THIS_YEAR = new Date().getFullYear();
/** Names Excel en-US would turn into a number, a date, a boolean or a formula if typed. */
const TRICKY = ["2024", "1-2", "10%", "TRUE", "(5)", "Jan 2026", "3/4", "=cmd"];

/** A typed entry: where it is now (null once its row or column was removed), what it holds. */
interface Typed<Where> {
  where: (at: Where) => string | null;
  input: string;
  value: unknown;
  text?: string;
}

function expectTyped<Where>(b: Backend, sheet: string, at: Where, typed: Typed<Where>[]): void {
  for (const t of typed) {
    const a1 = t.where(at);
    if (a1 === null) continue;
    const shown = {
      input: t.input,
      value: b.value(sheet, a1),
      ...(t.text ? { text: b.text(sheet, a1) } : {}),
    };
    expect(shown).toEqual({ input: t.input, value: t.value, ...(t.text ? { text: t.text } : {}) });
  }
}

describe.each(BACKENDS)("on %s", (_, make) => {
  let b: Backend;
  beforeEach(() => (b = make()));
  afterEach(() => b.close());

  test("scorecard: typed scores, raw values, bids, gates, weights and notes survive every edit", async () => {
    const criteria: Criterion[] = [
      {
        category: "Commercial",
        name: "Cost",
        weight: 20,
        mustHave: false,
        mode: "score",
        notes: "",
      },
      {
        category: "Security",
        name: "Security",
        weight: 15,
        mustHave: true,
        mode: "score",
        notes: "",
      },
      {
        category: "Service",
        name: "Uptime",
        weight: 10,
        mustHave: false,
        mode: "higher",
        notes: "",
      },
      {
        category: "Commercial",
        name: "Price",
        weight: 10,
        mustHave: false,
        mode: "price",
        notes: "",
      },
    ];
    const config: ScorecardConfig = {
      ...defaultScorecard(),
      providers: ["Acme", "Beta", "Core"],
      criteria,
      evaluators: ["Ann", "Bo"],
    };
    const { sheetName } = await b.workbook.createSheets([scorecardPlan(config)]);
    type At = { config: ScorecardConfig };
    const cell =
      (
        row: (a: At, i: number) => number | undefined,
        criterion: string,
        col: (a: At) => number | undefined
      ) =>
      (a: At) => {
        const i = a.config.criteria.findIndex((c) => c.name === criterion);
        const r = i < 0 ? undefined : row(a, i);
        const c = col(a);
        return r === undefined || c === undefined ? null : cellAddress(r, c);
      };
    const layout = (a: At) => scorecardLayout(scorecardShape(a.config));
    const provider = (name: string) => (a: At) => {
      const j = a.config.providers.indexOf(name);
      return j < 0 ? undefined : PROVIDER_COL + j;
    };
    const main = (a: At, i: number) => layout(a).firstRow + i;
    const bo = (a: At, i: number) => layout(a).evaluatorBlocks[0].first + i;
    const gate = (a: At, i: number) => {
      const k = layout(a).mustHaves.indexOf(i);
      return k < 0 ? undefined : layout(a).gates!.first + k;
    };
    const score = (
      row: (a: At, i: number) => number | undefined,
      c: string,
      p: string,
      input: string,
      value: unknown,
      text?: string
    ): Typed<At> => ({
      where: cell(row, c, provider(p)),
      input,
      value,
      text,
    });
    const typed: Typed<At>[] = [
      score(main, "Cost", "Acme", "4", 4),
      score(main, "Cost", "Beta", "3", 3),
      score(main, "Cost", "Core", "5", 5),
      score(main, "Security", "Acme", "5", 5),
      score(main, "Security", "Beta", "4", 4),
      score(main, "Uptime", "Acme", "99.5%", 0.995),
      score(main, "Uptime", "Beta", "99.95%", 0.9995),
      score(main, "Uptime", "Core", "0.98", 0.98),
      score(main, "Price", "Acme", "$120,000", 120000),
      score(main, "Price", "Beta", "95,000", 95000),
      score(main, "Price", "Core", "100000", 100000),
      score(bo, "Cost", "Acme", "2", 2),
      score(bo, "Security", "Core", "3", 3),
      score(gate, "Security", "Acme", "yes", "yes"),
      score(gate, "Security", "Beta", "no", "no"),
      { where: cell(main, "Cost", () => COL.weight), input: "25", value: 25 },
      {
        where: cell(main, "Cost", (a) => layout(a).notesCol),
        input: "3/4",
        value: dateSerial(THIS_YEAR, 3, 4),
        text: "4-Mar",
      },
      {
        where: cell(main, "Security", (a) => layout(a).notesCol),
        input: "Jan 2026",
        value: 46023,
        text: "Jan-26",
      },
      {
        where: cell(main, "Uptime", (a) => layout(a).notesCol),
        input: "10%",
        value: 0.1,
        text: "10%",
      },
      { where: cell(main, "Price", (a) => layout(a).notesCol), input: "TRUE", value: true },
    ];
    const at0: At = { config };
    for (const t of typed) b.type(sheetName, t.where(at0)!, t.input);
    expectTyped(b, sheetName, at0, typed);

    const edits: ((c: ScorecardConfig) => ScorecardConfig)[] = [
      (c) => ({ ...c, providers: [...c.providers, "Delta"] }),
      (c) => ({ ...c, criteria: [...c.criteria, { ...criteria[0], name: "Innovation" }] }),
      (c) => ({ ...c, providers: c.providers.filter((p) => p !== "Beta") }),
      (c) => ({ ...c, criteria: c.criteria.filter((x) => x.name !== "Cost") }),
    ];
    for (const change of edits) {
      await b.workbook.editSheets([sheetName], (s) => rebuildScorecard(s, change));
      const [snapshot] = await b.workbook.readSheets([sheetName]);
      expectTyped(b, sheetName, { config: readScorecard(snapshot).config }, typed);
    }
  });

  test("KPI tracker: actuals, ratio counts, targets and notes survive every edit; next year and the review", async () => {
    const config: TrackerConfig = {
      name: "KPI tracker",
      provider: "Acme IT",
      firstMonth: "2026-01",
      months: 3,
      kpis: [
        kpi("CSAT", "%", "higher", 0.9),
        kpi("First-contact resolution", "%", "higher", 0.75, {
          ratio: { numerator: "Resolved first time", denominator: "Tickets" },
        }),
        kpi("Ticket backlog", "tickets", "lower", 50),
      ],
    };
    const { sheetName } = await b.workbook.createSheets([trackerPlan(config)]);
    type At = { config: TrackerConfig };
    const layout = (a: At) => trackerLayout(trackerShape(a.config));
    const actual = (
      name: string,
      measure: number,
      month: string,
      input: string,
      value: unknown,
      text?: string
    ): Typed<At> => ({
      where: (a) => {
        const i = a.config.kpis.findIndex((k) => k.name === name);
        const m = [...Array(a.config.months).keys()].find(
          (j) => monthKey(a.config.firstMonth, j) === month
        );
        return i < 0 || m === undefined
          ? null
          : cellAddress(layout(a).actualRows[i][measure], MONTH_COL + m);
      },
      input,
      value,
      text,
    });
    const definition = (
      name: string,
      col: number,
      input: string,
      value: unknown,
      text?: string
    ): Typed<At> => ({
      where: (a) => {
        const i = a.config.kpis.findIndex((k) => k.name === name);
        return i < 0 ? null : cellAddress(layout(a).defFirst + i, col);
      },
      input,
      value,
      text,
    });
    const typed: Typed<At>[] = [
      actual("CSAT", 0, "2026-01", "92%", 0.92, "92.0%"),
      actual("CSAT", 0, "2026-02", "0.85", 0.85),
      actual("First-contact resolution", 0, "2026-01", "1,250", 1250, "1,250"),
      actual("First-contact resolution", 1, "2026-01", "1,500", 1500),
      actual("Ticket backlog", 0, "2026-03", "40", 40),
      definition("CSAT", DEF.target, "95%", 0.95),
      definition("CSAT", DEF.notes, "Jan 2026", 46023, "Jan-26"),
      definition("Ticket backlog", DEF.notes, "3/4", dateSerial(THIS_YEAR, 3, 4), "4-Mar"),
    ];
    for (const t of typed) b.type(sheetName, t.where({ config })!, t.input);

    const availability = KPI_CATALOG.find((k) => k.name === "Availability")!;
    const edits: ((c: TrackerConfig) => TrackerConfig)[] = [
      (c) => ({ ...c, months: c.months + 1 }),
      (c) => ({ ...c, kpis: [...c.kpis, { ...availability }] }),
      (c) => ({ ...c, kpis: c.kpis.filter((k) => k.name !== "Ticket backlog") }),
    ];
    for (const change of edits) {
      await b.workbook.editSheets([sheetName], (s) => rebuildTracker(s, change));
      const [snapshot] = await b.workbook.readSheets([sheetName]);
      expectTyped(b, sheetName, { config: readTracker(snapshot).config }, typed);
    }

    // Next year: a new sheet, this year's untouched; the review pack reads this year's actuals.
    const [snapshot] = await b.workbook.readSheets([sheetName]);
    const { sheetName: next } = await b.workbook.createSheets([nextYearTracker(snapshot)]);
    expect(next).toBe("KPI tracker 2026");
    expectTyped(b, sheetName, { config: readTracker(snapshot).config }, typed);
    const { sheetName: review } = await b.workbook.createSheets([reviewPlan(snapshot, 0)]);
    expect(b.value(review, "A1")).toBe("Monthly review — Jan 2026 — Acme IT");
    const actuals = [0, 1, 2].map((r) => b.value(review, `C${7 + r}`));
    expect(actuals).toContain(0.92);
    expect(actuals.some((v) => typeof v === "number" && Math.abs(v - 1250 / 1500) < 1e-9)).toBe(
      true
    );
  });

  test("SLA sheet: invoice, actuals and terms survive adding a service level and a month", async () => {
    const config: SlaConfig = { ...defaultSla(), firstMonth: "2026-01", months: 3 };
    const { sheetName } = await b.workbook.createSheets([slaPlan(config)]);
    type At = { config: SlaConfig };
    const layout = (a: At) => slaLayout(slaShape(a.config));
    const month = (
      row: (a: At) => number | undefined,
      m: number,
      input: string,
      value: unknown,
      text?: string
    ): Typed<At> => ({
      where: (a) => {
        const r = row(a);
        return r === undefined ? null : cellAddress(r, MONTH_COL + m);
      },
      input,
      value,
      text,
    });
    const actualRow = (name: string) => (a: At) => {
      const i = a.config.serviceLevels.findIndex((s) => s.name === name);
      return i < 0 ? undefined : layout(a).actualRow(i);
    };
    const typed: Typed<At>[] = [
      month((a) => layout(a).invoiceRow, 1, "$120,000", 120000, "120,000"),
      month(actualRow("Availability"), 0, "99.5%", 0.995, "99.50%"),
      month(actualRow("Service desk response"), 0, "0.85", 0.85),
      month(actualRow("Backup success"), 2, "96.5%", 0.965),
      { where: () => cellAddress(TERMS.atRiskPct, 1), input: "12%", value: 0.12, text: "12.0%" },
    ];
    for (const t of typed) b.type(sheetName, t.where({ config })!, t.input);
    const edits: ((c: SlaConfig) => SlaConfig)[] = [
      (c) => ({ ...c, serviceLevels: [...c.serviceLevels, serviceLevel("Security patching")] }),
      (c) => ({ ...c, months: c.months + 1 }),
    ];
    for (const change of edits) {
      await b.workbook.editSheets([sheetName], (s) => rebuildSla(s, change));
      const [snapshot] = await b.workbook.readSheets([sheetName]);
      expectTyped(b, sheetName, { config: readSla(snapshot).config }, typed);
    }
  });

  test("SLA sheet over contract years: Start next contract year and later edits keep every value", async () => {
    const tracker: TrackerConfig = {
      name: "KPI tracker 2026",
      provider: "Acme IT",
      firstMonth: "2026-01",
      months: 12,
      kpis: [kpi("Availability", "%", "higher", 0.999)],
    };
    await b.workbook.createSheets([trackerPlan(tracker)]);
    const base = defaultSla();
    const config: SlaConfig = {
      ...base,
      firstMonth: "2026-01",
      serviceLevels: base.serviceLevels.map((s, i) =>
        i === 0 ? { ...s, linkedKpi: { sheet: tracker.name, kpi: "Availability" } } : s
      ),
    };
    const { sheetName } = await b.workbook.createSheets([slaPlan(config)]);
    type At = { config: SlaConfig };
    const layout = (a: At) => slaLayout(slaShape(a.config));
    const index = (a: At, name: string) => a.config.serviceLevels.findIndex((s) => s.name === name);
    const actual = (name: string, m: number, input: string, value: unknown): Typed<At> => ({
      where: (a) => {
        const i = index(a, name);
        return i < 0 || m >= a.config.months
          ? null
          : cellAddress(layout(a).actualRow(i), MONTH_COL + m);
      },
      input,
      value,
    });
    const level = (
      name: string,
      year: number,
      k: number,
      input: string,
      value: unknown
    ): Typed<At> => ({
      where: (a) => {
        const i = index(a, name);
        return i < 0 || year > layout(a).Y
          ? null
          : cellAddress(layout(a).yearRow(year, i), YEAR_COL.first + k);
      },
      input,
      value,
    });
    const yearOne: Typed<At>[] = [
      actual("Service desk response", 0, "0.85", 0.85),
      actual("Service desk response", 11, "96%", 0.96),
      actual("Backup success", 5, "96.5%", 0.965),
      // Typed over the link, in the linked row.
      actual("Availability", 2, "99.5%", 0.995),
      {
        where: (a) => cellAddress(layout(a).invoiceRow, MONTH_COL + 11),
        input: "$95,000",
        value: 95000,
      },
      { where: () => cellAddress(TERMS.atRiskPct, 1), input: "12%", value: 0.12, text: "12.0%" },
      { where: (a) => cellAddress(layout(a).slFirst, SL.maxStep), input: "10%", value: 0.1 },
    ];
    for (const t of yearOne) b.type(sheetName, t.where({ config })!, t.input);

    // Next year's tracker, then the sheet's next contract year: nothing typed moves or changes.
    const [trackerSheet] = await b.workbook.readSheets([tracker.name]);
    const { sheetName: next } = await b.workbook.createSheets([nextYearTracker(trackerSheet)]);
    await b.workbook.editSheets([sheetName, tracker.name, next], nextContractYear);
    let [snapshot] = await b.workbook.readSheets([sheetName]);
    let at: At = { config: readSla(snapshot).config };
    expect(at.config.months).toBe(24);
    expectTyped(b, sheetName, at, yearOne);

    // Year 2: levels typed over the proposals, a typed actual, and the link to next year's tracker.
    const yearTwo: Typed<At>[] = [
      level("Availability", 2, 0, "99.95%", 0.9995),
      level("Service desk response", 2, 1, "0.92", 0.92),
      actual("Service desk response", 12, "97%", 0.97),
    ];
    for (const t of yearTwo) b.type(sheetName, t.where(at)!, t.input);
    const T = trackerLayout(trackerShape(tracker));
    b.type(next, cellAddress(T.actualRows[0][0], MONTH_COL), "99.96%");
    const L = layout(at);
    expect(b.value(sheetName, cellAddress(L.actualRow(0), MONTH_COL + 12))).toBe(0.9996);
    const edits: ((c: SlaConfig) => SlaConfig)[] = [
      (c) => ({ ...c, serviceLevels: [...c.serviceLevels, serviceLevel("Security patching")] }),
      (c) => ({ ...c, months: c.months + 1 }),
    ];
    for (const change of edits) {
      await b.workbook.editSheets([sheetName, tracker.name, next], (s) => rebuildSla(s, change));
      [snapshot] = await b.workbook.readSheets([sheetName]);
      at = { config: readSla(snapshot).config };
      expectTyped(b, sheetName, at, [...yearOne, ...yearTwo]);
      expect(b.value(sheetName, cellAddress(layout(at).actualRow(0), MONTH_COL + 12))).toBe(0.9996);
    }
  });

  test("labels a user retypes (a month header, a row label) move no value", async () => {
    const config: TrackerConfig = {
      name: "KPI tracker",
      provider: "Acme IT",
      firstMonth: "2026-01",
      months: 2,
      kpis: [kpi("CSAT", "%", "higher", 0.9), kpi("Backlog", "tickets", "lower", 50)],
    };
    const { sheetName } = await b.workbook.createSheets([trackerPlan(config)]);
    const L = trackerLayout(trackerShape(config));
    b.type(sheetName, cellAddress(L.actualRows[0][0], MONTH_COL), "0.9");
    b.type(sheetName, cellAddress(L.actualRows[1][0], MONTH_COL + 1), "42");
    // Retyped as a user might: the January header as "January", a row label as another name.
    b.type(sheetName, cellAddress(L.actualsHeader, MONTH_COL), "January");
    b.type(sheetName, cellAddress(L.actualRows[1][0], 0), "Tickets open");
    await b.workbook.editSheets([sheetName], (s) =>
      rebuildTracker(s, (c) => ({ ...c, months: 3 }))
    );
    expect(b.value(sheetName, cellAddress(L.actualRows[0][0], MONTH_COL))).toBe(0.9);
    expect(b.value(sheetName, cellAddress(L.actualRows[1][0], MONTH_COL + 1))).toBe(42);
    expect(b.value(sheetName, cellAddress(L.actualsHeader, MONTH_COL))).toBe("Jan 2026");

    const sla: SlaConfig = { ...defaultSla(), firstMonth: "2026-01", months: 2 };
    const { sheetName: slaSheet } = await b.workbook.createSheets([slaPlan(sla)]);
    const S = slaLayout(slaShape(sla));
    b.type(slaSheet, cellAddress(S.actualRow(1), MONTH_COL + 1), "0.93");
    b.type(slaSheet, cellAddress(S.inputs.header, MONTH_COL + 1), "Feb");
    b.type(slaSheet, cellAddress(S.actualRow(1), 0), "Desk");
    b.type(slaSheet, cellAddress(S.actualRow(1), 1), "linked");
    await b.workbook.editSheets([slaSheet], (s) => rebuildSla(s, (c) => ({ ...c, months: 3 })));
    expect(b.value(slaSheet, cellAddress(S.actualRow(1), MONTH_COL + 1))).toBe(0.93);
  });

  test("names Excel would read as numbers, dates, booleans or formulas stay exactly those names", async () => {
    // Scorecard: as providers (a table header) and as criteria (table rows).
    const card: ScorecardConfig = {
      ...defaultScorecard(),
      providers: TRICKY,
      criteria: TRICKY.map((name) => ({ ...defaultScorecard().criteria[0], name })),
    };
    expect(scorecardProblems(card)).toEqual([]);
    const { sheetName: cardSheet } = await b.workbook.createSheets([scorecardPlan(card)]);
    await b.workbook.editSheets([cardSheet], (s) =>
      rebuildScorecard(s, (c) => ({ ...c, providers: [...c.providers, "Jan 2027"] }))
    );
    const [cardSnapshot] = await b.workbook.readSheets([cardSheet]);
    const readCard = readScorecard(cardSnapshot).config;
    expect(readCard.providers).toEqual([...TRICKY, "Jan 2027"]);
    expect(readCard.criteria.map((c) => c.name)).toEqual(TRICKY);
    expect(
      TRICKY.map((_, j) => b.value(cardSheet, cellAddress(MAIN_HEADER_ROW, PROVIDER_COL + j)))
    ).toEqual(TRICKY);

    // KPI tracker: as KPI names.
    const tracker: TrackerConfig = {
      name: "Tracker",
      provider: "TRUE",
      firstMonth: "2026-01",
      months: 2,
      kpis: TRICKY.map((name) => kpi(name, "%", "higher", 0.9)),
    };
    const { sheetName: trackerSheet } = await b.workbook.createSheets([trackerPlan(tracker)]);
    await b.workbook.editSheets([trackerSheet], (s) =>
      rebuildTracker(s, (c) => ({ ...c, months: 3 }))
    );
    const [trackerSnapshot] = await b.workbook.readSheets([trackerSheet]);
    expect(readTracker(trackerSnapshot).config.kpis.map((k) => k.name)).toEqual(TRICKY);
    expect(readTracker(trackerSnapshot).config.provider).toBe("TRUE");

    // SLA sheet: as service levels.
    const sla: SlaConfig = {
      ...defaultSla(),
      firstMonth: "2026-01",
      months: 2,
      serviceLevels: TRICKY.map((name) => serviceLevel(name)),
    };
    const { sheetName: slaSheet } = await b.workbook.createSheets([slaPlan(sla)]);
    await b.workbook.editSheets([slaSheet], (s) => rebuildSla(s, (c) => ({ ...c, months: 3 })));
    const [slaSnapshot] = await b.workbook.readSheets([slaSheet]);
    expect(readSla(slaSnapshot).config.serviceLevels.map((s) => s.name)).toEqual(TRICKY);
  });
});
