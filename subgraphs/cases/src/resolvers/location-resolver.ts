import { DataCategory, Sensitive } from "@partnership/runtime";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { Location, Supplier } from "../entities/index.js";

@Resolver(() => Location)
export class LocationResolver {
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
