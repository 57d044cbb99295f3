import {
  actingPartnership,
  badUserInput,
  type Caller,
  type Clock,
  type PageArgs,
  paginate,
} from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { Contract } from "../entities/index.js";
import type { ContractFilter } from "../inputs/filters.js";
import type { CreateContractInput } from "../inputs/procurement-inputs.js";
import { contractOfPartnership, contractsOfPartnership } from "../queries/contracts.js";
import { refreshAssessments } from "./supplier-assessment.js";
import { owningPartnership, requireSupplier } from "./write-access.js";

/** The acting partnership's contracts with suppliers. */
export class ContractService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One contract of the acting partnership; null for an unknown id and for another partnership's. */
  find(id: string, caller: Caller): Promise<Contract | null> {
    return contractOfPartnership(this.dataSource, id, actingPartnership(caller).id);
  }

  list(filter: ContractFilter, page: PageArgs, caller: Caller) {
    return paginate(contractsOfPartnership(this.dataSource, actingPartnership(caller).id, filter), "reference", page);
  }

  async create(input: CreateContractInput, caller: Caller): Promise<Contract> {
    const partnershipId = owningPartnership(caller);
    if (input.endDate < input.startDate) {
      throw badUserInput("input.endDate", `must be on or after the start date (${input.startDate})`);
    }
    return this.dataSource.transaction(async (manager) => {
      await requireSupplier(manager, input.supplierId, "input.supplierId");
      if (await manager.getRepository(Contract).existsBy({ partnershipId, reference: input.reference })) {
        throw badUserInput("input.reference", `${input.reference} is already used by another contract`);
      }
      const contract = await manager
        .getRepository(Contract)
        .save(manager.getRepository(Contract).create({ ...input, partnershipId, agencyId: caller.agencyId }));
      // A contract's value moves the partnership's rating of its supplier.
      await refreshAssessments(manager, [input.supplierId], this.clock.today());
      return contract;
    });
  }
}
