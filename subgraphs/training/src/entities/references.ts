import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Public } from "@partnership/runtime";

/** The partnership's Agency (governance), extended here with its training. */
@ObjectType({ description: "An organisation taking part in the partnership." })
@Directive('@key(fields: "id")')
@Public()
export class Agency {
  @Field(() => ID, { description: "Stable identifier of the agency." })
  id: string;
}

/** The directory's Person (governance), extended here with their training, found by work email. */
@ObjectType({ description: "A member of a partner agency's staff." })
@Directive('@key(fields: "email")')
@Public()
export class Person {
  @Field(() => String, { description: "Work email address, in lower case." })
  email: string;

  /** From the directory: the person's agency, whose own staff see the person's training. */
  @Field(() => Agency, { description: "The agency the person works for (from the directory)." })
  @Directive("@external")
  agency?: Agency;

  delegateId: string | null;
}

/** The partnership (governance), extended here with its training figures for the annual report. */
@ObjectType({ description: "A multi-agency anti-slavery partnership." })
@Directive('@key(fields: "id")')
@Public()
export class Partnership {
  @Field(() => ID, { description: "Stable identifier of the partnership." })
  id: string;
}

/** A network of partnerships (governance), extended here with its aggregate training figures. */
@ObjectType({ description: "A network of partnerships: aggregate figures across its members, never a record." })
@Directive('@key(fields: "id")')
@Public()
export class Network {
  @Field(() => ID, { description: "Stable identifier of the network." })
  id: string;
}
