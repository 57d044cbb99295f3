import { badUserInput, type Caller, type Clock, DataCategory, isUuid, notFound } from "@partnership/runtime";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import {
  DutyToNotify,
  ErasureRecord,
  type KeptValue,
  NrmReferral,
  PotentialVictim,
  type StoredFieldChange,
} from "../entities/index.js";
import type { ErasePotentialVictimInput } from "../inputs/retention-inputs.js";
import { type AnonymisableCategory, anonymisePerson, PERSON_FIELDS } from "./anonymisation.js";
import { lockConcern } from "./concern-service.js";
import { holdBasis, holdsInForce } from "./legal-hold-service.js";
import { keepPersonChange, personField } from "./person-history.js";

/** What an erasure request of a person screened may remove: who they are, and notes about their needs. */
const ERASABLE: readonly AnonymisableCategory[] = [
  DataCategory.VICTIM_IDENTITY,
  DataCategory.SAFEGUARDING,
  DataCategory.HEALTH,
];

/** The lawful bases that keep what an erasure leaves (UK GDPR Art. 17(3)). */
export const BASES = {
  figures:
    "UK GDPR Art. 17(3)(d) and Art. 89, DPA 2018 s.19: statistics in the public interest — the partnership's published figures count the screening; nothing left identifies the person",
  nrm: "Modern Slavery Act 2015 s.49 statutory guidance: NRM referral record",
  dutyToNotify:
    "Modern Slavery Act 2015 s.52: duty to notify the Secretary of State (the MS1 report, anonymous by design)",
} as const;

/** The answer to an erasure request: what went, and what stays with the basis for each. */
export interface ErasureOutcome {
  id: string;
  personId: string;
  erased: string[];
  kept: KeptValue[];
}

/**
 * Erasure: an agency taking part in the concern answers a person's request to erase what is held
 * about them. Where no lawful basis requires keeping it, their identity and notes about their needs
 * are anonymised (the retention run's primitive); what stays, and the basis of each, is recorded
 * with the request and in the concern's history. A concern on legal hold keeps everything.
 */
export class ErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async erase(caller: Caller, input: ErasePotentialVictimInput): Promise<ErasureOutcome> {
    const reason = input.reason.trim();
    if (!reason) throw badUserInput("input.reason", "record the request: who asked, when and how");
    const missing = () =>
      new GraphQLError(notFound("PotentialVictim", input.personId).message, {
        extensions: { ...notFound("PotentialVictim", input.personId).extensions, field: "input.personId" },
      });
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(input.personId)
        ? await manager.getRepository(PotentialVictim).findOneBy({ id: input.personId })
        : null;
      if (!found) throw missing();
      const concern = await lockConcern(manager, caller, found.concernId, "pessimistic_write", missing);
      const person = await manager.getRepository(PotentialVictim).findOneByOrFail({ id: found.id });
      const holds = await holdsInForce(manager, concern.id, this.clock.today());
      const kept: KeptValue[] = [];
      let erased: string[] = [];
      let categories: AnonymisableCategory[] = [];
      if (holds.length > 0) {
        kept.push(...holds.map((hold) => ({ what: "everything recorded about the person", basis: holdBasis(hold) })));
      } else {
        categories = ERASABLE.filter((category) => !person.anonymisedCategories.includes(category));
        erased = await anonymisePerson(manager, person, categories, this.clock.now());
        kept.push({
          what: "the screening: day screened, age group, age band, gender, nationality, exploitation types, outcome",
          basis: BASES.figures,
        });
        if (await manager.getRepository(NrmReferral).existsBy({ victimId: person.id }))
          kept.push({
            what: "the NRM referral: day referred, first responder and referrer, consent, age group, decisions",
            basis: BASES.nrm,
          });
        if (await manager.getRepository(DutyToNotify).existsBy({ victimId: person.id }))
          kept.push({
            what: "the duty-to-notify (MS1) report: day reported, reporting agency",
            basis: BASES.dutyToNotify,
          });
        if (categories.length < ERASABLE.length)
          kept.push({
            what: `nothing more of ${ERASABLE.filter((c) => !categories.includes(c)).join(", ")}`,
            basis: "already anonymised",
          });
      }
      const record = await manager.getRepository(ErasureRecord).save(
        manager.getRepository(ErasureRecord).create({
          personId: person.id,
          concernId: concern.id,
          requestedByUser: caller.userId,
          requestedByAgency: caller.agencyId,
          requestedAt: this.clock.now(),
          reason,
          erased,
          kept,
        }),
      );
      const changes = erasedFields(person.id, categories);
      const outcome = erased.length > 0 ? "erased" : `nothing erased: ${kept.map((k) => k.basis).join("; ")}`;
      await keepPersonChange(manager, caller, concern, changes, `Erasure request (${outcome}): ${reason}`);
      return { id: record.id, personId: person.id, erased, kept };
    });
  }
}

/** The person's fields an erasure cleared, for the history: which, never their values. */
function erasedFields(personId: string, categories: readonly AnonymisableCategory[]): StoredFieldChange[] {
  return categories.flatMap((category) =>
    (PERSON_FIELDS[category] ?? []).map((field) => ({
      field: personField(personId, field),
      category,
      detail: true,
      old: null,
      new: null,
    })),
  );
}
