import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { graphql } from "../../gql";
import { ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { required, requiredDay } from "../../lib/form-checks";
import { DateField, TextField } from "./fields";

const CREATE_PLAN = graphql(`
  mutation PortalCreatePlan($input: CreateActionPlanInput!) {
    createActionPlan(input: $input) {
      id
    }
  }
`);

/** A new action plan of the partnership; it opens once saved, to add its objectives and actions. */
export function CreatePlanForm() {
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const problems = useFormProblems({
    title: { id: "plan-title", label: "Title" },
    startsOn: { id: "plan-starts", label: "Covers from" },
    endsOn: { id: "plan-ends", label: "Covers until" },
  });
  const [create, { loading }] = useMutation(CREATE_PLAN);
  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      required("plan-title", "Title", title),
      requiredDay("plan-starts", "Covers from", startsOn),
      requiredDay("plan-ends", "Covers until", endsOn),
    ]);
    if (!ok) return;
    const result = await create({ variables: { input: { title: title.trim(), startsOn, endsOn } } });
    if (result.error || !result.data) problems.fromServer(result.error);
    else void navigate(`/governance/plans/${result.data.createActionPlan.id}`);
  }
  return (
    <form className="card form" onSubmit={save} aria-labelledby="plan-form-heading" noValidate>
      <h3 id="plan-form-heading">Create an action plan</h3>
      <ProblemSummary form={problems} />
      <TextField
        form={problems}
        id="plan-title"
        label="Title"
        hint="e.g. Modern Slavery Action Plan 2026–2029"
        value={title}
        onChange={setTitle}
      />
      <DateField form={problems} id="plan-starts" label="Covers from" value={startsOn} onChange={setStartsOn} />
      <DateField form={problems} id="plan-ends" label="Covers until" value={endsOn} onChange={setEndsOn} />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Create the plan"}
      </button>
      <CancelButton />
    </form>
  );
}
