import { openSafeguardingActions, type PersonForSafeguarding } from "./open-safeguarding-actions";

/**
 * The safeguarding still open for the people screened, as a warning: on the concern page while it
 * is open, and meant for the closing form, so nobody closes a concern without seeing it.
 */
export function OpenSafeguardingList({ people }: { people: readonly PersonForSafeguarding[] | null | undefined }) {
  const actions = openSafeguardingActions(people);
  if (actions.length === 0) return null;
  return (
    <div className="consent-rule" data-testid="open-safeguarding">
      <p>
        <strong>Still open for the people screened</strong>
      </p>
      <ul>
        {actions.map((action) => (
          <li key={action.text}>{action.text}</li>
        ))}
      </ul>
    </div>
  );
}
