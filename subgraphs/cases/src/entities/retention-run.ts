import { DataCategory, LocalDate, Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * One run of the retention schedule (services/retention-service.ts): when, on which day, and what
 * it did. A run covers every partnership; its counts are of all of them, so they are not shown:
 * each partnership sees its own actions.
 */
@ObjectType({
  description:
    "One run of the retention schedule (`npm run retention`, nightly): when it ran, the day terms were measured to, and what it anonymised in the partnership the request acts in.",
})
@Public()
@Entity({ name: "retention_run" })
export class RetentionRun {
  @Field(() => ID, { description: "Stable identifier of the run." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** When it ran (the platform clock). */
  @Field(() => Date, { description: "When it ran." })
  @Column("timestamptz", { name: "ran_at" })
  ranAt: Date;

  /** The day terms were measured to. */
  @Field(() => LocalDate, { description: "The day the terms were measured to: a term ending before it had ended." })
  @Column("date")
  today: string;

  /** A dry run changed nothing and records no actions: only that it ran and how much it found. */
  @Field(() => Boolean, {
    description: "A dry run: it listed what would change, changed nothing and recorded no actions.",
  })
  @Column("boolean", { name: "dry_run" })
  dryRun: boolean;

  @Column("int", { name: "concerns_anonymised" })
  concernsAnonymised: number;

  @Column("int", { name: "actions" })
  actionCount: number;

  /** Concerns whose term had ended but that a legal hold kept. */
  @Column("int")
  held: number;
}

/** One category of one concern anonymised by a run, and the term (and agreement) that ended it. */
@ObjectType({
  description:
    "One data category of one concern anonymised by a retention run, the term that ended (and the agreement stating it, or the platform default) and what was changed.",
})
@Public()
@Entity({ name: "retention_action" })
export class RetentionAction {
  @Field(() => ID, { description: "Stable identifier of the action." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "run_id" })
  runId: string;

  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Field(() => ID, { description: "The concern anonymised (ask `concern(id)` for what you may read of it)." })
  @Index()
  @Column("uuid", { name: "concern_id" })
  concernId: string;

  @Field(() => DataCategory, { description: "The data category anonymised." })
  @Column("text")
  category: DataCategory;

  /** The agreement whose term applied; null for the platform's default schedule. */
  @Field(() => ID, {
    nullable: true,
    description: "The sharing agreement whose term applied; empty for the platform's default schedule.",
  })
  @Column("uuid", { name: "agreement_id", nullable: true })
  agreementId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "That agreement's reference, e.g. 'ISA-SHOP-2019-01'; empty for the platform default.",
  })
  @Column("text", { name: "agreement_reference", nullable: true })
  agreementReference: string | null;

  /** The term in words, e.g. "6 years after the concern closes". */
  @Field(() => String, { description: "The term, in words, e.g. '6 years after the concern closes'." })
  @Column("text")
  term: string;

  /** The last day the records were kept. */
  @Field(() => LocalDate, { description: "The last day the term kept the records." })
  @Column("date", { name: "due_on" })
  dueOn: string;

  @Field(() => Int, { description: "Rows changed (the concern's, its people's, premises', history entries)." })
  @Column("int", { name: "rows_changed" })
  rowsChanged: number;

  @Field(() => [String], {
    description: "The columns cleared or generalised, as table.column (e.g. 'potential_victim.full_name').",
  })
  @Column("text", { array: true })
  columns: string[];
}
