import { Training1763820000000 } from "./1763820000000-training.js";
import { TrainingPartnership1764400000000 } from "./1764400000000-training-partnership.js";
import { TrainingOutbox1766400000000 } from "./1766400000000-training-outbox.js";
import { SessionCancellation1767000000000 } from "./1767000000000-session-cancellation.js";

/** In order; each runs once per database, recorded in the schema's `migrations` table. */
export const migrations = [
  Training1763820000000,
  TrainingPartnership1764400000000,
  TrainingOutbox1766400000000,
  SessionCancellation1767000000000,
];
