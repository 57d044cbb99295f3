import { isUuid, PageArgs, paginate } from "@partnership/runtime";
import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from "type-graphql";
import { Connection } from "@partnership/runtime";
import type { ProcurementContext } from "../context.js";
import { Supplier } from "../entities/index.js";

@ObjectType({ description: "A page of suppliers." })
export class SupplierConnection extends Connection(Supplier) {}

@Resolver(() => Supplier)
export class SupplierResolver {
  @Query(() => Supplier, { nullable: true, description: "One supplier, or null when there is none with this id." })
  supplier(@Arg("id", () => ID, { description: "The supplier's id." }) id: string, @Ctx() ctx: ProcurementContext) {
    return isUuid(id) ? ctx.loaders.supplier.load(id) : null;
  }

  @Query(() => SupplierConnection, { description: "Suppliers, by name, a page at a time." })
  suppliers(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: ProcurementContext) {
    return paginate(ctx.dataSource.getRepository(Supplier).createQueryBuilder("supplier"), "name", page);
  }
}
