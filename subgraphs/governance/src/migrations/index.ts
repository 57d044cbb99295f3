import { DirectoryAndAgreements1763800000000 } from "./1763800000000-directory-and-agreements.js";

/** In order; each runs once per database, recorded in the schema's `migrations` table. */
export const migrations = [DirectoryAndAgreements1763800000000];
