import { Procurement1763810000000 } from "./1763810000000-procurement.js";

/** In order; each runs once per database, recorded in the schema's `migrations` table. */
export const migrations = [Procurement1763810000000];
