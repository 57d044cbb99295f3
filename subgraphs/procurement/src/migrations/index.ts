import { Procurement1763810000000 } from "./1763810000000-procurement.js";
import { ProcurementPartnerships1764500000000 } from "./1764500000000-procurement-partnerships.js";
import { CorrectiveActionOwner1764800000000 } from "./1764800000000-corrective-action-owner.js";

/** In order; each runs once per database, recorded in the schema's `migrations` table. */
export const migrations = [
  Procurement1763810000000,
  ProcurementPartnerships1764500000000,
  CorrectiveActionOwner1764800000000,
];
