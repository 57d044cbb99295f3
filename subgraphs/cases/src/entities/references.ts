import { Directive, Field, ObjectType } from "type-graphql";
import { AgencyStub, NetworkStub, PartnershipStub, PersonStub, Public } from "@partnership/runtime";

/** The partnership's Agency (governance), extended here with the concerns it leads and takes part in. */
export const Agency = AgencyStub();
export type Agency = InstanceType<typeof Agency>;

/**
 * The directory's Person (governance), extended here with the NRM referrals they made. Their email
 * is the key, and the same PERSONNEL detail as in the directory: cases hands it out only as
 * governance would (see record-access.ts). Whose person it is comes from cases' own rows (the
 * agency their referrals name), never from a representation, which any caller can write.
 */
export const Person = PersonStub();
export type Person = InstanceType<typeof Person> & {
  /**
   * The agencies cases' own rows put the person in: the referring agency of each NRM referral they
   * made in the acting partnership (or of the one referral they were reached through).
   */
  agencyIds: string[];
};

/** A referral's referrer: the person, placed in the agency the referral names. */
export function referrerRef(email: string, referringAgencyId: string): Person {
  return { email, agencyIds: [referringAgencyId] };
}

/** A supplier (procurement), found by company number: intelligence signals at its premises come from here. */
@ObjectType({ description: "An organisation that supplies goods or services to a partner agency." })
@Directive('@key(fields: "companyNumber")')
@Public()
export class Supplier {
  @Field(() => String, { description: "Companies House number, e.g. '01234567'." })
  companyNumber: string;
}

export function agencyRef(id: string | null | undefined): Agency | null {
  return id ? { id } : null;
}

/** The partnership (governance), extended here with its casework figures for the annual report. */
export const Partnership = PartnershipStub();
export type Partnership = InstanceType<typeof Partnership>;

/** A network of partnerships (governance), extended here with its aggregate casework figures. */
export const Network = NetworkStub();
export type Network = InstanceType<typeof Network>;
