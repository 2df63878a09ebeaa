/** The criteria of a new scorecard, by category: name, weight, must-have, how each is scored. */
import { Button, Caption1, Checkbox, Input, makeStyles, Select } from "@fluentui/react-components";
import type { Criterion, CriterionMode } from "../../sheets/scorecard/model";
import { NumberField, usePaneStyles } from "../layout";

const useLocalStyles = makeStyles({
  mode: { width: "92px" },
  category: { marginTop: "6px", fontWeight: 600 },
});

const MODE_LABELS: Record<CriterionMode, string> = {
  score: "Score",
  lower: "Lower is better",
  higher: "Higher is better",
  price: "Price (bids)",
};

export function CriteriaEditor({
  criteria,
  weightsByAhp,
  onChange,
}: {
  criteria: Criterion[];
  /** Weights come from pairwise comparison: the weight fields are off. */
  weightsByAhp: boolean;
  onChange: (criteria: Criterion[]) => void;
}) {
  const styles = { ...usePaneStyles(), ...useLocalStyles() };
  const set = (i: number, change: Partial<Criterion>) =>
    onChange(criteria.map((x, j) => (j === i ? { ...x, ...change } : x)));
  const categories = [...new Set(criteria.map((c) => c.category))];
  return (
    <>
      {categories.map((category) => (
        <div key={category} className={styles.stack}>
          <Caption1 className={styles.category}>{category}</Caption1>
          {criteria.map((c, i) =>
            c.category !== category ? null : (
              <div key={i} className={styles.stack}>
                <div className={styles.row}>
                  <Input
                    className={styles.grow}
                    aria-label={`Criterion ${i + 1}`}
                    value={c.name}
                    onChange={(_, d) => set(i, { name: d.value })}
                  />
                  <NumberField
                    label="Weight"
                    name={`Weight of criterion ${i + 1}`}
                    disabled={weightsByAhp}
                    value={c.weight}
                    onChange={(weight) => set(i, { weight })}
                  />
                </div>
                <div className={styles.row}>
                  <Checkbox
                    label="Must-have"
                    checked={c.mustHave}
                    onChange={(_, d) => set(i, { mustHave: Boolean(d.checked) })}
                  />
                  <Select
                    className={styles.mode}
                    aria-label={`How criterion ${i + 1} is scored`}
                    value={c.mode}
                    onChange={(_, d) => set(i, { mode: d.value as CriterionMode })}
                  >
                    {(Object.keys(MODE_LABELS) as CriterionMode[]).map((m) => (
                      <option key={m} value={m}>
                        {MODE_LABELS[m]}
                      </option>
                    ))}
                  </Select>
                  <Button
                    aria-label={`Remove criterion ${i + 1}`}
                    onClick={() => onChange(criteria.filter((_, j) => j !== i))}
                  >
                    Remove
                  </Button>
                </div>
              </div>
            )
          )}
        </div>
      ))}
      <Button
        onClick={() =>
          onChange([
            ...criteria,
            {
              category: "Other",
              name: `Criterion ${criteria.length + 1}`,
              weight: 5,
              mustHave: false,
              mode: "score",
              notes: "",
            },
          ])
        }
      >
        Add criterion
      </Button>
    </>
  );
}
