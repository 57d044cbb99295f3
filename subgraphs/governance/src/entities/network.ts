import { Public } from "@partnership/runtime";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({
  description:
    "A network of partnerships (e.g. a regional anti-slavery network): its members see aggregate figures across it, never a record.",
})
@Directive('@key(fields: "id")')
@Public()
@Entity({ name: "network" })
export class Network {
  @Field(() => ID, { description: "Stable identifier of the network." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "Name, e.g. 'West Midlands Anti-Slavery Network'." })
  @Column("text", { unique: true })
  name: string;

  @Field(() => String, { description: "Short name, e.g. 'WMASN'." })
  @Column("text", { name: "short_name", unique: true })
  shortName: string;
}

/** A partnership's place in a network. */
@Entity({ name: "network_member" })
export class NetworkMember {
  @PrimaryColumn("uuid", { name: "network_id" })
  networkId: string;

  @PrimaryColumn("uuid", { name: "partnership_id" })
  partnershipId: string;
}
