import { graphql } from "../gql";
import { type FormEvent, useMemo, useState } from "react";
import { useAgencies } from "../lib/queries";
import { usePortalQuery } from "../lib/use-portal-query";

export interface AuditSearchTerms {
  /** Part of a concern's reference; only the cases subgraph's log holds concerns. */
  reference: string;
  userId: string;
}

const CONCERN_IDS = graphql(`
  query PortalAuditConcernIds($reference: String!) {
    concerns(first: 100, filter: { reference: $reference }) {
      nodes {
        id
      }
    }
  }
`);

const CONCERN_REFERENCES = graphql(`
  query PortalAuditConcernReferences($ids: [ID!]!) {
    concerns(first: 100, filter: { ids: $ids }) {
      nodes {
        id
        reference
      }
    }
  }
`);

const AGREEMENT_REFERENCES = graphql(`
  query PortalAuditAgreements {
    sharingAgreements(first: 50) {
      nodes {
        id
        reference
      }
    }
  }
`);

/** Search of the audit log by a concern's reference and by user. */
export function AuditSearch({
  byReference,
  onSearch,
}: {
  byReference: boolean;
  onSearch(terms: AuditSearchTerms): void;
}) {
  const [reference, setReference] = useState("");
  const [userId, setUserId] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ reference: byReference ? reference.trim() : "", userId: userId.trim() });
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Search the audit log">
      {byReference && (
        <label htmlFor="audit-reference">
          Concern reference contains
          <input id="audit-reference" value={reference} onChange={(e) => setReference(e.target.value)} />
        </label>
      )}
      <label htmlFor="audit-user">
        User
        <input
          id="audit-user"
          value={userId}
          onChange={(e) => setUserId(e.target.value)}
          placeholder="e.g. demo:wmp:caseworker"
        />
      </label>
      <button type="submit">Search</button>
    </form>
  );
}

/**
 * The concerns a reference search names, as ids the audit log filters on (the log records ids, not
 * references). `searchedIds` is undefined when no reference is asked for.
 */
export function useAuditRecords(reference: string) {
  const asked = reference.length >= 3 ? reference : "";
  const { data, error, loading } = usePortalQuery(CONCERN_IDS, {
    variables: { reference: asked },
    skip: !asked,
  });
  return {
    searching: Boolean(asked) && loading,
    searchedIds: asked ? data?.concerns.nodes.map((node) => node.id) : undefined,
    error,
  };
}

interface AuditRow {
  entityType: string;
  entityId: string | null;
}

/** "PotentialVictim" → "Potential victim". */
function words(type: string): string {
  const spaced = type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The names a person knows the log's ids by: concerns by reference, agencies and agreements by name. */
export function useAuditNames(rows: AuditRow[]) {
  const agencies = useAgencies();
  const concernIds = [
    ...new Set(rows.filter((row) => row.entityType === "Concern" && row.entityId).map((row) => row.entityId!)),
  ];
  const { data: concerns } = usePortalQuery(CONCERN_REFERENCES, {
    variables: { ids: concernIds },
    skip: concernIds.length === 0,
  });
  const { data: agreements } = usePortalQuery(AGREEMENT_REFERENCES, { fetchPolicy: "cache-first" });
  return useMemo(() => {
    const references = new Map(concerns?.concerns.nodes.map((node) => [node.id, node.reference]));
    const agencyNames = new Map(agencies.map((agency) => [agency.id, agency.name]));
    const agreementReferences = new Map(agreements?.sharingAgreements.nodes.map((node) => [node.id, node.reference]));
    return {
      agencyName: (id: string) => agencyNames.get(id) ?? "Agency not in the directory",
      agreement: (id: string) => agreementReferences.get(id) ?? "An agreement no longer listed",
      record(row: AuditRow): string {
        if (!row.entityId) return row.entityType === "Mutation" ? "A change (refused)" : "A query (refused)";
        const reference = row.entityType === "Concern" ? references.get(row.entityId) : undefined;
        if (reference) return `Concern ${reference}`;
        // Records another subgraph keys by a field of its own, e.g. "companyNumber:01234567".
        const [key, value] = row.entityId.split(":");
        if (value) return `${words(row.entityType)}, ${words(key!).toLowerCase()} ${value}`;
        return `${words(row.entityType)} ${row.entityId}`;
      },
    };
  }, [concerns, agencies, agreements]);
}
