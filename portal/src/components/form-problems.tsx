import type { GraphQLFormattedError } from "graphql";
import { type MouseEvent, useEffect, useState } from "react";
import { ErrorList } from "../lib/errors";
import { type FieldProblem, type FieldTable, problemsFrom } from "../lib/form-errors";
import "./field.css";

/** One message per field: "must not be blank" says more than the pattern a blank also misses. */
function onePerField(problems: FieldProblem[]): FieldProblem[] {
  const kept = new Map<string, FieldProblem>();
  problems.forEach((problem, index) => {
    const key = problem.id ?? `${problem.label}#${index}`;
    const earlier = kept.get(key);
    if (!earlier || problem.message === "Must not be blank") kept.set(key, problem);
  });
  return [...kept.values()];
}

export interface FormProblems {
  problems: FieldProblem[];
  /** Shows the browser's own findings; true when there are none and the form may be sent. */
  check(found: Array<FieldProblem | null | undefined>): boolean;
  /** Shows what the server refused, each problem beside its field. */
  fromServer(error: unknown): void;
  /** The accessibility attributes of a field: invalid, and described by its message (and hint). */
  describe(id: string, hint?: string): { "aria-invalid"?: true; "aria-describedby"?: string };
  messageFor(id: string): string | undefined;
  others: GraphQLFormattedError[];
  shown: number;
}

/**
 * A form's problems: every one at once, beside its field and listed at the top, with focus moved
 * to the first field to fix (to the list when the first has no field of its own).
 */
export function useFormProblems(table: FieldTable): FormProblems {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [others, setOthers] = useState<GraphQLFormattedError[]>([]);
  const [shown, setShown] = useState(0);

  useEffect(() => {
    if (shown === 0) return;
    const first = problems.find((problem) => problem.id)?.id;
    const target = first ? document.getElementById(first) : document.getElementById(`problems-${shown}`);
    target?.focus();
    // Focus only when a new set is shown, not when a field is edited.
  }, [shown]);

  const show = (found: FieldProblem[], rest: GraphQLFormattedError[]) => {
    setProblems(onePerField(found));
    setOthers(rest);
    if (found.length > 0) setShown((count) => count + 1);
  };

  return {
    problems,
    others,
    shown,
    check(found) {
      const real = found.filter((problem): problem is FieldProblem => Boolean(problem));
      show(real, []);
      return real.length === 0;
    },
    fromServer(error) {
      const split = problemsFrom(error, table);
      show(split.problems, split.others);
    },
    describe(id, hint) {
      const invalid = problems.some((problem) => problem.id === id);
      const describedBy = [invalid ? `${id}-problem` : null, hint].filter(Boolean).join(" ");
      return {
        ...(invalid ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      };
    },
    messageFor(id) {
      return problems.find((problem) => problem.id === id)?.message;
    },
  };
}

/** The list at the top of the form: each problem in words, a link to its field. */
export function ProblemSummary({ form }: { form: FormProblems }) {
  if (form.problems.length === 0) return <ErrorList errors={form.others} />;
  // Hash routing owns the URL's fragment: a link moves focus itself instead of navigating.
  const go = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  const count = form.problems.length;
  return (
    <>
      <div className="problem-summary" role="alert" id={`problems-${form.shown}`} tabIndex={-1}>
        <h3>{count === 1 ? "There is a problem" : `There are ${count} problems`}</h3>
        <ul>
          {form.problems.map((problem, index) => (
            <li key={`${problem.id ?? problem.label}-${index}`}>
              {problem.id ? (
                <a href={`#${problem.id}`} onClick={go(problem.id)}>
                  {problem.label}: {problem.message}
                </a>
              ) : (
                `${problem.label}: ${problem.message}`
              )}
            </li>
          ))}
        </ul>
      </div>
      <ErrorList errors={form.others} />
    </>
  );
}

/** The message beside a field, which the field names in `aria-describedby`. */
export function FieldMessage({ form, id }: { form: FormProblems; id: string }) {
  const message = form.messageFor(id);
  if (!message) return null;
  return (
    <p className="field-problem" id={`${id}-problem`}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
