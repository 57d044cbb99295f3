import { Public } from "@partnership/runtime";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The partnership (governance), extended here with its procurement figures for the annual report. */
@ObjectType({ description: "A multi-agency anti-slavery partnership." })
@Directive('@key(fields: "id")')
@Public()
export class Partnership {
  @Field(() => ID, { description: "Stable identifier of the partnership." })
  id: string;
}

/** A network of partnerships (governance), extended here with its aggregate procurement figures. */
@ObjectType({ description: "A network of partnerships: aggregate figures across its members, never a record." })
@Directive('@key(fields: "id")')
@Public()
export class Network {
  @Field(() => ID, { description: "Stable identifier of the network." })
  id: string;
}
