/** What an error without a code of the expected form counts as. */
export const OTHER_CODE = "OTHER";

/** A GraphQL error code as the platform writes them (UPPER_SNAKE_CASE), short enough to be a label. */
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * The distinct `extensions.code` of an answer's errors, each a plain error code or OTHER: a code
 * becomes a metric label and a span attribute, so whatever text a failing library put there is not
 * copied as it is.
 */
export function errorCodesOf(errors: ReadonlyArray<unknown> | undefined): string[] {
  if (!errors?.length) return [];
  const codes = new Set<string>();
  for (const error of errors) {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    codes.add(typeof code === "string" && CODE.test(code) ? code : OTHER_CODE);
  }
  return [...codes];
}
