/** Whose value a field keeps after someone else saved it too. */
export type Choice = "theirs" | "mine";

/**
 * Shown beside a field someone else saved while the person was editing it: the value they saved,
 * who saved it, and the person's choice between it and their own.
 */
export function FieldConflict({
  id,
  field,
  theirs,
  savedBy,
  choice,
  onChoose,
}: {
  /** The id of the sentence saying what they saved: the field's input is described by it. */
  id: string;
  field: string;
  /** Their value as words, or the reason it is withheld. */
  theirs: string;
  savedBy: string;
  choice: Choice | null;
  onChoose(choice: Choice): void;
}) {
  return (
    <div role="group" aria-labelledby={id} className="warning field-conflict" data-testid={`conflict-${field}`}>
      <p id={id} className="their-value">
        Saved by {savedBy} while you were editing: <q>{theirs}</q>
      </p>
      <button type="button" aria-pressed={choice === "theirs"} onClick={() => onChoose("theirs")}>
        Use theirs
      </button>{" "}
      <button type="button" aria-pressed={choice === "mine"} onClick={() => onChoose("mine")}>
        Keep mine
      </button>
    </div>
  );
}
