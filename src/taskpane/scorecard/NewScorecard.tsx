/**
 * A new provider-selection scorecard: providers, due-diligence criteria (./CriteriaEditor.tsx),
 * the score scale and price method, evaluators, AHP weighting; Create scorecard.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import type { WorkbookApi } from "../../sheets/plan/workbook";
import { ahpPlan } from "../../sheets/scorecard/ahp";
import { defaultScorecard, ScorecardConfig, scorecardProblems } from "../../sheets/scorecard/model";
import { scorecardPlan } from "../../sheets/scorecard/sheet";
import { NameList } from "../layout";
import { Problems } from "../Status";
import type { AddinSheets } from "../useAddinSheets";
import { CriteriaEditor } from "./CriteriaEditor";

export function NewScorecard(props: {
  workbook: WorkbookApi;
  connected: boolean;
  busy: boolean;
  run: (action: () => Promise<string>) => Promise<void>;
  sheets: AddinSheets<ScorecardConfig>;
}) {
  const [config, setConfig] = React.useState<ScorecardConfig>(defaultScorecard);
  const problems = scorecardProblems(config);
  const update = (change: Partial<ScorecardConfig>) => setConfig((c) => ({ ...c, ...change }));
  const create = () =>
    props.run(async () => {
      const plans = config.ahp ? [scorecardPlan(config), ahpPlan(config)] : [scorecardPlan(config)];
      const { sheetName, sheetNames } = await props.workbook.createSheets(plans);
      await props.sheets.refresh(sheetName);
      return config.ahp
        ? `Created "${sheetName}"; fill in the pairwise judgements on "${sheetNames[1]}".`
        : `Created "${sheetName}": type the scores into the yellow cells.`;
    });

  return (
    <>
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
      <CriteriaEditor
        criteria={config.criteria}
        weightsByAhp={config.ahp}
        onChange={(criteria) => update({ criteria })}
      />

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
        disabled={!props.connected || props.busy || problems.length > 0}
        onClick={create}
      >
        Create scorecard
      </Button>
    </>
  );
}
