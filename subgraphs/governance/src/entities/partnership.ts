import { Public } from "@partnership/runtime";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({
  description: "An anti-slavery partnership: the agencies of an area working together under agreed terms of reference.",
})
@Directive('@key(fields: "id")')
@Public()
@Entity({ name: "partnership" })
export class Partnership {
  @Field(() => ID, { description: "Stable identifier of the partnership." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "Name, e.g. 'Sandwell Anti-Slavery Partnership'." })
  @Column("text", { unique: true })
  name: string;

  @Field(() => String, { description: "Short name, unique on the platform, e.g. 'SANDWELL'." })
  @Column("text", { name: "short_name", unique: true })
  shortName: string;

  @Field(() => String, {
    description: "The prefix of its casework references, unique on the platform, e.g. 'SHOP' for SHOP-2019-0042.",
  })
  @Column("text", { name: "reference_prefix", unique: true })
  referencePrefix: string;

  @Field(() => String, { description: "The area the partnership covers, e.g. 'Sandwell'." })
  @Column("text")
  area: string;

  @Field(() => String, {
    nullable: true,
    description: "The regional network it belongs to, e.g. 'West Midlands Anti-Slavery Network'.",
  })
  @Column("text", { name: "parent_network", nullable: true })
  parentNetwork: string | null;

  @Field(() => String, { nullable: true, description: "The partnership's terms of reference." })
  @Column("text", { name: "terms_of_reference", nullable: true })
  termsOfReference: string | null;
}
