import { actingPartnership, type Caller, type Clock, type PageArgs, paginate } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { firstRespondersQuery, refreshListQuery } from "../queries/certificate-queries.js";

/** Who holds which certificate until when: the refresh list and the first responders by name. */
export class CertificateListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Certificates whose last valid day falls within `withinDays` of `asOf` (today when empty), soonest first. */
  dueForRefresh(withinDays: number, asOf: string | null | undefined, page: PageArgs, caller: Caller) {
    const from = asOf ?? this.clock.today();
    return paginate(
      refreshListQuery(this.dataSource, actingPartnership(caller).id, from, withinDays),
      "expiresOn",
      page,
    );
  }

  /** Each first responder's latest certificate, judged on the clock's today, soonest expiry first. */
  firstResponders(expiredWithinDays: number, page: PageArgs, caller: Caller) {
    const query = firstRespondersQuery(
      this.dataSource,
      actingPartnership(caller).id,
      this.clock.today(),
      expiredWithinDays,
    );
    return paginate(query, "expiresOn", page);
  }
}
