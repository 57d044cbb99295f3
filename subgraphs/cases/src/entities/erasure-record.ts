import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** What is kept of a person after an erasure request, and the lawful basis that keeps it. */
export interface KeptValue {
  what: string;
  basis: string;
}

/** One erasure request answered: who asked for whom and why, what went, what stayed and on which basis. */
@Entity({ name: "erasure_record" })
export class ErasureRecord {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "person_id" })
  personId: string;

  @Column("uuid", { name: "concern_id" })
  concernId: string;

  @Column("text", { name: "requested_by_user" })
  requestedByUser: string;

  @Column("uuid", { name: "requested_by_agency" })
  requestedByAgency: string;

  @Column("timestamptz", { name: "requested_at" })
  requestedAt: Date;

  @Column("text")
  reason: string;

  /** The columns anonymised, as `table.column`. */
  @Column("text", { array: true })
  erased: string[];

  @Column("jsonb")
  kept: KeptValue[];
}
