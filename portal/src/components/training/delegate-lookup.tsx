import { useRef, useState } from "react";
import { graphql } from "../../gql";
import type { PortalDirectoryLookupQuery } from "../../gql/graphql";
import { OperationError } from "../../lib/errors";
import { usePortalQuery } from "../../lib/use-portal-query";
import "./training.css";

/** The letters typed before the directory is searched: fewer would list half of it. */
const MIN_LETTERS = 3;

// The directory's own people query: a lookup shows only who that query shows the caller, and an
// email only where the caller may read it.
const DIRECTORY_LOOKUP = graphql(`
  query PortalDirectoryLookup($search: String!) {
    people(first: 10, filter: { search: $search }) {
      totalCount
      nodes {
        id
        name
        email
        agency {
          id
          shortName
        }
      }
    }
  }
`);

export type DirectoryPerson = PortalDirectoryLookupQuery["people"]["nodes"][number];

/**
 * Finds delegates in the partnership's staff directory: three letters, then pick. Each pick fills
 * a register row and clears the box for the next name, so a room of delegates takes a pick each.
 */
export function DelegateLookup({
  listed,
  onPick,
}: {
  listed: ReadonlySet<string>;
  onPick(person: DirectoryPerson): void;
}) {
  const [search, setSearch] = useState("");
  const box = useRef<HTMLInputElement>(null);
  const text = search.trim();
  const { data, error } = usePortalQuery(DIRECTORY_LOOKUP, {
    variables: { search: text },
    skip: text.length < MIN_LETTERS,
  });
  const found = text.length >= MIN_LETTERS ? data?.people : undefined;

  const pick = (person: DirectoryPerson) => {
    onPick(person);
    setSearch("");
    box.current?.focus();
  };

  return (
    <div className="lookup">
      <label htmlFor="lookup-search">Find a delegate in the directory</label>
      <p id="lookup-hint" className="muted hint">
        Type at least three letters of their name, then pick them; the row below fills in.
      </p>
      <input
        id="lookup-search"
        ref={box}
        type="search"
        autoComplete="off"
        value={search}
        aria-describedby="lookup-hint"
        onChange={(e) => setSearch(e.target.value)}
      />
      <OperationError error={text.length >= MIN_LETTERS ? error : undefined} />
      {found && (
        <div aria-live="polite">
          {found.nodes.length === 0 ? (
            <p className="muted">No one in the directory matches “{text}”. Add them as a new person below.</p>
          ) : (
            <ul className="lookup-results" aria-label="People found">
              {found.nodes.map((person) => {
                const already = person.email !== null && listed.has(person.email.toLowerCase());
                return (
                  <li key={person.id}>
                    <button type="button" disabled={already} onClick={() => pick(person)}>
                      {person.name} ({person.agency.shortName}){already ? " — already listed" : ""}
                    </button>
                  </li>
                );
              })}
              {found.totalCount > found.nodes.length && (
                <li className="muted">{found.totalCount - found.nodes.length} more: type more of the name.</li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
