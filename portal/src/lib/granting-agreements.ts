import { graphql } from "../gql";
import type { NamedAgreement } from "./restriction-map";
import { useSession } from "./session";
import { usePortalQuery } from "./use-portal-query";

export const AGREEMENTS_IN_FORCE = graphql(`
  query PortalAgreementsInForce {
    sharingAgreements(first: 100, filter: { status: ACTIVE }) {
      nodes {
        id
        reference
        title
        inForce
        parties {
          id
          agency {
            id
          }
        }
        grants {
          id
          categories
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/**
 * Which of the acting partnership's agreements in force grant a category, so a restriction can
 * name the agreement to ask to join. Asked once a session (the cache keeps the answer); null while
 * the answer is out or when the caller may not read agreements, so the message falls back to
 * saying only that an agreement is needed.
 */
export function useGrantingAgreements(): (category: string) => NamedAgreement[] | null {
  const { session } = useSession();
  const { data } = usePortalQuery(AGREEMENTS_IN_FORCE, { fetchPolicy: "cache-first" });
  const page = data?.sharingAgreements;
  const agreements = page?.nodes.filter((agreement) => agreement.inForce);
  return (category) => {
    if (!page || !agreements) return null;
    const granting = agreements
      .filter((agreement) => agreement.grants.some((grant) => grant.categories.some((c) => c === category)))
      .map((agreement) => ({
        reference: agreement.reference,
        title: agreement.title,
        callerIsParty: agreement.parties.some((party) => party.agency.id === session?.agencyId),
      }));
    // Beyond the first hundred, "none grants it" would be a guess: say only that one is needed.
    return granting.length === 0 && page.pageInfo.hasNextPage ? null : granting;
  };
}
