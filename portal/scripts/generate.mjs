// Generates the portal's typed documents in src/gql/ with GraphQL Code Generator (the client preset),
// formatted as the repository formats code, from the API schema the gateway serves: the committed
// supergraph without federation's machinery. Every operation in src/ is picked up, whether written
// with the generated `graphql()` or with Apollo's `gql`, and must validate against that schema.
//
//   node scripts/generate.mjs           writes src/gql/
//   node scripts/generate.mjs --check   fails, naming the files, when src/gql/ is not what the
//                                       current schema and operations give (run by typecheck)
//
// src/gql/persisted-documents.json is the portal's trusted documents: each operation as the
// portal sends it (Apollo Client adds __typename, so the same transform runs here first), keyed by
// the SHA-256 of its normalised print. The gateway reads it (gateway/src/trusted-documents.ts).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import console from "node:console";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { Supergraph } from "@apollo/federation-internals";
import { addTypenameToDocument } from "@apollo/client/utilities";
import { generate } from "@graphql-codegen/cli";
import { lexicographicSortSchema, printSchema } from "graphql";
import * as prettier from "prettier";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SUPERGRAPH = path.resolve(root, "..", "supergraph", "supergraph.graphql");
const OUTPUT = "src/gql/";

/** The schema clients see: the supergraph without federation's join and link machinery. */
async function apiSchema() {
  const api = Supergraph.build(await readFile(SUPERGRAPH, "utf8"))
    .apiSchema()
    .toGraphQLJSSchema();
  return printSchema(lexicographicSortSchema(api));
}

/**
 * Apollo Client's own __typename transform, so that the generated types and the trusted documents
 * describe exactly what the portal sends and receives.
 */
const asApolloSends = {
  transform: ({ documents }) =>
    documents.map((source) => ({ ...source, document: source.document && addTypenameToDocument(source.document) })),
};

/** @type {import("@graphql-codegen/cli").CodegenConfig} */
const config = {
  cwd: root,
  silent: true,
  errorsOnly: true,
  schema: await apiSchema(),
  documents: ["src/**/*.{ts,tsx}", `!${OUTPUT}**`],
  generates: {
    [OUTPUT]: {
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      documentTransforms: [asApolloSends],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Only the types the operations use, so the generated code changes only when they do.
        onlyOperationTypes: true,
        scalars: { LocalDate: "string", DateTimeISO: "string", JSON: "unknown" },
        defaultScalarType: "unknown",
      },
    },
  },
};

let outputs;
try {
  outputs = await generate(config, false);
} catch (error) {
  // Codegen's own report names each operation that does not validate and why.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const stale = [];
for (const output of outputs) {
  const filename = path.resolve(root, output.filename);
  const options = (await prettier.resolveConfig(filename)) ?? {};
  // The preset opens every file with "eslint-disable"; only gql.ts needs it (its lookup is typed any),
  // and ESLint warns about a directive that disables nothing.
  const source = filename.endsWith("gql.ts") ? output.content : output.content.replace("/* eslint-disable */\n", "");
  const content = await prettier.format(source, { ...options, filepath: filename });
  const current = await readFile(filename, "utf8").catch(() => null);
  if (current === content) continue;
  if (process.argv.includes("--check")) {
    stale.push(path.relative(root, filename));
  } else {
    await mkdir(path.dirname(filename), { recursive: true });
    await writeFile(filename, content);
    console.log(`wrote ${path.relative(root, filename)}`);
  }
}
if (stale.length > 0) {
  console.error(
    `Out of date with the API schema or the portal's operations: ${stale.join(", ")}. Run \`npm run generate -w @partnership/portal\`.`,
  );
  process.exit(1);
}
