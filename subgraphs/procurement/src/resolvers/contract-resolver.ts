import { isUuid, PageArgs, Public, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context.js";
import { Contract, Supplier } from "../entities/index.js";
import { ContractFilter } from "../inputs/filters.js";
import { CreateContractInput } from "../inputs/procurement-inputs.js";
import { ContractConnection } from "../types/outputs.js";

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => Contract, {
    nullable: true,
    description:
      "One contract of the partnership the request acts in, or null when it has none with this id (another partnership's contract included).",
  })
  contract(@Arg("id", () => ID, { description: "The contract's id." }) id: string, @Ctx() ctx: ProcurementContext) {
    return isUuid(id) ? ctx.contracts.find(id, ctx.caller) : null;
  }

  @Query(() => ContractConnection, {
    description: "The contracts of the partnership the request acts in, by reference, a page at a time.",
  })
  contracts(
    @Arg("filter", () => ContractFilter, { nullable: true, description: "Narrows the list." })
    filter: ContractFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.contracts.list(filter ?? {}, page, ctx.caller);
  }

  @FieldResolver(() => Supplier, { description: "The supplier." })
  @Public()
  supplier(@Root() contract: Contract, @Ctx() ctx: ProcurementContext) {
    return ctx.loaders.supplier.load(contract.supplierId);
  }

  @Mutation(() => Contract, {
    description:
      "Records a contract held by the caller's agency, in the partnership the request acts in (the agency must be a member of it). Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  createContract(
    @Arg("input", () => CreateContractInput, { description: "The contract." }) input: CreateContractInput,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.contracts.create(input, ctx.caller);
  }
}
