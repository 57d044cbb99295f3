import { seedDemo as seedCases } from "@partnership/cases/seed";
import { seedDemo as seedGovernance } from "@partnership/governance/seed";
import { seedDemo as seedProcurement } from "@partnership/procurement/seed";
import type { DemoSeed } from "@partnership/runtime";
import { seedDemo as seedTraining } from "@partnership/training/seed";

/**
 * Each subgraph's demo data, from its package's `./seed` entry: only the development platform and
 * the tests load it, so no deployed service's code reaches it.
 */
const DEMO_SEEDS: Readonly<Record<string, DemoSeed>> = {
  governance: seedGovernance,
  training: seedTraining,
  procurement: seedProcurement,
  cases: seedCases,
};

/** The demo seed of the subgraph named `name`. */
export function demoSeedOf(name: string): DemoSeed {
  const seed = DEMO_SEEDS[name];
  if (!seed) throw new Error(`no demo data for a subgraph named ${name}`);
  return seed;
}
