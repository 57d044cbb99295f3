import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every subgraph has one shape (docs/subgraph-template.md): the same top-level files and folders,
 * and dependencies that run one way: resolvers → services → queries/loaders → entities. Read from
 * the sources as text, so a subgraph that breaks the template fails here whatever it compiles to.
 */
const SUBGRAPHS_DIR = path.resolve(__dirname, "..", "..", "subgraphs");

/** Shared code, not a subgraph: it has no module, schema or entities of its own. */
const NOT_SUBGRAPHS = new Set(["runtime"]);

const REQUIRED_FILES = ["module.ts", "schema.ts", "context.ts", "main.ts", "migrate.ts", "index.ts"];
const REQUIRED_FOLDERS = ["entities", "inputs", "resolvers", "services", "loaders", "migrations", "seed"];
const OPTIONAL_FOLDERS = ["queries", "types", "routes"];
/** Beside the required files: per-record access, generated data, command-line entry points and tests. */
const OPTIONAL_TOP_LEVEL_FILE = /^(record-access\.ts|[\w-]+\.json|[\w-]+-cli\.ts|[\w-]+\.test\.ts)$/;

/** Names a resolver never touches: the database is reached through a service. */
const DATABASE_NAMES = new Set(["getRepository", "manager", "dataSource", "DataSource", "EntityManager", "Repository"]);

const subgraphs = readdirSync(SUBGRAPHS_DIR)
  .filter((name) => !NOT_SUBGRAPHS.has(name) && statSync(path.join(SUBGRAPHS_DIR, name)).isDirectory())
  .sort();

const srcOf = (subgraph: string) => path.join(SUBGRAPHS_DIR, subgraph, "src");

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function parsed(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** Every module a file imports or re-exports, `import()` included. */
function importsOf(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** The top-level folder of `src` a relative import lands in (null for a package or a file at the top). */
function folderImported(src: string, file: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const parts = path.relative(src, path.resolve(path.dirname(file), specifier)).split(path.sep);
  return parts.length > 1 && parts[0] !== ".." ? parts[0]! : null;
}

const relative = (src: string, file: string) => path.relative(src, file).split(path.sep).join("/");

/** `file: what` for each import of a file under `folder` into one of `forbidden` folders. */
function importsInto(subgraph: string, folder: string, forbidden: string[]): string[] {
  const src = srcOf(subgraph);
  return sourceFiles(path.join(src, folder)).flatMap((file) =>
    importsOf(parsed(file))
      .filter((specifier) => forbidden.includes(folderImported(src, file, specifier) ?? ""))
      .map((specifier) => `${relative(src, file)}: ${specifier}`),
  );
}

/** Where a file names the database: its identifiers, not its comments or strings. */
function databaseUses(source: ts.SourceFile): string[] {
  const uses: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && DATABASE_NAMES.has(node.text)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      uses.push(`${node.text} (line ${line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** The type-graphql class decorators a file applies. */
function classDecorators(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement)) continue;
    for (const decorator of ts.getDecorators(statement) ?? []) {
      const call = decorator.expression;
      if (ts.isCallExpression(call) && ts.isIdentifier(call.expression)) names.push(call.expression.text);
    }
  }
  return names;
}

/** The calls of a function by name anywhere in a file. */
function callsOf(source: ts.SourceFile, name: string): number {
  let count = 0;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) count++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}

describe("every subgraph has the template's shape", () => {
  it("finds the four subgraphs", () => {
    expect(subgraphs).toEqual(["cases", "governance", "procurement", "training"]);
  });

  for (const subgraph of subgraphs) {
    const src = srcOf(subgraph);
    const top = () => readdirSync(src, { withFileTypes: true });

    describe(subgraph, () => {
      it("has the required top-level files and folders, and entities/enums.ts", () => {
        const present = new Set(top().map((entry) => entry.name));
        const missing = [...REQUIRED_FILES, ...REQUIRED_FOLDERS, "entities/enums.ts"].filter(
          (name) => !present.has(name) && !existsSync(path.join(src, name)),
        );
        expect(missing).toEqual([]);
      });

      it("keeps its demo data to seed/: nothing a service runs imports it (the package's ./seed entry)", () => {
        const seedImports = sourceFiles(src)
          .filter((file) => !file.endsWith(".test.ts") && relative(src, file).split("/")[0] !== "seed")
          .flatMap((file) =>
            importsOf(parsed(file))
              .filter((specifier) => folderImported(src, file, specifier) === "seed" || /\/seed$/.test(specifier))
              .map((specifier) => `${relative(src, file)}: ${specifier}`),
          );
        expect(seedImports).toEqual([]);
      });

      it("has no top-level folder or file the template does not name", () => {
        const unknown = top()
          .filter((entry) =>
            entry.isDirectory()
              ? ![...REQUIRED_FOLDERS, ...OPTIONAL_FOLDERS].includes(entry.name)
              : !REQUIRED_FILES.includes(entry.name) && !OPTIONAL_TOP_LEVEL_FILE.test(entry.name),
          )
          .map((entry) => entry.name);
        expect(unknown).toEqual([]);
      });

      it("resolvers import nothing from typeorm and never name the database", () => {
        const offences = sourceFiles(path.join(src, "resolvers")).flatMap((file) => {
          const source = parsed(file);
          const typeorm = importsOf(source).filter(
            (specifier) => specifier === "typeorm" || specifier.startsWith("typeorm/"),
          );
          return [...typeorm.map((specifier) => `imports ${specifier}`), ...databaseUses(source)].map(
            (offence) => `${relative(src, file)}: ${offence}`,
          );
        });
        expect(offences).toEqual([]);
      });

      it("loaders and queries import nothing from services or resolvers", () => {
        expect([
          ...importsInto(subgraph, "loaders", ["services", "resolvers"]),
          ...importsInto(subgraph, "queries", ["services", "resolvers", "loaders"]),
        ]).toEqual([]);
      });

      it("entities, inputs and types import nothing from services, resolvers, loaders or queries", () => {
        const above = ["services", "resolvers", "loaders", "queries"];
        expect([
          ...importsInto(subgraph, "entities", above),
          ...importsInto(subgraph, "inputs", above),
          ...importsInto(subgraph, "types", above),
        ]).toEqual([]);
      });

      it("services import nothing from resolvers", () => {
        expect(importsInto(subgraph, "services", ["resolvers"])).toEqual([]);
      });

      it("declares its GraphQL object, input and args types outside resolvers/", () => {
        const inline = sourceFiles(path.join(src, "resolvers")).flatMap((file) =>
          classDecorators(parsed(file))
            .filter((name) => ["ObjectType", "InputType", "ArgsType"].includes(name))
            .map((name) => `${relative(src, file)}: @${name}`),
        );
        expect(inline).toEqual([]);
      });

      it("registers its enums in entities/enums.ts only", () => {
        const elsewhere = sourceFiles(src)
          .filter((file) => relative(src, file) !== "entities/enums.ts" && !file.endsWith(".test.ts"))
          .filter((file) => callsOf(parsed(file), "registerEnumType") > 0)
          .map((file) => relative(src, file));
        expect(elsewhere).toEqual([]);
      });

      it("keeps its per-record access in record-access.ts, not in module.ts", () => {
        const module = parsed(path.join(src, "module.ts"));
        const inline: string[] = [];
        const visit = (node: ts.Node) => {
          if (
            ts.isPropertyAssignment(node) &&
            ts.isIdentifier(node.name) &&
            node.name.text === "recordAccess" &&
            ts.isObjectLiteralExpression(node.initializer)
          )
            inline.push("module.ts: recordAccess written inline");
          ts.forEachChild(node, visit);
        };
        visit(module);
        const named = readFileSync(path.join(src, "module.ts"), "utf8").includes("recordAccess");
        const file = existsSync(path.join(src, "record-access.ts"));
        expect({ inline, fileWhenUsed: named ? file : true }).toEqual({ inline: [], fileWhenUsed: true });
      });
    });
  }
});
