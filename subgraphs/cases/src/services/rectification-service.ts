import { type AuditTrail, badUserInput, type Caller, type Clock, isUuid, notFound } from "@partnership/runtime";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { PotentialVictim, type StoredFieldChange } from "../entities/index.js";
import type { CorrectPotentialVictimInput } from "../inputs/retention-inputs.js";
import { lockConcern } from "./concern-service.js";
import { refuseConcurrentEdits } from "./concurrent-edits.js";
import { keepPersonChange, personField } from "./person-history.js";
import { categoryOfField, checkMayWriteFields } from "./write-rules.js";

/** The person's values a correction may change. */
const CORRECTABLE = [
  "fullName",
  "aliases",
  "dateOfBirth",
  "phone",
  "currentAddress",
  "nationality",
  "gender",
  "ageGroup",
] as const;
type Correctable = (typeof CORRECTABLE)[number];
/** Values the figures or the consent rules need: corrected, never emptied. */
const REQUIRED: readonly Correctable[] = ["gender", "ageGroup"];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Rectification: an agency taking part in the concern corrects what is recorded about a person,
 * with a reason; the old and new values are kept in the concern's history, each under its own
 * category. Values already anonymised (retention or erasure) are not written back.
 */
export class RectificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Where the values a conflict shows the caller are accounted for. */
    private readonly audit: AuditTrail,
  ) {}

  async correct(caller: Caller, input: CorrectPotentialVictimInput): Promise<PotentialVictim> {
    const reason = input.reason.trim();
    if (!reason) throw badUserInput("input.reason", "give the reason for the correction");
    const missing = () =>
      new GraphQLError(notFound("PotentialVictim", input.personId).message, {
        extensions: { ...notFound("PotentialVictim", input.personId).extensions, field: "input.personId" },
      });
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(PotentialVictim);
      const found = isUuid(input.personId) ? await repository.findOneBy({ id: input.personId }) : null;
      if (!found) throw missing();
      const concern = await lockConcern(manager, caller, found.concernId, "pessimistic_write", missing);
      const person = await repository.findOneByOrFail({ id: found.id });
      const patch: Partial<Record<Correctable, unknown>> = {};
      for (const field of CORRECTABLE) {
        const value = input[field];
        if (value === undefined) continue;
        if (value === null && REQUIRED.includes(field)) throw badUserInput(`input.${field}`, "cannot be emptied");
        patch[field] =
          field === "aliases"
            ? (value ?? [])
            : field === "nationality"
              ? ((value as string | null)?.trim() ?? null)
              : value;
      }
      if (typeof patch.dateOfBirth === "string") {
        if (patch.dateOfBirth > this.clock.today()) throw badUserInput("input.dateOfBirth", "is in the future");
        if (patch.dateOfBirth > person.screenedOn)
          throw badUserInput("input.dateOfBirth", `is after the day they were screened (${person.screenedOn})`);
      }
      const changes: StoredFieldChange[] = [];
      for (const [field, value] of Object.entries(patch) as Array<[Correctable, unknown]>) {
        if (same(person[field], value)) continue;
        const category = categoryOfField(PotentialVictim, field)!;
        if (person.anonymisedCategories.includes(category))
          throw badUserInput(
            `input.${field}`,
            `the person's ${category} was anonymised (retention or erasure) and is not recorded again`,
          );
        changes.push({ field: personField(person.id, field), category, detail: true, old: person[field], new: value });
      }
      // Against an older version, merged with what changed since: refused only where this person's same field was.
      if (input.expectedVersion != null)
        await refuseConcurrentEdits(
          manager,
          caller,
          this.audit,
          concern,
          input.expectedVersion,
          Object.entries(patch).map(([field, value]) => ({ field: personField(person.id, field), value })),
        );
      if (changes.length === 0) throw badUserInput("input", "changes nothing: every value given is the one recorded");
      checkMayWriteFields(caller, PotentialVictim, patch, "input");
      await repository.update({ id: person.id }, patch as Partial<PotentialVictim>);
      await keepPersonChange(manager, caller, concern, changes, reason);
      return repository.findOneByOrFail({ id: person.id });
    });
  }
}
