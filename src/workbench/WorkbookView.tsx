/**
 * The workbench's view of its in-browser workbook: sheet tabs, a formula bar, the grid (with
 * grid semantics: role="grid", "row", "gridcell", and data-address on every cell) and the
 * sheet's charts, drawn simply.
 */
import * as React from "react";
import { cellAddress, columnName, parseCell, parseRange } from "../formula/a1";
import type { Chart } from "../sheets/plan/plan";
import type { InBrowserWorkbook } from "./workbook";

const ROW_HEIGHT = 22;
const DEFAULT_WIDTH = 80;
const px = (points: number) => Math.round(points * 1.1);

function useWorkbook(book: InBrowserWorkbook): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => book.subscribe(() => setVersion((v) => v + 1)), [book]);
  return version;
}

function ChartView({
  book,
  sheet,
  chart,
}: {
  book: InBrowserWorkbook;
  sheet: string;
  chart: Chart;
}) {
  const cells = (range: string) => {
    const r = parseRange(range);
    const out: { text: string; value: unknown }[] = [];
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const c = book.cell(sheet, row, col);
        out.push({ text: c.text, value: c.value });
      }
    return out;
  };
  const categories = cells(chart.categories).map((c) => c.text);
  const series = chart.series.map((s) => ({
    name: s.name,
    line: chart.type === "line" || s.type === "line",
    values: cells(s.values).map((c) => (typeof c.value === "number" ? c.value : 0)),
  }));
  const bars = series.filter((s) => !s.line);
  const all = series.flatMap((s) => s.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const width = 360;
  const height = 200;
  const plot = { left: 40, top: 30, right: width - 10, bottom: height - 30 };
  const y = (v: number) => plot.bottom - ((v - min) / (max - min || 1)) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / Math.max(1, categories.length);
  const colours = ["#0F528C", "#E3008C", "#498205", "#CA5010"];
  return (
    <figure className="wb-chart">
      <svg role="img" aria-label={`Chart: ${chart.title}`} width={width} height={height}>
        <text x={width / 2} y={18} textAnchor="middle" fontWeight="bold" fontSize="13">
          {chart.title}
        </text>
        <line x1={plot.left} x2={plot.right} y1={y(0)} y2={y(0)} stroke="#888" />
        <text x={plot.left - 4} y={plot.top + 4} textAnchor="end" fontSize="10">
          {Number(max.toPrecision(3))}
        </text>
        {categories.map((c, i) => (
          <text
            key={i}
            x={plot.left + slot * (i + 0.5)}
            y={plot.bottom + 14}
            textAnchor="middle"
            fontSize="10"
          >
            {c}
          </text>
        ))}
        {series.map((s, k) =>
          s.line ? (
            <polyline
              key={k}
              fill="none"
              data-series={s.name}
              stroke={colours[k % colours.length]}
              strokeWidth={2}
              points={s.values.map((v, i) => `${plot.left + slot * (i + 0.5)},${y(v)}`).join(" ")}
            />
          ) : (
            s.values.map((v, i) => {
              const w = (slot * 0.7) / bars.length;
              const x = plot.left + slot * i + slot * 0.15 + w * bars.indexOf(s);
              return (
                <rect
                  key={`${k}-${i}`}
                  x={x}
                  width={w}
                  y={Math.min(y(v), y(0))}
                  height={Math.abs(y(v) - y(0))}
                  fill={colours[k % colours.length]}
                />
              );
            })
          )
        )}
      </svg>
    </figure>
  );
}

export function WorkbookView({ book }: { book: InBrowserWorkbook }) {
  useWorkbook(book);
  const sheet = book.active;
  const [selected, setSelected] = React.useState("A1");
  const [editing, setEditing] = React.useState<string | null>(null);
  const [draft, setDraft] = React.useState("");
  const [message, setMessage] = React.useState<string | null>(null);
  React.useEffect(() => {
    setSelected("A1");
    setEditing(null);
    setMessage(null);
  }, [sheet]);

  const looks = book.sheetLooks(sheet);
  const used = book.size(sheet);
  const rows = Math.max(used.rows + 5, 30);
  const columns = Math.max(used.columns + 2, 10);
  const sel = parseCell(selected);
  const selectedView = book.cell(sheet, sel.row, sel.col);
  const rawContent = (address: string) => {
    const { row, col } = parseCell(address);
    const c = book.cell(sheet, row, col);
    if (c.formula) return c.formula;
    return c.value === null || typeof c.value === "object" ? "" : String(c.value);
  };

  const commit = (address: string, input: string) => {
    const error = book.type(sheet, address, input);
    setMessage(error);
    setEditing(null);
  };
  const startEditing = (address: string, initial?: string) => {
    const { row, col } = parseCell(address);
    if (!book.cell(sheet, row, col).editable) {
      setMessage(`${address} is computed by a formula; type into the yellow input cells.`);
      return;
    }
    setEditing(address);
    setDraft(initial ?? rawContent(address));
  };
  const onGridKey = (e: React.KeyboardEvent) => {
    if (editing) return;
    const move = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[
      e.key
    ];
    if (move) {
      e.preventDefault();
      setSelected(cellAddress(Math.max(0, sel.row + move[0]), Math.max(0, sel.col + move[1])));
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      startEditing(selected);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      startEditing(selected, e.key);
    }
  };

  const frozen = looks.freeze?.rows ?? 0;
  const widths = Array.from({ length: columns }, (_, c) =>
    px(looks.widths.get(c) ?? DEFAULT_WIDTH)
  );
  return (
    <section className="wb-book" aria-label="Workbook">
      <div className="wb-formula">
        <span className="wb-name" aria-label="Selected cell">
          {selected}
        </span>
        <input
          aria-label="Formula bar"
          value={editing === selected ? draft : rawContent(selected)}
          readOnly={!selectedView.editable}
          onFocus={() => selectedView.editable && editing !== selected && startEditing(selected)}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit(selected, draft);
            if (e.key === "Escape") setEditing(null);
          }}
        />
      </div>
      {message && (
        <div role="alert" className="wb-message">
          {message}
        </div>
      )}
      <div className="wb-scroll">
        <table
          role="grid"
          aria-label={`Sheet ${sheet}`}
          className="wb-grid"
          tabIndex={0}
          onKeyDown={onGridKey}
          style={{ width: 40 + widths.reduce((a, b) => a + b, 0) }}
        >
          <colgroup>
            <col style={{ width: 40 }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row">
              <th className="wb-corner" />
              {Array.from({ length: columns }, (_, c) => (
                <th key={c} role="columnheader">
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr role="row" key={r} className={r < frozen ? "wb-frozen" : undefined}>
                <th
                  role="rowheader"
                  style={r < frozen ? { top: ROW_HEIGHT * (r + 1), zIndex: 3 } : undefined}
                >
                  {r + 1}
                </th>
                {Array.from({ length: columns }, (_, c) => {
                  const view = book.cell(sheet, r, c);
                  const address = view.address;
                  const isSelected = address === selected;
                  // Like Excel, text runs on over the empty cells to its right, up to the next value.
                  let runOn = 0;
                  if (typeof view.value === "string" && view.value !== "") {
                    while (
                      c + runOn + 1 < columns &&
                      runOn < 12 &&
                      book.value(sheet, cellAddress(r, c + runOn + 1)) === null
                    )
                      runOn++;
                  }
                  const overflows = runOn > 0;
                  const spanWidth = widths.slice(c, c + runOn + 1).reduce((a, b) => a + b, 0) - 8;
                  return (
                    <td
                      role="gridcell"
                      key={c}
                      data-address={address}
                      data-value={
                        view.value === null
                          ? ""
                          : typeof view.value === "object"
                            ? view.value.error
                            : String(view.value)
                      }
                      data-formula={view.formula}
                      aria-selected={isSelected}
                      aria-readonly={!view.editable}
                      className={`${view.style ? `wb-${view.style}` : ""} ${typeof view.value === "number" ? "wb-number" : ""} ${overflows ? "wb-overflow" : ""}`}
                      style={{
                        background: view.fill ?? (r < frozen ? "#fff" : undefined),
                        color: view.font,
                        fontWeight: view.bold ? 600 : undefined,
                        fontStyle: view.italic ? "italic" : undefined,
                        ...(r < frozen
                          ? {
                              position: "sticky",
                              top: ROW_HEIGHT * (r + 1),
                              zIndex: overflows ? 2 : 1,
                            }
                          : {}),
                      }}
                      onClick={() => {
                        setSelected(address);
                        setMessage(null);
                      }}
                      onDoubleClick={() => startEditing(address)}
                    >
                      {editing === address ? (
                        <input
                          aria-label={`Edit ${address}`}
                          autoFocus
                          value={draft}
                          onChange={(e) => setDraft(e.target.value)}
                          onKeyDown={(e) => {
                            if (e.key === "Enter") commit(address, draft);
                            if (e.key === "Escape") setEditing(null);
                          }}
                          onBlur={() => editing === address && setEditing(null)}
                        />
                      ) : overflows ? (
                        <span className="wb-runon" style={{ width: spanWidth }}>
                          {view.text}
                        </span>
                      ) : (
                        view.text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {looks.charts.length > 0 && (
        <div className="wb-charts" aria-label="Charts">
          {looks.charts.map((chart, i) => (
            <ChartView key={i} book={book} sheet={sheet} chart={chart} />
          ))}
        </div>
      )}
      <nav className="wb-tabs" role="tablist" aria-label="Sheets">
        {book.sheetNames().map((name) => (
          <button
            key={name}
            role="tab"
            aria-selected={name === sheet}
            onClick={() => book.activate(name)}
          >
            {name}
          </button>
        ))}
      </nav>
    </section>
  );
}
