import { LocalDate, Public } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { LegalHoldKind } from "./enums.js";

/**
 * A legal hold on a concern: while it counts (not released, and its end date not passed) the
 * retention run and erasure requests leave the concern's records as they are. Seen through
 * `Concern.legalHolds`, which is classified; its own fields are those of the hold, not of a person.
 */
@ObjectType({
  description:
    "A legal hold on a concern (investigation, prosecution, safeguarding review): while it is in force the concern's records are neither anonymised by the retention run nor erased on request.",
})
@Public()
@Entity({ name: "legal_hold" })
export class LegalHold {
  @Field(() => ID, { description: "Stable identifier of the hold." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "concern_id" })
  concernId: string;

  @Field(() => LegalHoldKind, { description: "Why the records are held." })
  @Column("text")
  kind: LegalHoldKind;

  @Field(() => String, { description: "The reason given, e.g. the operation or review it serves." })
  @Column("text")
  reason: string;

  @Field(() => LocalDate, { description: "The last day the hold counts, unless released earlier." })
  @Column("date")
  until: string;

  @Field(() => String, { description: "The user who placed it (their identity provider's user id)." })
  @Column("text", { name: "placed_by_user" })
  placedByUser: string;

  @Column("uuid", { name: "placed_by_agency" })
  placedByAgencyId: string;

  @Field(() => Date, { description: "When it was placed." })
  @Column("timestamptz", { name: "placed_at" })
  placedAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was released; empty while it is not." })
  @Column("timestamptz", { name: "released_at", nullable: true })
  releasedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The user who released it; empty while it is not released." })
  @Column("text", { name: "released_by_user", nullable: true })
  releasedByUser: string | null;

  @Column("uuid", { name: "released_by_agency", nullable: true })
  releasedByAgencyId: string | null;

  @Field(() => String, { nullable: true, description: "Why it was released; empty while it is not released." })
  @Column("text", { name: "release_reason", nullable: true })
  releaseReason: string | null;

  /** Set by the resolver from the platform clock. */
  active?: boolean;
}

/** Whether a hold counts on `today`: not released, and its last day not passed. */
export function holdCounts(hold: Pick<LegalHold, "releasedAt" | "until">, today: string): boolean {
  return hold.releasedAt === null && hold.until >= today;
}
