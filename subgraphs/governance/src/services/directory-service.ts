import {
  badUserInput,
  type Caller,
  DataCategory,
  type PageArgs,
  paginate,
  requireMembers,
  Role,
} from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { Agency, Partnership, Person } from "../entities/index.js";
import { requireOwnAgencyOrPartnership, speaksForPartnership } from "./partnership-authority.js";
import { forbiddenField } from "./partnership-scope.js";
import type {
  AgencyFilter,
  CreateAgencyInput,
  CreatePersonInput,
  PersonFilter,
  UpdateAgencyInput,
} from "../inputs/directory-inputs.js";

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The partnership's directory: agencies, their staff, and the partnerships they form. */
export class DirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  listAgencies(filter: AgencyFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(Agency).createQueryBuilder("agency");
    if (filter.sector) query.andWhere("agency.sector = :sector", { sector: filter.sector });
    if (filter.firstResponder != null) query.andWhere("agency.firstResponder = :fr", { fr: filter.firstResponder });
    if (filter.search) {
      query.andWhere("(agency.name ILIKE :search OR agency.shortName ILIKE :search)", {
        search: containsPattern(filter.search),
      });
    }
    return paginate(query, "name", page);
  }

  async createAgency(input: CreateAgencyInput): Promise<Agency> {
    const repository = this.dataSource.getRepository(Agency);
    if (await repository.existsBy({ shortName: input.shortName })) {
      throw badUserInput("input.shortName", `${input.shortName} is already used by another agency`);
    }
    return repository.save(repository.create(input));
  }

  /**
   * Corrects a member agency of the partnership the request acts in: its name, or whether it is a
   * first responder organisation. The flag decides who may refer people into the NRM in every
   * partnership the agency belongs to, so only the chair agency's administrator records it, never
   * an agency about itself. The sector is not changed here: sector-wide grants follow it.
   */
  async updateAgency(caller: Caller, input: UpdateAgencyInput): Promise<Agency> {
    const name = input.name?.trim() ?? null;
    if (name === null && input.firstResponder == null)
      throw badUserInput("input", "gives nothing to change: give name, firstResponder or both");
    if (name !== null && name.length < 2) throw badUserInput("input.name", "is too short (2 characters at least)");
    const repository = this.dataSource.getRepository(Agency);
    const agency = await repository.findOneBy({ id: input.agencyId });
    if (!agency) throw badUserInput("input.agencyId", `no agency has the id ${input.agencyId}`);
    requireMembers(caller, [agency.id], "input.agencyId");
    if (!speaksForPartnership(caller, [Role.PARTNERSHIP_ADMIN]))
      throw forbiddenField(
        "input.agencyId",
        "an agency's entry in the directory is corrected by the partnership's chair agency's administrator",
      );
    if (name !== null) agency.name = name;
    if (input.firstResponder != null) agency.firstResponder = input.firstResponder;
    return repository.save(agency);
  }

  /**
   * The staff of the given agencies (a partnership's members), by name. The search matches a
   * person's email only where the caller could read it (their own agency's staff, or PERSONNEL
   * granted): matching inside an email the caller cannot read would spell it out a letter at a time.
   */
  listPeople(caller: Caller, memberAgencyIds: readonly string[], filter: PersonFilter, page: PageArgs) {
    const query = this.dataSource
      .getRepository(Person)
      .createQueryBuilder("person")
      .where("person.agencyId = ANY(:members)", { members: memberAgencyIds });
    if (filter.agencyId) query.andWhere("person.agencyId = :agencyId", { agencyId: filter.agencyId });
    if (filter.search) {
      query.andWhere(
        "(person.name ILIKE :search OR ((:personnel OR person.agencyId = :ownAgency) AND person.email ILIKE :search))",
        {
          search: containsPattern(filter.search),
          personnel: Boolean(caller.grants[DataCategory.PERSONNEL]),
          ownAgency: caller.agencyId,
        },
      );
    }
    return paginate(query, "name", page);
  }

  /** A person of a member agency of the partnership the request acts in: its administrators add only their own members' staff. */
  async createPerson(caller: Caller, input: CreatePersonInput): Promise<Person> {
    const email = input.email.trim().toLowerCase();
    if (!(await this.dataSource.getRepository(Agency).existsBy({ id: input.agencyId }))) {
      throw badUserInput("input.agencyId", `no agency has the id ${input.agencyId}`);
    }
    requireMembers(caller, [input.agencyId], "input.agencyId");
    // An agency's staff are its own to list: no one plants a "police officer" in the directory.
    requireOwnAgencyOrPartnership(caller, input.agencyId, "input.agencyId", [Role.PARTNERSHIP_ADMIN]);
    const repository = this.dataSource.getRepository(Person);
    if (await repository.existsBy({ email })) throw badUserInput("input.email", `${email} is already in the directory`);
    return repository.save(repository.create({ ...input, email, jobTitle: input.jobTitle ?? null }));
  }

  listPartnerships(page: PageArgs) {
    return paginate(this.dataSource.getRepository(Partnership).createQueryBuilder("partnership"), "name", page);
  }
}
