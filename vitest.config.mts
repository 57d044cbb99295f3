import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Apollo and type-graphql load graphql's CommonJS build; sources must share that one copy.
      { find: /^graphql$/, replacement: "graphql/index.js" },
      // The same CommonJS build of graphql-shield the services load: its ES module build imports
      // util.isUndefined, which Node 23 and later no longer have.
      {
        find: /^graphql-shield$/,
        replacement: fileURLToPath(new URL("./node_modules/graphql-shield/cjs/index.js", import.meta.url)),
      },
      // Workspace packages run from their TypeScript sources, so tests never see a stale build.
      { find: /^@partnership\/runtime$/, replacement: here("./subgraphs/runtime/src/index.ts") },
      { find: /^@partnership\/runtime\/edge$/, replacement: here("./subgraphs/runtime/src/edge.ts") },
      { find: /^@partnership\/governance$/, replacement: here("./subgraphs/governance/src/index.ts") },
      { find: /^@partnership\/governance\/seed$/, replacement: here("./subgraphs/governance/src/seed/index.ts") },
      { find: /^@partnership\/training$/, replacement: here("./subgraphs/training/src/index.ts") },
      { find: /^@partnership\/training\/seed$/, replacement: here("./subgraphs/training/src/seed/index.ts") },
      { find: /^@partnership\/cases$/, replacement: here("./subgraphs/cases/src/index.ts") },
      { find: /^@partnership\/cases\/seed$/, replacement: here("./subgraphs/cases/src/seed/index.ts") },
      { find: /^@partnership\/procurement$/, replacement: here("./subgraphs/procurement/src/index.ts") },
      { find: /^@partnership\/procurement\/seed$/, replacement: here("./subgraphs/procurement/src/seed/index.ts") },
      { find: /^@partnership\/schema$/, replacement: here("./schema/src/index.ts") },
      { find: /^@partnership\/supergraph$/, replacement: here("./supergraph/src/index.ts") },
      { find: /^@partnership\/gateway$/, replacement: here("./gateway/src/index.ts") },
      { find: /^@partnership\/platform$/, replacement: here("./platform/src/index.ts") },
    ],
  },
  test: {
    include: [
      "subgraphs/*/src/**/*.test.ts",
      "schema/src/**/*.test.ts",
      "gateway/src/**/*.test.ts",
      "platform/src/**/*.test.ts",
      "platform/test/**/*.test.ts",
      "portal/test/**/*.test.ts",
      "bench/src/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**"],
    globalSetup: ["./platform/test/support/global-setup.ts"],
    testTimeout: 30_000,
    // expect.poll's own default (one second) is shorter than a browser page takes to settle on a
    // loaded machine; a poll that never settles still fails, with its message, well inside a test.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    pool: "forks",
    // One module graph per worker, not per file: every file imports the same platform (Apollo,
    // TypeORM, type-graphql, the four subgraphs), and re-importing it for each of 138 files took
    // 472 of the embedded stage's 1049 s in CI. Files share no state but those modules: each starts
    // its own platform on its own database, and no test mocks a module or changes the environment.
    isolate: false,
    // Test files spend much of their time waiting on PostgreSQL: two at a time even on a two-core
    // machine (vitest's default there is one) took the suite from 8.5 to 6.8 minutes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
  experimental: {
    // Keeps transformed modules on disk (under node_modules, keyed by content): CI runs the suites
    // four times, and every run after the first halves the time each test file spends importing.
    fsModuleCache: true,
  },
});
