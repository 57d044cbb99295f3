import { Suppliers1763810000000 } from "./1763810000000-suppliers.js";

/** In order; each runs once per database, recorded in the schema's `migrations` table. */
export const migrations = [Suppliers1763810000000];
