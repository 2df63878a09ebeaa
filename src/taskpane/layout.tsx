/** Layout shared by the task pane's tabs, and the provider / period fields of the KPI and SLA tabs. */
import * as React from "react";
import { Button, Field, Input, makeStyles } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", gap: "4px", alignItems: "center" },
  grow: { flexGrow: 1, minWidth: 0 },
  small: { width: "72px" },
});

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
        <Field label="Months">
          <Input
            className={styles.small}
            type="number"
            value={String(value.months)}
            onChange={(_, d) => onChange({ months: Number(d.value) })}
          />
        </Field>
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
