import { actingPartnership, type Caller, type PageArgs, paginate } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { RetentionAction, RetentionRun } from "../entities/index.js";

/** What the retention schedule did, as one partnership sees it: the runs are shared, their actions are not. */
export class RetentionRunService {
  constructor(private readonly dataSource: DataSource) {}

  list(caller: Caller, page: PageArgs) {
    actingPartnership(caller);
    return paginate(this.dataSource.getRepository(RetentionRun).createQueryBuilder("run"), "ranAt", page, "DESC");
  }

  actions(caller: Caller, runId: string): Promise<RetentionAction[]> {
    return this.dataSource.getRepository(RetentionAction).find({
      where: { runId, partnershipId: actingPartnership(caller).id },
      order: { concernId: "ASC", category: "ASC" },
    });
  }
}
