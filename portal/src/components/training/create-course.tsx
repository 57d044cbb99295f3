import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { graphql } from "../../gql";
import type { CourseFormat, CourseLevel } from "../../gql/graphql";
import { required } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { FORMAT_WORDS, LEVEL_WORDS } from "./course-words";

const CREATE_COURSE = graphql(`
  mutation PortalCreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      id
      title
      level
    }
  }
`);

/** CreateCourseInput's fields as the form names them. */
const FIELDS: FieldTable = {
  title: { id: "c-title", label: "Title" },
  level: { id: "c-level", label: "Level" },
  format: { id: "c-format", label: "How it is delivered" },
  durationMinutes: { id: "c-duration", label: "Length in minutes" },
  validityMonths: { id: "c-validity", label: "Certificate valid for (months)" },
  audience: { id: "c-audience", label: "Who it is for" },
  providerAgencyId: { id: "c-title", label: "Provider" },
};

const EMPTY = {
  title: "",
  level: "LEVEL_1_AWARENESS" as CourseLevel,
  format: "CLASSROOM" as CourseFormat,
  durationMinutes: "",
  validityMonths: "",
  audience: "",
};

/**
 * A new course of the caller's own agency (the server refuses another provider). The draft stays
 * when the server refuses it; on success the catalogue is read again and the course named.
 */
export function CreateCourse({ agencyId, onCreated }: { agencyId: string; onCreated(): void }) {
  const [form, setForm] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_COURSE);
  const problems = useFormProblems(FIELDS);
  const set = (patch: Partial<typeof EMPTY>) => setForm({ ...form, ...patch });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const minutes = Number(form.durationMinutes);
    const ok = problems.check([
      required("c-title", "Title", form.title),
      required("c-audience", "Who it is for", form.audience),
      Number.isInteger(minutes) && minutes > 0
        ? null
        : { id: "c-duration", label: "Length in minutes", message: "Enter a whole number of minutes" },
    ]);
    if (!ok) return;
    const result = await create({
      variables: {
        input: {
          title: form.title.trim(),
          level: form.level,
          format: form.format,
          providerAgencyId: agencyId,
          durationMinutes: minutes,
          validityMonths: form.validityMonths === "" ? null : Number(form.validityMonths),
          audience: form.audience.trim(),
        },
      },
    });
    if (result.error || !result.data?.createCourse) {
      problems.fromServer(result.error);
      return;
    }
    setCreated(result.data.createCourse.title);
    setForm(EMPTY);
    onCreated();
  }

  return (
    <section aria-labelledby="create-course-heading" className="card">
      <h2 id="create-course-heading">Create a course</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ProblemSummary form={problems} />
        {created && (
          <p role="status" className="success">
            Course “{created}” added to the courses on offer.
          </p>
        )}
        <label htmlFor="c-title">Title</label>
        <input
          id="c-title"
          value={form.title}
          onChange={(e) => set({ title: e.target.value })}
          {...problems.describe("c-title")}
        />
        <FieldMessage form={problems} id="c-title" />
        <label htmlFor="c-level">Level</label>
        <select id="c-level" value={form.level} onChange={(e) => set({ level: e.target.value as CourseLevel })}>
          {Object.entries(LEVEL_WORDS).map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
        <label htmlFor="c-format">How it is delivered</label>
        <select id="c-format" value={form.format} onChange={(e) => set({ format: e.target.value as CourseFormat })}>
          {Object.entries(FORMAT_WORDS).map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
        <label htmlFor="c-duration">Length in minutes</label>
        <input
          id="c-duration"
          type="number"
          min={1}
          max={2400}
          value={form.durationMinutes}
          onChange={(e) => set({ durationMinutes: e.target.value })}
          {...problems.describe("c-duration")}
        />
        <FieldMessage form={problems} id="c-duration" />
        <label htmlFor="c-validity">Certificate valid for (months)</label>
        <p id="c-validity-hint" className="muted hint">
          Leave empty when the certificate does not expire.
        </p>
        <input
          id="c-validity"
          type="number"
          min={1}
          max={120}
          value={form.validityMonths}
          onChange={(e) => set({ validityMonths: e.target.value })}
          {...problems.describe("c-validity", "c-validity-hint")}
        />
        <FieldMessage form={problems} id="c-validity" />
        <label htmlFor="c-audience">Who it is for</label>
        <textarea
          id="c-audience"
          rows={2}
          value={form.audience}
          onChange={(e) => set({ audience: e.target.value })}
          {...problems.describe("c-audience")}
        />
        <FieldMessage form={problems} id="c-audience" />
        <button type="submit" disabled={loading}>
          {loading ? "Adding…" : "Add the course"}
        </button>
      </form>
    </section>
  );
}
