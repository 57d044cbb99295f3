import { Procurement1763810000000 } from "./1763810000000-procurement.js";
import { ProcurementPartnerships1764500000000 } from "./1764500000000-procurement-partnerships.js";

/** In order; each runs once per database, recorded in the schema's `migrations` table. */
export const migrations = [Procurement1763810000000, ProcurementPartnerships1764500000000];
