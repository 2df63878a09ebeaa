/**
 * Excel formulas as trees: parse the en-US A1 formulas the add-in's sheets hold (as Excel and the
 * workbench read them back), change them (a reference moved, a function call replaced) and print
 * them again. Covers what worksheet formulas are made of: numbers, text, TRUE/FALSE, error values,
 * cell and range references (with a sheet, absolute or not), names, array constants, function
 * calls, unary + − and %, and the operators ^ * / + − & = <> < > <= >=.
 */
import { columnIndex, columnName, RangeRef } from "./a1";

/** A literal inside an array constant: {1,2;"a",TRUE}. */
export type Literal = number | string | boolean | { error: string };

export type Expr =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | Ref
  | { t: "name"; v: string }
  | { t: "array"; rows: Literal[][] }
  | { t: "call"; fn: string; args: Expr[] }
  | { t: "missing" }
  | { t: "unary"; op: "-" | "+"; arg: Expr }
  | { t: "percent"; arg: Expr }
  | { t: "bin"; op: string; l: Expr; r: Expr }
  | { t: "paren"; e: Expr };

/** A cell or range reference; `abs` marks $ on [left column, top row, right column, bottom row]. */
export interface Ref {
  t: "ref";
  sheet?: string;
  range: RangeRef;
  abs: [boolean, boolean, boolean, boolean];
  /** Written as one cell (A1), not as a range (A1:A1). */
  single: boolean;
}

const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
];
const COMPARISONS = ["<=", ">=", "<>", "=", "<", ">"];
/** Binding strength of binary operators (Excel's order: ^, then * /, then + −, then &, then comparisons). */
const PRECEDENCE: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/;

class FormulaSyntaxError extends Error {}

/** Parse a formula ("=..." or without the "="). */
export function parseFormula(formula: string): Expr {
  const p = new Parser(formula.startsWith("=") ? formula.slice(1) : formula);
  const e = p.expression(0);
  p.space();
  if (!p.done()) p.fail("unexpected text");
  return e;
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  fail(what: string): never {
    throw new FormulaSyntaxError(`${what} at ${this.i + 1} in "${this.s}"`);
  }

  space(): void {
    while (this.s[this.i] === " " || this.s[this.i] === "\n") this.i++;
  }

  peek(text: string): boolean {
    return this.s.startsWith(text, this.i);
  }

  expect(text: string): void {
    this.space();
    if (!this.peek(text)) this.fail(`expected "${text}"`);
    this.i += text.length;
  }

  /** Operators binding at least as strongly as `minPrecedence`, left to right. */
  expression(minPrecedence: number): Expr {
    let left = this.unary();
    for (;;) {
      this.space();
      const op = this.operator();
      if (!op || PRECEDENCE[op] < minPrecedence) return left;
      this.i += op.length;
      left = { t: "bin", op, l: left, r: this.expression(PRECEDENCE[op] + 1) };
    }
  }

  operator(): string | null {
    for (const op of COMPARISONS) if (this.peek(op)) return op;
    const c = this.s[this.i];
    return c !== undefined && "&+-*/^".includes(c) ? c : null;
  }

  unary(): Expr {
    this.space();
    const c = this.s[this.i];
    if (c === "-" || c === "+") {
      this.i++;
      return { t: "unary", op: c, arg: this.unary() };
    }
    let e = this.primary();
    for (;;) {
      this.space();
      if (this.s[this.i] !== "%") return e;
      this.i++;
      e = { t: "percent", arg: e };
    }
  }

  primary(): Expr {
    this.space();
    const c = this.s[this.i];
    if (c === undefined) this.fail("unexpected end");
    if (c === "(") {
      this.i++;
      const e = this.expression(0);
      this.expect(")");
      return { t: "paren", e };
    }
    if (c === '"') return { t: "str", v: this.text() };
    if (c === "{") return this.array();
    if (c === "#") return { t: "err", v: this.error() };
    if (/[0-9.]/.test(c)) return { t: "num", v: this.number() };
    if (c === "'") {
      const sheet = this.quotedSheet();
      return this.reference(sheet);
    }
    const ref = this.tryReference(undefined);
    if (ref) return ref;
    const word = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(this.s.slice(this.i));
    if (!word) this.fail("unexpected character");
    const w = word[0];
    const after = this.s[this.i + w.length];
    this.i += w.length;
    if (after === "!") {
      this.i++;
      return this.reference(w);
    }
    if (after === "(") {
      this.i++;
      return { t: "call", fn: w.toUpperCase(), args: this.args() };
    }
    if (/^(TRUE|FALSE)$/i.test(w)) return { t: "bool", v: w.toUpperCase() === "TRUE" };
    return { t: "name", v: w };
  }

  args(): Expr[] {
    const args: Expr[] = [];
    this.space();
    if (this.peek(")")) {
      this.i++;
      return args;
    }
    for (;;) {
      this.space();
      if (this.peek(",") || this.peek(")")) args.push({ t: "missing" });
      else args.push(this.expression(0));
      this.space();
      if (this.peek(",")) {
        this.i++;
        continue;
      }
      this.expect(")");
      return args;
    }
  }

  text(): string {
    let out = "";
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail("unterminated text");
      if (c === '"') {
        if (this.s[this.i + 1] === '"') {
          out += '"';
          this.i += 2;
          continue;
        }
        this.i++;
        return out;
      }
      out += c;
      this.i++;
    }
  }

  number(): number {
    const m = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(this.s.slice(this.i));
    if (!m) this.fail("not a number");
    this.i += m[0].length;
    return Number(m[0]);
  }

  error(): string {
    const rest = this.s.slice(this.i).toUpperCase();
    const e = ERRORS.find((x) => rest.startsWith(x));
    if (!e) this.fail("unknown error value");
    this.i += e.length;
    return e;
  }

  quotedSheet(): string {
    let name = "";
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail("unterminated sheet name");
      if (c === "'") {
        if (this.s[this.i + 1] === "'") {
          name += "'";
          this.i += 2;
          continue;
        }
        this.i++;
        break;
      }
      name += c;
      this.i++;
    }
    if (this.s[this.i] !== "!") this.fail('expected "!" after a sheet name');
    this.i++;
    return name;
  }

  reference(sheet: string): Ref {
    const ref = this.tryReference(sheet);
    if (!ref) this.fail("expected a cell reference");
    return ref;
  }

  /** A reference at the current position (A1, $A$1, A1:B2), or null when there is none. */
  tryReference(sheet: string | undefined): Ref | null {
    const first = CELL.exec(this.s.slice(this.i));
    if (!first) return null;
    let end = this.i + first[0].length;
    let second: RegExpExecArray | null = null;
    if (this.s[end] === ":") {
      second = CELL.exec(this.s.slice(end + 1));
      if (!second) return null;
      end += 1 + second[0].length;
    }
    if (/[A-Za-z0-9_.(!\\]/.test(this.s[end] ?? "")) return null;
    this.i = end;
    const b = second ?? first;
    const r1 = Number(first[4]) - 1;
    const c1 = columnIndex(first[2]);
    const r2 = Number(b[4]) - 1;
    const c2 = columnIndex(b[2]);
    return {
      t: "ref",
      ...(sheet === undefined ? {} : { sheet }),
      range: {
        top: Math.min(r1, r2),
        left: Math.min(c1, c2),
        bottom: Math.max(r1, r2),
        right: Math.max(c1, c2),
      },
      abs: [first[1] === "$", first[3] === "$", b[1] === "$", b[3] === "$"],
      single: second === null,
    };
  }

  array(): Expr {
    this.i++;
    const rows: Literal[][] = [[]];
    for (;;) {
      this.space();
      rows[rows.length - 1].push(this.literal());
      this.space();
      const c = this.s[this.i];
      this.i++;
      if (c === ",") continue;
      if (c === ";") {
        rows.push([]);
        continue;
      }
      if (c === "}") break;
      this.i--;
      this.fail("expected , ; or } in an array constant");
    }
    if (rows.some((r) => r.length !== rows[0].length)) this.fail("ragged array constant");
    return { t: "array", rows };
  }

  literal(): Literal {
    const c = this.s[this.i];
    if (c === '"') return this.text();
    if (c === "#") return { error: this.error() };
    if (c === "-" || c === "+") {
      this.i++;
      const n = this.number();
      return c === "-" ? -n : n;
    }
    if (c !== undefined && /[0-9.]/.test(c)) return this.number();
    const w = /^(TRUE|FALSE)/i.exec(this.s.slice(this.i));
    if (!w) this.fail("expected a value in an array constant");
    this.i += w[0].length;
    return w[0].toUpperCase() === "TRUE";
  }
}

/**
 * A number as formulas write it: up to 15 significant digits, without an exponent where one can
 * be avoided (HyperFormula reads no "1E+300").
 */
export function numberText(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
  const short = Number(v.toPrecision(15));
  const n = short === v ? short : v;
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  if (Math.abs(n) < 1) {
    const fixed = n.toFixed(20).replace(/0+$/, "");
    if (Number(fixed) === n) return fixed;
  } else if (Math.abs(n) < 1e21) return n.toFixed(0);
  return plain.toUpperCase().replace("E+-", "E-");
}

/** A text literal: "…" with " doubled. */
const textLiteral = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function literalText(v: Literal): string {
  if (typeof v === "number") return numberText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return textLiteral(v);
  return v.error;
}

/** A sheet name as a reference prefix: 'Name'! ('' for a quote inside). */
export const sheetPrefix = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

export function refText(ref: Ref): string {
  const cell = (row: number, col: number, absCol: boolean, absRow: boolean) =>
    `${absCol ? "$" : ""}${columnName(col)}${absRow ? "$" : ""}${row + 1}`;
  const { range: r, abs } = ref;
  const first = cell(r.top, r.left, abs[0], abs[1]);
  const text = ref.single ? first : `${first}:${cell(r.bottom, r.right, abs[2], abs[3])}`;
  return ref.sheet === undefined ? text : `${sheetPrefix(ref.sheet)}${text}`;
}

/** The formula text of a tree (without "="). */
export function printFormula(e: Expr): string {
  switch (e.t) {
    case "num":
      return numberText(e.v);
    case "str":
      return textLiteral(e.v);
    case "bool":
      // TRUE() rather than TRUE: the same in Excel and LibreOffice, and HyperFormula needs it.
      return e.v ? "TRUE()" : "FALSE()";
    case "err":
      return e.v;
    case "ref":
      return refText(e);
    case "name":
      return e.v;
    case "array":
      return `{${e.rows.map((row) => row.map(literalText).join(",")).join(";")}}`;
    case "call":
      return `${e.fn}(${e.args.map(printFormula).join(",")})`;
    case "missing":
      return "";
    case "unary":
      return `${e.op}${printFormula(e.arg)}`;
    case "percent":
      return `${printFormula(e.arg)}%`;
    case "bin":
      return `${printFormula(e.l)}${e.op}${printFormula(e.r)}`;
    case "paren":
      return `(${printFormula(e.e)})`;
  }
}

/** The tree with `f` applied bottom-up to every node (f returns the node to keep). */
export function mapFormula(e: Expr, f: (e: Expr) => Expr): Expr {
  switch (e.t) {
    case "call":
      return f({ ...e, args: e.args.map((a) => mapFormula(a, f)) });
    case "unary":
    case "percent":
      return f({ ...e, arg: mapFormula(e.arg, f) });
    case "bin":
      return f({ ...e, l: mapFormula(e.l, f), r: mapFormula(e.r, f) });
    case "paren":
      return f({ ...e, e: mapFormula(e.e, f) });
    default:
      return f(e);
  }
}

/** Every node of the tree, depth first. */
export function* formulaNodes(e: Expr): Generator<Expr> {
  yield e;
  switch (e.t) {
    case "call":
      for (const a of e.args) yield* formulaNodes(a);
      break;
    case "unary":
    case "percent":
      yield* formulaNodes(e.arg);
      break;
    case "bin":
      yield* formulaNodes(e.l);
      yield* formulaNodes(e.r);
      break;
    case "paren":
      yield* formulaNodes(e.e);
      break;
  }
}

/** The names of the functions a formula calls, upper case. */
export function functionsCalled(formula: string): string[] {
  const e = parseFormula(formula);
  return [...new Set([...formulaNodes(e)].flatMap((n) => (n.t === "call" ? [n.fn] : [])))];
}

/**
 * The formula with every reference to its own sheet (no sheet, or `sheet`) moved down `rows`
 * rows — what inserting rows above the content does to it.
 */
export function moveRows(formula: string, rows: number, sheet?: string): string {
  const moved = mapFormula(parseFormula(formula), (e) =>
    e.t === "ref" && (e.sheet === undefined || e.sheet === sheet)
      ? { ...e, range: { ...e.range, top: e.range.top + rows, bottom: e.range.bottom + rows } }
      : e
  );
  return `=${printFormula(moved)}`;
}
