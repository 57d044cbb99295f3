import { DataCategory, Sensitive } from "@partnership/runtime";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import { Area, Location, Supplier } from "../entities/index.js";

@Resolver(() => Location)
export class LocationResolver {
  @FieldResolver(() => Area, {
    nullable: true,
    description:
      "The partnership's area it is in (a town, locality or ward, or outside); empty for premises not known.",
  })
  @Sensitive(DataCategory.CASE_SUMMARY)
  area(@Root() location: Location, @Ctx() ctx: CasesContext) {
    return location.areaId ? ctx.loaders.area.load(location.areaId) : null;
  }

  /**
   * Only a reference: procurement owns the supplier and answers for its statements, so the
   * portal's concern list shows a supplier's statement status in the same query.
   */
  @FieldResolver(() => Supplier, {
    nullable: true,
    description:
      "The supplier trading at the premises (procurement's record, found by company number); null when the business has no company number or procurement does not know it.",
  })
  @Sensitive(DataCategory.LOCATION_ADDRESS, { detail: true })
  supplier(@Root() location: Location): Supplier | null {
    return location.companyNumber ? { companyNumber: location.companyNumber } : null;
  }
}
