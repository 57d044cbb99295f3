import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useMemberAgencies } from "./member-agencies";
import { graphql } from "../../gql";
import type { Theme } from "../../gql/graphql";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { required, requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { CheckboxGroup, ChoiceField, DateField, TextField } from "./fields";

export const THEMES: readonly Theme[] = ["PROTECT", "PREVENT", "PREPARE", "PURSUE"];

const ADD_OBJECTIVE = graphql(`
  mutation PortalAddObjective($input: AddObjectiveInput!) {
    addPlanObjective(input: $input) {
      id
      number
    }
  }
`);

const ADD_KPI = graphql(`
  mutation PortalAddKpi($input: AddKpiInput!) {
    addPlanKpi(input: $input) {
      id
    }
  }
`);

const ADD_ACTION = graphql(`
  mutation PortalAddAction($input: AddActionInput!) {
    addPlanAction(input: $input) {
      id
    }
  }
`);

const ADD_MILESTONE = graphql(`
  mutation PortalAddMilestone($input: AddMilestoneInput!) {
    addActionMilestone(input: $input) {
      id
      position
    }
  }
`);

/** A new objective of the plan, under one of the four Ps. */
export function AddObjectiveForm({ planId, onSaved }: { planId: string; onSaved(): void }) {
  const [theme, setTheme] = useState<Theme>("PROTECT");
  const [title, setTitle] = useState("");
  const problems = useFormProblems({
    theme: { id: "obj-theme", label: "Theme" },
    title: { id: "obj-title", label: "Objective" },
  });
  const [add, { loading }] = useMutation(ADD_OBJECTIVE);
  async function save(event: FormEvent) {
    event.preventDefault();
    if (!problems.check([required("obj-title", "Objective", title)])) return;
    const result = await add({ variables: { input: { planId, theme, title: title.trim(), kpis: [] } } });
    if (result.error) problems.fromServer(result.error);
    else {
      setTitle("");
      onSaved();
    }
  }
  return (
    <form className="card form" onSubmit={save} aria-labelledby="obj-heading" noValidate>
      <h2 id="obj-heading">Add an objective</h2>
      <ProblemSummary form={problems} />
      <ChoiceField form={problems} id="obj-theme" label="Theme" options={THEMES} value={theme} onChange={setTheme} />
      <TextField form={problems} id="obj-title" label="Objective" lines={2} value={title} onChange={setTitle} />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Add the objective"}
      </button>
    </form>
  );
}

/** A key performance indicator of the whole plan or of one objective. */
export function AddKpiForm({
  planId,
  objectives,
  onSaved,
}: {
  planId: string;
  objectives: ReadonlyArray<{ id: string; number: number; title: string }>;
  onSaved(): void;
}) {
  const [objectiveId, setObjectiveId] = useState("");
  const [name, setName] = useState("");
  const [target, setTarget] = useState("");
  const [unit, setUnit] = useState("");
  const problems = useFormProblems({
    objectiveId: { id: "kpi-objective", label: "Measures" },
    name: { id: "kpi-name", label: "What is measured" },
    target: { id: "kpi-target", label: "Target" },
    unit: { id: "kpi-unit", label: "Counted in" },
  });
  const [add, { loading }] = useMutation(ADD_KPI);
  async function save(event: FormEvent) {
    event.preventDefault();
    const figure = target.trim() === "" ? null : Number(target);
    if (
      !problems.check([
        required("kpi-name", "What is measured", name),
        figure !== null && !(figure >= 0)
          ? { id: "kpi-target", label: "Target", message: "Must be a number, 0 or more" }
          : null,
      ])
    )
      return;
    const result = await add({
      variables: {
        input: {
          planId,
          objectiveId: objectiveId || null,
          name: name.trim(),
          target: figure,
          unit: unit.trim() || null,
        },
      },
    });
    if (result.error) problems.fromServer(result.error);
    else {
      setName("");
      setTarget("");
      setUnit("");
      onSaved();
    }
  }
  return (
    <form className="card form" onSubmit={save} aria-labelledby="kpi-heading" noValidate>
      <h2 id="kpi-heading">Add a KPI</h2>
      <ProblemSummary form={problems} />
      <label htmlFor="kpi-objective">Measures</label>
      <select
        id="kpi-objective"
        value={objectiveId}
        onChange={(e) => setObjectiveId(e.target.value)}
        {...problems.describe("kpi-objective")}
      >
        <option value="">The whole plan</option>
        {objectives.map((o) => (
          <option key={o.id} value={o.id}>
            Objective {o.number}: {o.title}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id="kpi-objective" />
      <TextField form={problems} id="kpi-name" label="What is measured" value={name} onChange={setName} />
      <TextField form={problems} id="kpi-target" label="Target (optional)" value={target} onChange={setTarget} />
      <TextField
        form={problems}
        id="kpi-unit"
        label="Counted in (optional)"
        hint="e.g. professionals a year, or %"
        value={unit}
        onChange={setUnit}
      />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Add the KPI"}
      </button>
    </form>
  );
}

interface MilestoneDraft {
  title: string;
  dueOn: string;
}

const ACTION_FIELDS: FieldTable = {
  objectiveId: { id: "act-objective", label: "Objective" },
  title: { id: "act-title", label: "Action" },
  deliveryDate: { id: "act-delivery", label: "Delivery date" },
  leadAgencyIds: { id: "act-leads", label: "Lead agencies" },
  "leadAgencyIds.#": { id: "act-leads", label: "Lead agencies" },
  "milestones.#.title": { id: "act-ms-{i}-title", label: "Milestone {n}" },
  "milestones.#.dueOn": { id: "act-ms-{i}-due", label: "Milestone {n}: Due" },
};

/** A new action of an objective: what is to be done, by when, who leads it, and its milestones. */
export function AddActionForm({
  objectives,
  onSaved,
}: {
  objectives: ReadonlyArray<{ id: string; number: number; title: string }>;
  onSaved(): void;
}) {
  const agencies = useMemberAgencies();
  const [objectiveId, setObjectiveId] = useState("");
  const [title, setTitle] = useState("");
  const [deliveryDate, setDeliveryDate] = useState("");
  const [leads, setLeads] = useState<string[]>([]);
  const [milestones, setMilestones] = useState<MilestoneDraft[]>([]);
  const problems = useFormProblems(ACTION_FIELDS);
  const [add, { loading }] = useMutation(ADD_ACTION);
  const setMilestone = (index: number, change: Partial<MilestoneDraft>) =>
    setMilestones(milestones.map((m, k) => (k === index ? { ...m, ...change } : m)));
  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      objectiveId === "" ? { id: "act-objective", label: "Objective", message: "Choose one" } : null,
      required("act-title", "Action", title),
      requiredDay("act-delivery", "Delivery date", deliveryDate),
      leads.length === 0 ? { id: "act-leads", label: "Lead agencies", message: "Choose at least one" } : null,
      ...milestones.map((m, i) => required(`act-ms-${i}-title`, `Milestone ${i + 1}`, m.title)),
    ]);
    if (!ok) return;
    const result = await add({
      variables: {
        input: {
          objectiveId,
          title: title.trim(),
          deliveryDate,
          leadAgencyIds: leads,
          leadOfficerIds: [],
          milestones: milestones.map((m) => ({ title: m.title.trim(), dueOn: m.dueOn || null })),
        },
      },
    });
    if (result.error) problems.fromServer(result.error);
    else {
      setTitle("");
      setDeliveryDate("");
      setLeads([]);
      setMilestones([]);
      onSaved();
    }
  }
  return (
    <form className="card form" onSubmit={save} aria-labelledby="act-heading" noValidate>
      <h2 id="act-heading">Add an action</h2>
      <ProblemSummary form={problems} />
      <label htmlFor="act-objective">Objective</label>
      <select
        id="act-objective"
        value={objectiveId}
        onChange={(e) => setObjectiveId(e.target.value)}
        {...problems.describe("act-objective")}
      >
        <option value="">Choose an objective</option>
        {objectives.map((o) => (
          <option key={o.id} value={o.id}>
            {o.number}. {o.title}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id="act-objective" />
      <TextField form={problems} id="act-title" label="Action" lines={2} value={title} onChange={setTitle} />
      <DateField
        form={problems}
        id="act-delivery"
        label="Delivery date"
        hint="Within the plan's period."
        value={deliveryDate}
        onChange={setDeliveryDate}
      />
      <CheckboxGroup
        form={problems}
        id="act-leads"
        label="Lead agencies"
        options={agencies.map((a) => ({ value: a.id, label: a.name }))}
        chosen={leads}
        onChange={setLeads}
      />
      <fieldset>
        <legend>Milestones</legend>
        {milestones.map((m, i) => (
          <div key={i} className="grant-row form">
            <TextField
              form={problems}
              id={`act-ms-${i}-title`}
              label={`Milestone ${i + 1}`}
              value={m.title}
              onChange={(value) => setMilestone(i, { title: value })}
            />
            <DateField
              form={problems}
              id={`act-ms-${i}-due`}
              label={`Milestone ${i + 1}: Due (optional)`}
              value={m.dueOn}
              onChange={(value) => setMilestone(i, { dueOn: value })}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => setMilestones(milestones.filter((_, k) => k !== i))}
            >
              Remove milestone {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setMilestones([...milestones, { title: "", dueOn: "" }])}
        >
          Add a milestone
        </button>
      </fieldset>
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Add the action"}
      </button>
    </form>
  );
}

/** One more milestone after an action's others. */
export function AddMilestoneForm({
  actionId,
  actionTitle,
  onSaved,
}: {
  actionId: string;
  actionTitle: string;
  onSaved(): void;
}) {
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState("");
  const titleId = `ms-title-${actionId}`;
  const dueId = `ms-due-${actionId}`;
  const problems = useFormProblems({
    title: { id: titleId, label: "Milestone" },
    dueOn: { id: dueId, label: "Due" },
    actionId: { id: titleId, label: "Action" },
  });
  const [add, { loading }] = useMutation(ADD_MILESTONE);
  async function save(event: FormEvent) {
    event.preventDefault();
    if (!problems.check([required(titleId, "Milestone", title)])) return;
    const result = await add({ variables: { input: { actionId, title: title.trim(), dueOn: dueOn || null } } });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  }
  return (
    <form className="form" onSubmit={save} aria-label={`New milestone of ${actionTitle}`} noValidate>
      <ProblemSummary form={problems} />
      <TextField form={problems} id={titleId} label="Milestone" value={title} onChange={setTitle} />
      <DateField form={problems} id={dueId} label="Due (optional)" value={dueOn} onChange={setDueOn} />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Add the milestone"}
      </button>
      <CancelButton />
    </form>
  );
}
