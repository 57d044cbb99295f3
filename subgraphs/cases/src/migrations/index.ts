import { Cases1763830000000 } from "./1763830000000-cases.js";
import { CasesPartnership1764300000000 } from "./1764300000000-cases-partnership.js";
import { CasesAreas1764300000001 } from "./1764300000001-cases-areas.js";
import { CasesCaseworkRules1765100000000 } from "./1765100000000-cases-casework-rules.js";
import { CasesRetention1766100000000 } from "./1766100000000-cases-retention.js";
import { CasesOutbox1766400000000 } from "./1766400000000-cases-outbox.js";
import { CasesFiguresByPartnership1767100000000 } from "./1767100000000-cases-figures-by-partnership.js";

/** In order; each runs once per database, recorded in the schema's `migrations` table. */
export const migrations = [
  Cases1763830000000,
  CasesPartnership1764300000000,
  CasesAreas1764300000001,
  CasesCaseworkRules1765100000000,
  CasesRetention1766100000000,
  CasesOutbox1766400000000,
  CasesFiguresByPartnership1767100000000,
];
