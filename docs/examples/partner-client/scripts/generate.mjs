// Generates the typed documents in src/generated/ with GraphQL Code Generator (the client preset),
// formatted as the repository formats code, from the platform's API schema: the schema clients see,
// derived from the composed supergraph the way the platform's schema tooling does.
//
//   node scripts/generate.mjs           writes src/generated/
//   node scripts/generate.mjs --check   fails, naming the files, when src/generated/ is not what
//                                       the current schema and documents give (run by typecheck)
//
// API_SCHEMA=<file> generates from another schema file: outside this repository, point it at the
// API schema your platform operator publishes (schema/released.graphql is the last release's).
import { readFile, writeFile, mkdir } from "node:fs/promises";
import console from "node:console";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { Supergraph } from "@apollo/federation-internals";
import { generate } from "@graphql-codegen/cli";
import { lexicographicSortSchema, printSchema } from "graphql";
import * as prettier from "prettier";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const SUPERGRAPH = path.resolve(root, "..", "..", "..", "supergraph", "supergraph.graphql");

/** The schema clients see: the supergraph without federation's join and link machinery. */
async function apiSchema() {
  if (process.env.API_SCHEMA) return process.env.API_SCHEMA;
  const api = Supergraph.build(await readFile(SUPERGRAPH, "utf8"))
    .apiSchema()
    .toGraphQLJSSchema();
  return printSchema(lexicographicSortSchema(api));
}

/** @type {import("@graphql-codegen/cli").CodegenConfig} */
const config = {
  cwd: root,
  silent: true,
  schema: await apiSchema(),
  documents: ["src/**/*.ts", "!src/generated/**"],
  // Import specifiers end in .js, as Node (and TypeScript's nodenext) resolve them.
  emitLegacyCommonJSImports: false,
  generates: {
    "src/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as typed strings: no GraphQL library needed at run time, fetch is enough.
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        // Only the types the documents use, so the generated code changes only when they do.
        onlyOperationTypes: true,
        scalars: { LocalDate: "string", DateTimeISO: "string" },
        defaultScalarType: "unknown",
      },
    },
  },
};

const outputs = await generate(config, false);
const stale = [];
for (const output of outputs) {
  const filename = path.resolve(root, output.filename);
  const options = (await prettier.resolveConfig(filename)) ?? {};
  // The preset opens every file with "eslint-disable"; the index only re-exports, and ESLint warns
  // about a directive that disables nothing.
  const source = filename.endsWith("index.ts") ? output.content.replace("/* eslint-disable */\n", "") : output.content;
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
  console.error(`Out of date with the API schema or the documents: ${stale.join(", ")}. Run \`npm run generate\`.`);
  process.exit(1);
}
