import { isUuid, PageArgs, Public, Role, Roles } from "@partnership/runtime";
import { IsOptional, IsUUID } from "class-validator";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context.js";
import { Contract, Supplier } from "../entities/index.js";
import { CreateContractInput } from "../inputs/procurement-inputs.js";
import { ContractConnection } from "./connections.js";

@InputType({ description: "Narrows the list of contracts." })
export class ContractFilter {
  @Field(() => ID, { nullable: true, description: "Only this supplier's contracts." })
  @IsOptional()
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only contracts without the modern slavery clause." })
  withoutModernSlaveryClause?: boolean | null;
}

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => Contract, { nullable: true, description: "One contract, or null when there is none with this id." })
  contract(@Arg("id", () => ID, { description: "The contract's id." }) id: string, @Ctx() ctx: ProcurementContext) {
    return isUuid(id) ? ctx.dataSource.getRepository(Contract).findOneBy({ id }) : null;
  }

  @Query(() => ContractConnection, { description: "Contracts, by reference, a page at a time." })
  contracts(
    @Arg("filter", () => ContractFilter, { nullable: true, description: "Narrows the list." })
    filter: ContractFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.procurement.listContracts(filter ?? {}, page);
  }

  @FieldResolver(() => Supplier, { description: "The supplier." })
  @Public()
  supplier(@Root() contract: Contract, @Ctx() ctx: ProcurementContext) {
    return ctx.loaders.supplier.load(contract.supplierId);
  }

  @Mutation(() => Contract, {
    description: "Records a contract held by the caller's agency. Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  createContract(
    @Arg("input", () => CreateContractInput, { description: "The contract." }) input: CreateContractInput,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.procurement.createContract(input, ctx.caller);
  }
}
