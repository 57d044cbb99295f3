import { type BaseContext, groupLoader, uniqueLoader } from "@partnership/runtime";
import { AgreementGrant, AgreementParty, Agency, Membership, Partnership, Person } from "../entities/index.js";

/** Every relation the governance schema resolves, batched per request. */
export function createLoaders({ dataSource }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    agency: uniqueLoader(repo(Agency)),
    person: uniqueLoader(repo(Person)),
    personByEmail: uniqueLoader(repo(Person), "email"),
    partnership: uniqueLoader(repo(Partnership)),
    membershipsOfPartnership: groupLoader(repo(Membership), "partnershipId", { since: "ASC" }),
    partiesOfAgreement: groupLoader(repo(AgreementParty), "agreementId"),
    grantsOfAgreement: groupLoader(repo(AgreementGrant), "agreementId"),
  };
}

export type GovernanceLoaders = ReturnType<typeof createLoaders>;
