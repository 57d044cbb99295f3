import { DataCategory } from "@partnership/runtime";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** One field's change, as stored. */
export interface StoredFieldChange {
  field: string;
  category: DataCategory;
  /** Whether only agencies taking part in the concern may read it. */
  detail: boolean;
  old: unknown;
  new: unknown;
}

/** One change to a concern: who, when, and every field's old and new value. Append-only. */
@Entity({ name: "concern_change" })
@Index("concern_change_concern_idx", ["concernId", "version"], { unique: true })
export class ConcernChange {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "concern_id" })
  concernId: string;

  /** The concern's version this change produced. */
  @Column("int")
  version: number;

  // eslint-disable-next-line no-restricted-syntax -- when the change was written: a write's timestamp, real time
  @Column("timestamptz", { name: "changed_at", default: () => "now()" })
  changedAt: Date;

  @Column("text", { name: "changed_by_user" })
  changedByUser: string;

  @Column("uuid", { name: "changed_by_agency" })
  changedByAgency: string;

  /** Why, when the workflow asks for one (reopening). */
  @Column("text", { nullable: true })
  reason: string | null;

  @Column("jsonb")
  changes: StoredFieldChange[];
}
