/**
 * Layout shared by the task pane's tabs: labelled number and percent fields, the provider /
 * period fields of the KPI and SLA tabs, lists of names, choosing a sheet, picking one of a list.
 */
import * as React from "react";
import { Button, Caption1, Field, Input, makeStyles, Select } from "@fluentui/react-components";
import { percent, percentEntry } from "../engine";

export const usePaneStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", gap: "4px", alignItems: "center" },
  grow: { flexGrow: 1, minWidth: 0 },
  small: { width: "72px" },
});

/** A fraction as the pane shows it: 0.999 → "99.9%". */
export function formatPercent(value: number): string {
  return Number.isFinite(value) ? `${Number((value * 100).toPrecision(12))}%` : "";
}

/**
 * What a person typed into a percent field, as a fraction — read as Excel reads an entry in a
 * percentage cell: "99.9%" and "0.999" are 99.9%, and so is "99.9" (a number of 1 or more is a
 * percentage). Null when it is not a number.
 */
export function parsePercent(text: string): number | null {
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+))\s*(%?)\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] ? percent(n) : percentEntry(n);
}

interface FieldProps {
  /** The visible label. */
  label: string;
  /** The input's accessible name, when the visible label is not unique on the pane. */
  name?: string;
  value: number;
  onChange: (value: number) => void;
  disabled?: boolean;
  className?: string;
}

/** A number with a visible label. */
export function NumberField({ label, name, value, onChange, disabled, className }: FieldProps) {
  const styles = usePaneStyles();
  return (
    <Field label={label} className={className}>
      <Input
        className={styles.small}
        aria-label={name}
        type="number"
        disabled={disabled}
        value={String(value)}
        onChange={(_, d) => onChange(Number(d.value))}
      />
    </Field>
  );
}

/**
 * A percentage with a visible label, shown as "99.9%"; accepts "99.9%", "0.999" or "99.9" (see
 * parsePercent). What is being typed stays as typed until the field loses focus.
 */
export function PercentField({ label, name, value, onChange, disabled, className }: FieldProps) {
  const styles = usePaneStyles();
  const [draft, setDraft] = React.useState<string | null>(null);
  const parsed = draft === null ? value : parsePercent(draft);
  return (
    <Field
      label={label}
      className={className}
      validationMessage={parsed === null ? "A percentage, e.g. 99.9% or 0.999" : undefined}
    >
      <Input
        className={styles.small}
        aria-label={name}
        inputMode="decimal"
        disabled={disabled}
        value={draft ?? formatPercent(value)}
        onChange={(_, d) => {
          setDraft(d.value);
          const v = parsePercent(d.value);
          if (v !== null) onChange(v);
        }}
        onBlur={() => setDraft(null)}
      />
    </Field>
  );
}

export interface Period {
  provider: string;
  /** "YYYY-MM" */
  firstMonth: string;
  months: number;
}

/** Provider, first month and number of months. */
export function PeriodFields({
  value,
  onChange,
}: {
  value: Period;
  onChange: (change: Partial<Period>) => void;
}) {
  const styles = usePaneStyles();
  return (
    <>
      <Field label="Provider">
        <Input value={value.provider} onChange={(_, d) => onChange({ provider: d.value })} />
      </Field>
      <div className={styles.row}>
        <Field label="First month (YYYY-MM)" className={styles.grow}>
          <Input value={value.firstMonth} onChange={(_, d) => onChange({ firstMonth: d.value })} />
        </Field>
        <NumberField
          label="Months"
          value={value.months}
          onChange={(months) => onChange({ months })}
        />
      </div>
    </>
  );
}

/** A name to type and a button that adds it (the field clears after). */
export function AddByName(props: {
  label: string;
  placeholder: string;
  button: string;
  disabled?: boolean;
  onAdd: (name: string) => void;
}) {
  const styles = usePaneStyles();
  const [name, setName] = React.useState("");
  return (
    <div className={styles.row}>
      <Input
        className={styles.grow}
        aria-label={props.label}
        placeholder={props.placeholder}
        value={name}
        onChange={(_, d) => setName(d.value)}
      />
      <Button
        disabled={props.disabled || !name.trim()}
        onClick={() => {
          props.onAdd(name.trim());
          setName("");
        }}
      >
        {props.button}
      </Button>
    </div>
  );
}

/**
 * An editable list of names (providers, evaluators): rename in place, remove (down to `min`),
 * add with the next default name.
 */
export function NameList(props: {
  noun: string;
  names: string[];
  min: number;
  nextName: (count: number) => string;
  onChange: (names: string[]) => void;
}) {
  const styles = usePaneStyles();
  const { noun, names, min, nextName, onChange } = props;
  const label = noun[0].toUpperCase() + noun.slice(1);
  return (
    <>
      {names.map((name, i) => (
        <div className={styles.row} key={i}>
          <Input
            className={styles.grow}
            aria-label={`${label} ${i + 1}`}
            value={name}
            onChange={(_, d) => onChange(names.map((x, j) => (j === i ? d.value : x)))}
          />
          <Button
            aria-label={`Remove ${noun} ${i + 1}`}
            disabled={names.length <= min}
            onClick={() => onChange(names.filter((_, j) => j !== i))}
          >
            Remove
          </Button>
        </div>
      ))}
      <Button onClick={() => onChange([...names, nextName(names.length)])}>Add {noun}</Button>
    </>
  );
}

/** Choose one of the add-in's sheets of a kind; `none` says there is none yet. */
export function SheetChooser(props: {
  label: string;
  none: string;
  names: string[];
  selected: string;
  onChoose: (name: string) => void;
}) {
  if (props.names.length === 0) return <Caption1>{props.none}</Caption1>;
  return (
    <Field label={props.label}>
      <Select value={props.selected} onChange={(_, d) => props.onChoose(d.value)}>
        {props.names.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </Select>
    </Field>
  );
}

/** Pick one of `options` (a provider, a KPI…) and act on it. */
export function PickAndAct(props: {
  label: string;
  placeholder: string;
  options: string[];
  button: string;
  disabled?: boolean;
  onAct: (option: string) => void;
}) {
  const styles = usePaneStyles();
  const [picked, setPicked] = React.useState("");
  return (
    <div className={styles.row}>
      <Select
        className={styles.grow}
        aria-label={props.label}
        value={picked}
        onChange={(_, d) => setPicked(d.value)}
      >
        <option value="">{props.placeholder}</option>
        {props.options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </Select>
      <Button disabled={props.disabled || !picked} onClick={() => props.onAct(picked)}>
        {props.button}
      </Button>
    </div>
  );
}
