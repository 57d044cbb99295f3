import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./format-error.js";

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe("telling a database outage from a failed statement", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["the server shutting down (57P01)", Object.assign(new Error("terminating connection"), { code: "57P01" })],
    [
      "the server starting up (57P03)",
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
    ],
    ["a connection lost mid-query", new Error("Connection terminated unexpectedly")],
    [
      "a COMMIT after the connection died (TypeORM released the query runner)",
      named("QueryRunnerAlreadyReleasedError", "Query runner already released. Cannot run queries anymore."),
    ],
    ["a ROLLBACK after the connection died", named("TransactionNotStartedError", "Transaction is not started yet.")],
    [
      "happy-eyeballs: an AggregateError whose parts are refused connections",
      new AggregateError([Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" })], ""),
    ],
    ["a wrapped driver error", Object.assign(new Error("query failed"), { driverError: { code: "08006" } })],
  ])("%s is an outage", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation (23505)", Object.assign(new Error("duplicate key"), { code: "23505" })],
    ["a check violation (23514)", Object.assign(new Error("violates check constraint"), { code: "23514" })],
    ["a programming error", new TypeError("Cannot read properties of undefined")],
    ["an AggregateError of statement failures", new AggregateError([Object.assign(new Error("x"), { code: "42P01" })])],
  ])("%s is not", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
