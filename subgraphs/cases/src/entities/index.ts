import { Area } from "./area.js";
import { Concern } from "./concern.js";
import { ConcernChange } from "./concern-change.js";
import { DisruptionVisit } from "./disruption-visit.js";
import { DutyToNotify } from "./duty-to-notify.js";
import { ErasureRecord } from "./erasure-record.js";
import { Intervention } from "./intervention.js";
import { LegalHold } from "./legal-hold.js";
import { Location } from "./location.js";
import { NrmReferral } from "./nrm-referral.js";
import { Offender } from "./offender.js";
import { PotentialVictim } from "./potential-victim.js";
import { PreventionOrder } from "./prevention-order.js";
import { RetentionAction, RetentionRun } from "./retention-run.js";

export {
  Area,
  Concern,
  ConcernChange,
  DisruptionVisit,
  DutyToNotify,
  Intervention,
  Location,
  NrmReferral,
  Offender,
  PotentialVictim,
  PreventionOrder,
  ErasureRecord,
  LegalHold,
  RetentionAction,
  RetentionRun,
};
export { holdCounts } from "./legal-hold.js";
export type { KeptValue } from "./erasure-record.js";
export { partiesOf } from "./concern.js";
export { exploitationTypesOf, isAdult } from "./potential-victim.js";
export type { StoredFieldChange } from "./concern-change.js";
export * from "./enums.js";
export * from "./references.js";

export const entities = [
  Area,
  Concern,
  ConcernChange,
  Location,
  PotentialVictim,
  NrmReferral,
  DutyToNotify,
  DisruptionVisit,
  Intervention,
  Offender,
  PreventionOrder,
  LegalHold,
  RetentionRun,
  RetentionAction,
  ErasureRecord,
];
