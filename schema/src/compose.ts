import { existsSync, readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { printSubgraphSdl } from "@partnership/runtime";
import { parse } from "graphql";
import { SUPERGRAPH_PATH } from "./endpoints.js";
import { SUBGRAPHS, type SubgraphEntry } from "./subgraphs.js";

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/** Each subgraph's SDL, printed from its resolvers without a database. */
export async function printSubgraphs(entries: SubgraphEntry[] = SUBGRAPHS): Promise<SubgraphSdl[]> {
  return Promise.all(
    entries.map(async ({ module, url }) => ({ name: module.name, url, sdl: await printSubgraphSdl(module.schema) })),
  );
}

/** Thrown with every composition error, each on its own line. */
export class CompositionError extends Error {
  constructor(readonly errors: string[]) {
    super(`supergraph composition failed:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
    this.name = "CompositionError";
  }
}

/** Composes the supergraph SDL with @apollo/composition. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return result.supergraphSdl;
}

export type SupergraphCheck = { upToDate: true } | { upToDate: false; reason: string };

/** Whether the committed supergraph equals what the subgraphs compose to now. */
export function checkSupergraph(composed: string, committedPath: string = SUPERGRAPH_PATH): SupergraphCheck {
  if (!existsSync(committedPath)) return { upToDate: false, reason: `${committedPath} does not exist` };
  const committed = readFileSync(committedPath, "utf8");
  if (committed === composed) return { upToDate: true };
  const committedLines = committed.split("\n");
  const composedLines = composed.split("\n");
  const line = composedLines.findIndex((text, index) => text !== committedLines[index]);
  return {
    upToDate: false,
    reason: `${committedPath} differs from the subgraphs' schemas from line ${line + 1}: committed "${committedLines[line] ?? "<end of file>"}", composed "${composedLines[line] ?? "<end of file>"}"`,
  };
}
