import { Directive, Field, ID, ObjectType } from "type-graphql";
import { isUuid } from "../database/ids.js";
import { DataCategory } from "../data-category.js";
import { Public, Sensitive } from "../security/classification.js";

/**
 * Governance's entities as another subgraph extends them: the key and nothing else. Each call makes
 * a class of its own, so one subgraph's field resolvers never land on another's type (tests build
 * every subgraph's schema in one process).
 */
export function AgencyStub() {
  @ObjectType("Agency", { description: "An organisation taking part in the partnership." })
  @Directive('@key(fields: "id")')
  @Public()
  class Agency {
    @Field(() => ID, { description: "Stable identifier of the agency." })
    id: string;
  }
  return Agency;
}

/** Governance's Partnership as another subgraph extends it (see AgencyStub). */
export function PartnershipStub() {
  @ObjectType("Partnership", { description: "A multi-agency anti-slavery partnership." })
  @Directive('@key(fields: "id")')
  @Public()
  class Partnership {
    @Field(() => ID, { description: "Stable identifier of the partnership." })
    id: string;
  }
  return Partnership;
}

/** Governance's Network as another subgraph extends it (see AgencyStub). */
export function NetworkStub() {
  @ObjectType("Network", {
    description: "A network of partnerships: aggregate figures across its members, never a record.",
  })
  @Directive('@key(fields: "id")')
  @Public()
  class Network {
    @Field(() => ID, { description: "Stable identifier of the network." })
    id: string;
  }
  return Network;
}

/** A stub's reference: its id, when it is one; nothing is looked up. */
export function referenceById(ref: { id?: unknown }): { id: string } | null {
  return isUuid(ref.id) ? { id: ref.id } : null;
}

/**
 * The directory's Person (governance) as another subgraph extends it: found by work email, which is
 * the same PERSONNEL detail as in the directory. Whose person it is comes from the extending
 * subgraph's own rows, which its type adds beside the email.
 */
export function PersonStub() {
  @ObjectType("Person", { description: "A member of a partner agency's staff." })
  @Directive('@key(fields: "email")')
  @Public()
  class Person {
    @Field(() => String, {
      nullable: true,
      description:
        "Work email address, unique in the directory (stored in lower case). Visible to the person's own agency, and to other agencies holding PERSONNEL under an agreement of the partnership the request acts in when the person's agency is a member of it too.",
    })
    @Sensitive(DataCategory.PERSONNEL, { detail: true })
    email: string | null;
  }
  return Person;
}
