import {
  ConfigError,
  directoryConfigSchema,
  readConfig,
  runSubgraph,
  subgraphConfigSchema,
} from "@partnership/runtime";
import { casesModule } from "./module.js";

/** Every problem of the environment at once: cases' own variable and every subgraph's (runSubgraph reads those). */
function problemsOf(...schemas: Array<Parameters<typeof readConfig>[0]>): string[] {
  return schemas.flatMap((schema) => {
    try {
      readConfig(schema);
      return [];
    } catch (error) {
      return error instanceof ConfigError ? error.problems : [(error as Error).message];
    }
  });
}

const problems = problemsOf(directoryConfigSchema, subgraphConfigSchema);
if (problems.length > 0) {
  console.error(`cases: ${new ConfigError(problems).message}`);
  process.exit(1);
}

void runSubgraph(casesModule({ directory: { url: readConfig(directoryConfigSchema).GOVERNANCE_URL } }));
