import { actingPartnership, badUserInput, type Caller, isUuid, type PageArgs, paginate } from "@partnership/runtime";
import { type DataSource, type EntityManager, QueryFailedError } from "typeorm";
import { Area, AreaKind, LocationType } from "../entities/index.js";
import type { DefineAreaInput, LocationInput } from "../inputs/case-inputs.js";
import { areasQuery } from "../queries/area-queries.js";

const UNIQUE_VIOLATION = "23505";

/** A partnership's areas: defining them, and checking the area a premises names is one of them. */
export class AreaService {
  constructor(private readonly dataSource: DataSource) {}

  list(caller: Caller, kind: AreaKind | null, page: PageArgs) {
    return paginate(areasQuery(this.dataSource, actingPartnership(caller).id, kind), "name", page, "ASC");
  }

  async define(caller: Caller, input: DefineAreaInput): Promise<Area> {
    const partnershipId = actingPartnership(caller).id;
    const name = input.name.trim().replace(/\s+/g, " ");
    const areas = this.dataSource.getRepository(Area);
    if (input.parentId) {
      if (input.kind !== AreaKind.WARD) throw badUserInput("input.parentId", "only a ward lies within another area");
      const parent = await areas.findOneBy({ id: input.parentId, partnershipId });
      if (!parent) throw badUserInput("input.parentId", `the partnership has no area with id ${input.parentId}`);
      if (parent.kind !== AreaKind.TOWN && parent.kind !== AreaKind.LOCALITY)
        throw badUserInput("input.parentId", `a ward lies within a town or a locality, not a ${parent.kind} area`);
    }
    if (input.kind === AreaKind.OUTSIDE) {
      const outside = await areas.findOneBy({ partnershipId, kind: AreaKind.OUTSIDE });
      if (outside) throw badUserInput("input.kind", `the partnership already has its area outside: '${outside.name}'`);
    }
    const taken = () => badUserInput("input.name", `the partnership already has an area named '${name}'`);
    if (
      await areas
        .createQueryBuilder("a")
        .where("a.partnership_id = :partnershipId", { partnershipId })
        .andWhere("lower(a.name) = lower(:name)", { name })
        .getExists()
    )
      throw taken();
    try {
      return await areas.save(
        areas.create({
          partnershipId,
          name,
          kind: input.kind,
          onsCode: input.onsCode ?? null,
          parentId: input.parentId ?? null,
        }),
      );
    } catch (error) {
      // Two admins defining the same name (or an outside) at once: the unique index decides, the loser is told why.
      const { code, constraint } = (error instanceof QueryFailedError ? error.driverError : {}) as {
        code?: string;
        constraint?: string;
      };
      if (code === UNIQUE_VIOLATION && constraint === "area_outside_key")
        throw badUserInput("input.kind", "the partnership already has its area outside");
      if (code === UNIQUE_VIOLATION) throw taken();
      throw error;
    }
  }
}

/**
 * Checks premises given with a write: known premises say where they are (an area of the acting
 * partnership, a ward, an address and a postcode); premises not known need none of it.
 */
export async function checkPremises(
  manager: EntityManager,
  partnershipId: string,
  location: LocationInput,
  field: string,
): Promise<void> {
  if (location.type !== LocationType.NOT_KNOWN)
    for (const key of ["areaId", "ward", "address", "postcode"] as const)
      if (!location[key])
        throw badUserInput(
          `${field}.${key}`,
          "is needed for known premises (type NOT_KNOWN for a referral with no place)",
        );
  if (
    location.areaId &&
    !(isUuid(location.areaId) && (await manager.existsBy(Area, { id: location.areaId, partnershipId })))
  )
    throw badUserInput(`${field}.areaId`, `the partnership has no area with id ${location.areaId}`);
}
