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
