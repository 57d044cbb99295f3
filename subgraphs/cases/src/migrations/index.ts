import { Cases1763830000000 } from "./1763830000000-cases.js";

/** In order; each runs once per database, recorded in the schema's `migrations` table. */
export const migrations = [Cases1763830000000];
