/** The two parts of graphql-schema-linter's API the Relay test uses (the package ships no types). */
declare module "graphql-schema-linter" {
  interface LinterSchema {
    definition: string;
    sourceMap: { getOriginalPathForLine(line: number): string };
  }
  export const configuration: {
    Configuration: new (schema: LinterSchema, options: { rules: string[] }) => { getRules(): unknown[] };
  };
  export const validator: {
    validateSchemaDefinition(schema: LinterSchema, rules: unknown[], config: unknown): unknown[];
  };
}
