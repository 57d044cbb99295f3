// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * One clock: "today" and "now" for domain decisions come from the clock in the request context
 * (subgraphs/runtime/src/clock.ts), never from the machine's date, in TypeScript or in SQL. A use
 * that is not a domain decision (a write's timestamp, a token's expiry) says why where it is.
 */
const MACHINE_CLOCK =
  "reads the machine's clock: take today from the clock (ctx.clock) or measure with performance.now()";
const oneClock = {
  "no-restricted-syntax": [
    "error",
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `new Date() ${MACHINE_CLOCK}` },
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: `Date.now() ${MACHINE_CLOCK}`,
    },
    {
      selector: "Literal[value=/\\b(current_date|current_timestamp|localtimestamp|now\\(\\))/i]",
      message: `SQL ${MACHINE_CLOCK}; pass the day as a parameter`,
    },
    {
      selector: "TemplateElement[value.raw=/\\b(current_date|current_timestamp|localtimestamp|now\\(\\))/i]",
      message: `SQL ${MACHINE_CLOCK}; pass the day as a parameter`,
    },
  ],
};

const GENERATED_DOCUMENTS = 'Write the operation with graphql() from "src/gql", so its result and variables are typed';

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", ".data/**", "**/*.tsbuildinfo"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Resolver and entity signatures are dictated by type-graphql and TypeORM.
      "@typescript-eslint/no-unsafe-function-type": "off",
      "@typescript-eslint/no-explicit-any": ["error", { ignoreRestArgs: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      ...oneClock,
    },
  },
  {
    // The clock itself, this rule's own patterns, and migrations' column defaults (a write's timestamp is real time).
    files: ["eslint.config.mjs", "subgraphs/runtime/src/clock.ts", "subgraphs/*/src/migrations/**"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // The portal's operations are typed from the generated graphql() (portal/src/gql): a gql document
    // would give untyped results again.
    files: ["portal/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@apollo/client", importNames: ["gql"], message: GENERATED_DOCUMENTS },
            { name: "graphql-tag", message: GENERATED_DOCUMENTS },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "**/test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
