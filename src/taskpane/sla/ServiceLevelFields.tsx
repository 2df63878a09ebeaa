/** One service level of a new SLA sheet: its levels, credit model, earn-back, bonus, and where its actuals come from. */
import { Button, Checkbox, Input, Select } from "@fluentui/react-components";
import { CreditModel, KpiLink, linkText, parseLink, ServiceLevel } from "../../sheets/sla/model";
import { NumberField, PercentField, usePaneStyles } from "../layout";

const MODELS: Record<CreditModel, string> = {
  allocation: "Allocation of at-risk",
  tier: "Tier table",
  linear: "Linear per point",
  points: "Service points",
};

export function ServiceLevelFields({
  s,
  i,
  links,
  onChange,
  onRemove,
}: {
  s: ServiceLevel;
  /** Its position, in the fields' names ("Expected level of service level 2"). */
  i: number;
  /** The KPIs of the workbook's trackers its actuals can come from. */
  links: KpiLink[];
  onChange: (s: ServiceLevel) => void;
  onRemove: () => void;
}) {
  const styles = usePaneStyles();
  const set = (change: Partial<ServiceLevel>) => onChange({ ...s, ...change });
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Input
          className={styles.grow}
          aria-label={`Service level ${i + 1}`}
          value={s.name}
          onChange={(_, d) => set({ name: d.value })}
        />
        <Select
          aria-label={`Credit model of service level ${i + 1}`}
          value={s.model}
          onChange={(_, d) => set({ model: d.value as CreditModel })}
        >
          {(Object.keys(MODELS) as CreditModel[]).map((m) => (
            <option key={m} value={m}>
              {MODELS[m]}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.row}>
        <PercentField
          label="Expected"
          name={`Expected level of service level ${i + 1}`}
          value={s.expected}
          onChange={(expected) => set({ expected })}
        />
        <PercentField
          label="Minimum"
          name={`Minimum level of service level ${i + 1}`}
          value={s.minimum}
          onChange={(minimum) => set({ minimum })}
        />
        <PercentField
          label="Allocation"
          name={`Allocation of service level ${i + 1}`}
          value={s.allocation}
          onChange={(allocation) => set({ allocation })}
        />
        <Button aria-label={`Remove service level ${i + 1}`} onClick={onRemove}>
          Remove
        </Button>
      </div>
      <div className={styles.row}>
        <Select
          aria-label={`Direction of service level ${i + 1}`}
          value={s.direction}
          onChange={(_, d) => set({ direction: d.value === "lower" ? "lower" : "higher" })}
        >
          <option value="higher">higher is better</option>
          <option value="lower">lower is better</option>
        </Select>
        <NumberField
          label="Earn-back months"
          name={`Earn-back months of service level ${i + 1}`}
          value={s.earnBack}
          onChange={(earnBack) => set({ earnBack })}
        />
        <Checkbox
          label="Improve"
          checked={s.improve}
          onChange={(_, d) => set({ improve: Boolean(d.checked) })}
        />
      </div>
      <div className={styles.row}>
        <PercentField
          label="Bonus from"
          name={`Bonus target of service level ${i + 1}`}
          value={s.incentive.target}
          onChange={(target) => set({ incentive: { ...s.incentive, target } })}
        />
        <PercentField
          label="Bonus stretch"
          name={`Bonus stretch of service level ${i + 1}`}
          value={s.incentive.stretch}
          onChange={(stretch) => set({ incentive: { ...s.incentive, stretch } })}
        />
        <NumberField
          label="Max bonus"
          name={`Bonus maximum of service level ${i + 1}`}
          value={s.incentive.maxBonus}
          onChange={(maxBonus) => set({ incentive: { ...s.incentive, maxBonus } })}
        />
      </div>
      <Select
        aria-label={`Actuals of service level ${i + 1}`}
        value={linkText(s.linkedKpi)}
        onChange={(_, d) => set({ linkedKpi: parseLink(d.value) })}
      >
        <option value="">Typed on the SLA sheet</option>
        {links.map((k) => (
          <option key={linkText(k)} value={linkText(k)}>
            Linked: {k.sheet} › {k.kpi}
          </option>
        ))}
      </Select>
    </div>
  );
}
