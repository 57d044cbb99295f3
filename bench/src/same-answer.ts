import { isDeepStrictEqual } from "node:util";
import type { GraphQLAnswer } from "./graphql-client.js";

/**
 * How a peer's answer differs from this gateway's, or null when it does not: the same `data`, and
 * errors at the same paths. Error messages and extensions are not compared: two gateways word a
 * refused field differently, and what matters is which fields were refused.
 */
export function answerDifference(reference: GraphQLAnswer, peer: GraphQLAnswer): string | null {
  if (!isDeepStrictEqual(reference.data ?? null, peer.data ?? null)) {
    return `data differs: ${firstDifference(reference.data ?? null, peer.data ?? null, "data")}`;
  }
  const expected = errorPaths(reference);
  const got = errorPaths(peer);
  const missing = expected.filter((path) => !got.includes(path));
  const extra = got.filter((path) => !expected.includes(path));
  if (missing.length || extra.length) {
    const list = (paths: string[]) => (paths.length ? paths.slice(0, 5).join(", ") : "none");
    return `errors at other paths: missing ${list(missing)}; extra ${list(extra)}`;
  }
  return null;
}

/** The distinct paths of an answer's errors, sorted; an error without a path counts as "(no path)". */
function errorPaths(answer: GraphQLAnswer): string[] {
  const paths = (answer.errors ?? []).map((error) => error.path?.join(".") ?? "(no path)");
  return [...new Set(paths)].sort();
}

/** Where two JSON values first differ, as a path with both values, for a message a person can act on. */
function firstDifference(a: unknown, b: unknown, at: string): string {
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const left = (a as Record<string, unknown>)[key];
      const right = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, `${at}.${key}`);
    }
  }
  const show = (value: unknown) => JSON.stringify(value)?.slice(0, 120) ?? "undefined";
  return `at ${at}, ${show(a)} here, ${show(b)} from the peer`;
}
