import { DataCategory, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { LocationType } from "./enums.js";

/**
 * Premises concerns and visits are about. Its kind, area and ward are case summary; the address and
 * business are detail, seen only by agencies taking part in a concern at it.
 */
@ObjectType({
  description:
    "Premises a concern or a visit is about. Its type, area and ward are case summary; its address, business and company number are LOCATION_ADDRESS detail, seen only by agencies taking part in the concern.",
})
@Entity({ name: "location" })
export class Location {
  @Field(() => ID, { description: "Stable identifier of the location." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The partnership that recorded the premises: another partnership's concerns cannot point at them. */
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Field(() => LocationType, { nullable: true, description: "The kind of premises." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @Column("text")
  type: LocationType;

  /** The partnership's area it is in (see the `area` field); none for premises not known. */
  @Column("uuid", { name: "area_id", nullable: true })
  areaId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The electoral ward it is in, e.g. 'Soho and Victoria'; empty for premises not known.",
  })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @Column("text", { nullable: true })
  ward: string | null;

  @Field(() => String, { nullable: true, description: "Street address; empty for premises not known." })
  @Sensitive(DataCategory.LOCATION_ADDRESS, { detail: true })
  @Column("text", { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: "Postcode; empty for premises not known." })
  @Sensitive(DataCategory.LOCATION_ADDRESS, { detail: true })
  @Column("text", { nullable: true })
  postcode: string | null;

  @Field(() => String, { nullable: true, description: "The business trading there, if any." })
  @Sensitive(DataCategory.LOCATION_ADDRESS, { detail: true })
  @Column("text", { name: "business_name", nullable: true })
  businessName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Companies House number of the business trading there, linking the premises to a supplier.",
  })
  @Sensitive(DataCategory.LOCATION_ADDRESS, { detail: true })
  @Index()
  @Column("text", { name: "company_number", nullable: true })
  companyNumber: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** When the retention run or an erasure last anonymised some of the record; null while it is whole. */
  @Column("timestamptz", { name: "anonymised_at", nullable: true })
  anonymisedAt: Date | null;

  /** The categories already anonymised (services/anonymisation.ts): a later run leaves them alone. */
  @Column("text", { name: "anonymised_categories", array: true, default: () => "'{}'" })
  anonymisedCategories: string[];

  /** The agencies taking part in the concern the location was reached through; set by the resolver. */
  parties?: readonly string[];
}
