import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ActionStatus, AssessmentOutcome, AuditKind, FindingSeverity } from "./enums.js";
import { Supplier } from "./supplier.js";

@ObjectType({
  description:
    "A due-diligence questionnaire a supplier completed, and how it was assessed, recorded in one partnership.",
})
@Public()
@Entity({ name: "assessment" })
export class Assessment {
  @Field(() => ID, { description: "Stable identifier of the assessment." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The partnership it was recorded in: only its requests see it or count it. */
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Index()
  @Column("uuid", { name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "CASCADE" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => ID, { description: "The assessing agency's id (an Agency in the governance subgraph)." })
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => LocalDate, { description: "When the questionnaire was assessed." })
  @Column("date", { name: "assessed_on" })
  assessedOn: string;

  @Field(() => Int, { description: "Questionnaire score, 0 to 100." })
  @Column("int")
  score: number;

  @Field(() => AssessmentOutcome, { description: "The assessor's conclusion." })
  @Column("text")
  outcome: AssessmentOutcome;

  /** Free text about the supplier's answers: as commercially sensitive as an audit finding's. */
  @Field(() => String, {
    nullable: true,
    description: "The assessor's notes. COMMERCIAL: the assessing agency sees its own, others need an agreement.",
  })
  @Sensitive(DataCategory.COMMERCIAL)
  @Column("text", { nullable: true })
  notes: string | null;
}

@ObjectType({
  description:
    "An audit of a supplier (a site visit, a document review or worker interviews), recorded in one partnership with its findings and actions.",
})
@Public()
@Entity({ name: "audit" })
export class Audit {
  @Field(() => ID, { description: "Stable identifier of the audit." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The partnership it was recorded in: only its requests see it or count it. */
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Index()
  @Column("uuid", { name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "CASCADE" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => ID, { description: "The auditing agency's id (an Agency in the governance subgraph)." })
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => AuditKind, { description: "How the supplier was audited." })
  @Column("text")
  kind: AuditKind;

  @Field(() => LocalDate, { description: "When the audit took place." })
  @Column("date", { name: "audited_on" })
  auditedOn: string;

  @Field(() => String, { description: "Who carried it out." })
  @Column("text")
  auditor: string;

  @Field(() => Date, { description: "When the audit was recorded." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@ObjectType({
  description:
    "What an audit found. Its content is commercially sensitive. It belongs to its audit's partnership, and is reached only through the audit.",
})
@Entity({ name: "audit_finding" })
export class AuditFinding {
  @Field(() => ID, { description: "Stable identifier of the finding." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID, { description: "The audit that found it." })
  @Public()
  @Index()
  @Column("uuid", { name: "audit_id" })
  auditId: string;

  @ManyToOne(() => Audit, { onDelete: "CASCADE" })
  @JoinColumn({ name: "audit_id" })
  audit?: Audit;

  /** The supplier, copied from the audit so statistics and the risk rating need no join. */
  @Index()
  @Column("uuid", { name: "supplier_id" })
  supplierId: string;

  /** The auditing agency, copied from the audit: its own staff see the finding's content. */
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => FindingSeverity, { nullable: true, description: "How serious it is." })
  @Sensitive(DataCategory.COMMERCIAL)
  @Column("text")
  severity: FindingSeverity;

  @Field(() => String, { nullable: true, description: "What was found." })
  @Sensitive(DataCategory.COMMERCIAL)
  @Column("text")
  description: string;

  @Field(() => Boolean, { description: "True until every corrective action for it is done." })
  @Public()
  @Column("boolean")
  open: boolean;
}

@ObjectType({
  description: "What the supplier must do about a finding, and by when. It belongs to its audit's partnership.",
})
@Public()
@Entity({ name: "corrective_action" })
export class CorrectiveAction {
  @Field(() => ID, { description: "Stable identifier of the action." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID, { description: "The finding it corrects." })
  @Index()
  @Column("uuid", { name: "finding_id" })
  findingId: string;

  @ManyToOne(() => AuditFinding, { onDelete: "CASCADE" })
  @JoinColumn({ name: "finding_id" })
  finding?: AuditFinding;

  /** The supplier, copied from the finding for the overdue list. */
  @Index()
  @Column("uuid", { name: "supplier_id" })
  supplierId: string;

  /** The auditing agency, copied from the finding: its own staff see what must be done. */
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  /** Says what the audit found as plainly as the finding does ("return the workers' passports"). */
  @Field(() => String, {
    nullable: true,
    description: "What must be done. COMMERCIAL, as the finding's description: the auditing agency sees its own.",
  })
  @Sensitive(DataCategory.COMMERCIAL)
  @Column("text")
  description: string;

  @Field(() => LocalDate, { description: "When it must be done by." })
  @Column("date", { name: "due_on" })
  dueOn: string;

  @Field(() => ActionStatus, { description: "Where it is." })
  @Column("text")
  status: ActionStatus;

  @Field(() => LocalDate, { nullable: true, description: "When it was completed." })
  @Column("date", { name: "completed_on", nullable: true })
  completedOn: string | null;
}
