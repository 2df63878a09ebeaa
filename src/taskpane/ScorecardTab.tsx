/**
 * The "Scorecard" tab: set up a provider-selection scorecard (providers, due-diligence criteria
 * with weights, must-haves and how each is scored, the score scale, evaluators, AHP weighting) and
 * create it; then keep editing an existing one — add or remove a provider or a criterion — which
 * reads the sheet back first, so nothing typed into it is lost.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import type { WorkbookApi } from "../sheets/plan/workbook";
import { ahpPlan } from "../sheets/scorecard/ahp";
import { scorecardPlan } from "../sheets/scorecard/sheet";
import {
  Criterion,
  CriterionMode,
  defaultScorecard,
  ScorecardConfig,
  scorecardProblems,
} from "../sheets/scorecard/model";
import { readScorecard, rebuildScorecard } from "../sheets/scorecard/reader";
import { AddByName, NameList, NumberField, usePaneStyles } from "./layout";
import { Problems, StatusBar, useAction, validated } from "./Status";

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

const SHEET_KIND = "scorecard";

export function ScorecardTab({
  workbook,
  connected,
}: {
  workbook: WorkbookApi;
  connected: boolean;
}) {
  const styles = { ...usePaneStyles(), ...useLocalStyles() };
  const { busy, status, run } = useAction();
  const [config, setConfig] = React.useState<ScorecardConfig>(defaultScorecard);
  const problems = scorecardProblems(config);
  const update = (change: Partial<ScorecardConfig>) => setConfig((c) => ({ ...c, ...change }));
  const setCriterion = (i: number, change: Partial<Criterion>) =>
    setConfig((c) => ({
      ...c,
      criteria: c.criteria.map((x, j) => (j === i ? { ...x, ...change } : x)),
    }));

  // Existing scorecards in the workbook.
  const [sheets, setSheets] = React.useState<
    { name: string; companions: string[]; ahp: boolean }[]
  >([]);
  const [selected, setSelected] = React.useState("");
  const [current, setCurrent] = React.useState<ScorecardConfig | null>(null);
  const [removeProvider, setRemoveProvider] = React.useState("");
  const [removeCriterion, setRemoveCriterion] = React.useState("");
  const target = sheets.find((s) => s.name === selected);
  const targetNames = target
    ? [target.name, ...(target.ahp ? target.companions.slice(0, 1) : [])]
    : [];

  const refresh = React.useCallback(
    async (prefer?: string) => {
      const found = await workbook.findSheets(SHEET_KIND);
      const list = found.map((s) => ({
        name: s.name,
        companions: s.record.companions,
        ahp: s.record.settings.ahp === true,
      }));
      setSheets(list);
      const name =
        prefer ?? (list.some((s) => s.name === selected) ? selected : (list[0]?.name ?? ""));
      setSelected(name);
      const chosen = list.find((s) => s.name === name);
      if (!chosen) return setCurrent(null);
      const snapshots = await workbook.readSheets([
        chosen.name,
        ...(chosen.ahp ? chosen.companions.slice(0, 1) : []),
      ]);
      setCurrent(readScorecard(snapshots[0], snapshots[1]).config);
    },
    [workbook, selected]
  );
  React.useEffect(() => {
    if (connected) refresh().catch(() => undefined);
  }, [connected]);

  const create = () =>
    run(async () => {
      const plans = config.ahp ? [scorecardPlan(config), ahpPlan(config)] : [scorecardPlan(config)];
      const { sheetName, sheetNames } = await workbook.createSheets(plans);
      await refresh(sheetName);
      return config.ahp
        ? `Created "${sheetName}"; fill in the pairwise judgements on "${sheetNames[1]}".`
        : `Created "${sheetName}": type the scores into the yellow cells.`;
    });

  /** Rebuild the selected scorecard with a change, after reading it back. */
  const edit = (describe: string, change: (c: ScorecardConfig) => ScorecardConfig) =>
    run(async () => {
      await workbook.editSheets(targetNames, (snapshots) =>
        rebuildScorecard(snapshots, validated(change, scorecardProblems))
      );
      await refresh(selected);
      return `${describe} on "${selected}"; every value typed there is kept.`;
    });

  const categories = [...new Set(config.criteria.map((c) => c.category))];
  return (
    <div className={styles.stack}>
      <Subtitle2 as="h2">New scorecard</Subtitle2>
      <Field label="Sheet name">
        <Input value={config.name} onChange={(_, d) => update({ name: d.value })} />
      </Field>

      <Body1 as="h3">Providers</Body1>
      <NameList
        noun="provider"
        names={config.providers}
        min={2}
        nextName={(n) => `Provider ${String.fromCharCode(65 + n)}`}
        onChange={(providers) => update({ providers })}
      />

      <Body1 as="h3">Criteria (weight, must-have, how it is scored)</Body1>
      {categories.map((category) => (
        <div key={category} className={styles.stack}>
          <Caption1 className={styles.category}>{category}</Caption1>
          {config.criteria.map((c, i) =>
            c.category !== category ? null : (
              <div key={i} className={styles.stack}>
                <div className={styles.row}>
                  <Input
                    className={styles.grow}
                    aria-label={`Criterion ${i + 1}`}
                    value={c.name}
                    onChange={(_, d) => setCriterion(i, { name: d.value })}
                  />
                  <NumberField
                    label="Weight"
                    name={`Weight of criterion ${i + 1}`}
                    disabled={config.ahp}
                    value={c.weight}
                    onChange={(weight) => setCriterion(i, { weight })}
                  />
                </div>
                <div className={styles.row}>
                  <Checkbox
                    label="Must-have"
                    checked={c.mustHave}
                    onChange={(_, d) => setCriterion(i, { mustHave: Boolean(d.checked) })}
                  />
                  <Select
                    className={styles.mode}
                    aria-label={`How criterion ${i + 1} is scored`}
                    value={c.mode}
                    onChange={(_, d) => setCriterion(i, { mode: d.value as CriterionMode })}
                  >
                    {(Object.keys(MODE_LABELS) as CriterionMode[]).map((m) => (
                      <option key={m} value={m}>
                        {MODE_LABELS[m]}
                      </option>
                    ))}
                  </Select>
                  <Button
                    aria-label={`Remove criterion ${i + 1}`}
                    onClick={() => update({ criteria: config.criteria.filter((_, j) => j !== i) })}
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
          update({
            criteria: [
              ...config.criteria,
              {
                category: "Other",
                name: `Criterion ${config.criteria.length + 1}`,
                weight: 5,
                mustHave: false,
                mode: "score",
                notes: "",
              },
            ],
          })
        }
      >
        Add criterion
      </Button>

      <Field label="Score scale">
        <RadioGroup
          layout="horizontal"
          value={String(config.scale)}
          onChange={(_, d) => update({ scale: d.value === "10" ? 10 : 5 })}
        >
          <Radio value="5" label="1 to 5" />
          <Radio value="10" label="0 to 10" />
        </RadioGroup>
      </Field>
      {config.criteria.some((c) => c.mode === "price") && (
        <Field label="Price points">
          <Select
            value={config.priceMethod}
            onChange={(_, d) => update({ priceMethod: d.value === "linear" ? "linear" : "ratio" })}
          >
            <option value="ratio">Ratio: lowest bid ÷ bid</option>
            <option value="linear">Linear: zero at twice the lowest bid</option>
          </Select>
        </Field>
      )}

      <Body1 as="h3">
        Evaluators (each scores on their own block; the scorecard uses the average)
      </Body1>
      <NameList
        noun="evaluator"
        names={config.evaluators}
        min={1}
        nextName={(n) => `Evaluator ${n + 1}`}
        onChange={(evaluators) => update({ evaluators })}
      />
      <Checkbox
        label="Weights by pairwise comparison (AHP)"
        checked={config.ahp}
        onChange={(_, d) => update({ ahp: Boolean(d.checked) })}
      />

      <Problems problems={problems} />
      <Button
        appearance="primary"
        disabled={!connected || busy || problems.length > 0}
        onClick={create}
      >
        Create scorecard
      </Button>
      <StatusBar status={status} />

      <Divider />
      <Subtitle2 as="h2">Edit a scorecard</Subtitle2>
      {sheets.length === 0 ? (
        <Caption1>No scorecard in this workbook yet.</Caption1>
      ) : (
        <>
          <Field label="Scorecard sheet">
            <Select value={selected} onChange={(_, d) => refresh(d.value)}>
              {sheets.map((s) => (
                <option key={s.name}>{s.name}</option>
              ))}
            </Select>
          </Field>
          <AddByName
            label="New provider name"
            placeholder="Provider name"
            button="Add provider to this scorecard"
            disabled={busy}
            onAdd={(name) =>
              edit(`Added provider "${name}"`, (c) => ({ ...c, providers: [...c.providers, name] }))
            }
          />
          <AddByName
            label="New criterion name"
            placeholder="Criterion name"
            button="Add criterion to this scorecard"
            disabled={busy}
            onAdd={(name) =>
              edit(`Added criterion "${name}"`, (c) => ({
                ...c,
                criteria: [
                  ...c.criteria,
                  { category: "Other", name, weight: 5, mustHave: false, mode: "score", notes: "" },
                ],
              }))
            }
          />
          {current && (
            <>
              <div className={styles.row}>
                <Select
                  className={styles.grow}
                  aria-label="Provider to remove"
                  value={removeProvider}
                  onChange={(_, d) => setRemoveProvider(d.value)}
                >
                  <option value="">Provider…</option>
                  {current.providers.map((p) => (
                    <option key={p}>{p}</option>
                  ))}
                </Select>
                <Button
                  disabled={busy || !removeProvider}
                  onClick={() =>
                    edit(`Removed provider "${removeProvider}"`, (c) => ({
                      ...c,
                      providers: c.providers.filter((p) => p !== removeProvider),
                    }))
                  }
                >
                  Remove provider
                </Button>
              </div>
              <div className={styles.row}>
                <Select
                  className={styles.grow}
                  aria-label="Criterion to remove"
                  value={removeCriterion}
                  onChange={(_, d) => setRemoveCriterion(d.value)}
                >
                  <option value="">Criterion…</option>
                  {current.criteria.map((c) => (
                    <option key={c.name}>{c.name}</option>
                  ))}
                </Select>
                <Button
                  disabled={busy || !removeCriterion}
                  onClick={() =>
                    edit(`Removed criterion "${removeCriterion}"`, (c) => ({
                      ...c,
                      criteria: c.criteria.filter((x) => x.name !== removeCriterion),
                    }))
                  }
                >
                  Remove criterion
                </Button>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
