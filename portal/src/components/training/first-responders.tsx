import { useState } from "react";
import { Pager, useCursorPages } from "../pager";
import { TableScroll } from "../table-scroll";
import { graphql } from "../../gql";
import { OperationError } from "../../lib/errors";
import { date } from "../../lib/format";
import { Guarded, Restrictions } from "../../lib/restrictions";
import { usePortalQuery } from "../../lib/use-portal-query";
import "./training.css";

const PAGE_SIZE = 25;

const FIRST_RESPONDERS = graphql(`
  query PortalFirstResponders($first: Int!, $after: String, $expiredWithinDays: Int!) {
    firstResponderQualifications(first: $first, after: $after, expiredWithinDays: $expiredWithinDays) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        delegateName
        expiresOn
        expired
        agency {
          shortName
        }
        course {
          title
        }
      }
    }
  }
`);

/**
 * Who the partnership's first responders are and when each qualification lapses, soonest first,
 * judged on the server's today; lapsed ones stay listed for a while, marked, so they are refreshed.
 */
export function FirstResponders() {
  const pages = useCursorPages();
  const [expiredWithinDays, setExpiredWithinDays] = useState(90);
  const { data, error } = usePortalQuery(FIRST_RESPONDERS, {
    variables: { first: PAGE_SIZE, after: pages.after, expiredWithinDays },
  });
  const r = Restrictions.from(error);
  const list = data?.firstResponderQualifications;
  return (
    <section aria-labelledby="first-responders-heading" className="card">
      <h2 id="first-responders-heading">Qualified first responders</h2>
      <label htmlFor="fr-lapsed">
        Also show qualifications that lapsed in the last{" "}
        <select
          id="fr-lapsed"
          value={expiredWithinDays}
          onChange={(e) => {
            setExpiredWithinDays(Number(e.target.value));
            pages.reset();
          }}
        >
          {[0, 30, 90, 365, 730].map((days) => (
            <option key={days} value={days}>
              {days} days
            </option>
          ))}
        </select>
      </label>
      <OperationError error={error} />
      {list &&
        (list.nodes.length === 0 ? (
          <p className="muted">No one holds a first responder qualification.</p>
        ) : (
          <>
            <p>
              {list.totalCount} {list.totalCount === 1 ? "person" : "people"}, soonest expiry first.
            </p>
            <TableScroll name="First responders by expiry">
              <table className="list" data-testid="first-responders">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Agency</th>
                    <th scope="col">Qualified until</th>
                    <th scope="col">Course</th>
                  </tr>
                </thead>
                <tbody>
                  {list.nodes.map((q, i) => (
                    <tr key={q.id} className={q.expired ? "lapsed" : undefined}>
                      <td>
                        <Guarded r={r} at={["firstResponderQualifications", "nodes", i, "delegateName"]} compact>
                          {q.delegateName}
                        </Guarded>
                      </td>
                      <td>{q.agency?.shortName ?? "—"}</td>
                      <td>
                        {date(q.expiresOn)}
                        {q.expired && <span className="badge status-expired"> Expired</span>}
                      </td>
                      <td>{q.course.title}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <Pager
              page={pages.page}
              pageSize={PAGE_SIZE}
              totalCount={list.totalCount}
              hasNextPage={list.pageInfo.hasNextPage}
              onNext={() => pages.next(list.pageInfo.endCursor)}
              onPrevious={pages.previous}
              label="Pages of first responders"
            />
          </>
        ))}
    </section>
  );
}
