import { Public } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { AreaKind } from "./enums.js";

/**
 * A place a partnership works in, as the partnership itself divides its area: towns or localities,
 * wards (optionally within one), and one bucket for everywhere outside. Premises refer to one, and
 * the figures break down by them. The names are the partnership's own map, not anyone's data.
 */
@ObjectType({
  description:
    "An area of the partnership the request acts in: a town, a locality, a ward, or 'outside the area'. Premises refer to one; the figures break down by them.",
})
@Entity({ name: "area" })
export class Area {
  @Field(() => ID, { description: "Stable identifier of the area." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Field(() => String, { description: "Its name, unique in the partnership, e.g. 'West Bromwich'." })
  @Public()
  @Column("text")
  name: string;

  @Field(() => AreaKind, { description: "What the area is." })
  @Public()
  @Column("text")
  kind: AreaKind;

  @Field(() => String, {
    nullable: true,
    description: "Its ONS (GSS) code, e.g. 'E05001260' for a ward, if it has one.",
  })
  @Public()
  @Column("text", { name: "ons_code", nullable: true })
  onsCode: string | null;

  @Column("uuid", { name: "parent_id", nullable: true })
  parentId: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
