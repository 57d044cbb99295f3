import { Public } from "@partnership/runtime";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "An organisation that supplies goods or services to a partner agency." })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "companyNumber")')
@Public()
@Entity({ name: "supplier" })
export class Supplier {
  @Field(() => ID, { description: "Stable identifier of the supplier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "Registered name." })
  @Column("text")
  name: string;

  @Field(() => String, { description: "Companies House number, e.g. '01234567'. Unique." })
  @Column("text", { name: "company_number", unique: true })
  companyNumber: string;

  @Field(() => Date, { description: "When the supplier was added." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
