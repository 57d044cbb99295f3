import { describe, expect, it } from "vitest";
import { didYouMean } from "graphql/jsutils/didYouMean.js";
import { createLogger } from "../logger.js";
import { formatErrorFor, isDatabaseUnavailable, isServiceBusy } from "./format-error.js";

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

describe("telling a busy service from a database outage", () => {
  // pg-pool's own errors, as it writes them (node_modules/pg-pool/index.js).
  const poolWaitExpired = new Error("timeout exceeded when trying to connect");
  const connectTimedOut = new Error("Connection terminated due to connection timeout", {
    cause: new Error("Connection terminated unexpectedly"),
  });

  it("a full pool's wait that expired is busy, not an outage", () => {
    expect(isServiceBusy(poolWaitExpired)).toBe(true);
    expect(isDatabaseUnavailable(poolWaitExpired)).toBe(false);
  });

  it("a new connection that did not open in time is an outage, not busy", () => {
    expect(isServiceBusy(connectTimedOut)).toBe(false);
    expect(isDatabaseUnavailable(connectTimedOut)).toBe(true);
  });

  it("is answered as SERVICE_UNAVAILABLE with reason BUSY and a time to wait", () => {
    const out = formatErrorFor(true, createLogger("test", "silent"))(
      { message: "timeout exceeded when trying to connect", path: ["caseStatistics", "ordersByKind"] },
      poolWaitExpired,
    );
    expect(out).toMatchObject({
      path: ["caseStatistics", "ordersByKind"],
      extensions: { code: "SERVICE_UNAVAILABLE", reason: "BUSY", retryAfterSeconds: 2 },
    });
    expect(out.message).toMatch(/busy; try again in 2 seconds/);
  });
});

describe("production messages lose graphql-js's suggestions whole", () => {
  // Every shape graphql-js writes a suggestion in (one, two, many names; with a sub-message).
  const suggestions = [
    didYouMean(["name"]),
    didYouMean(["name", "names"]),
    didYouMean(["a", "b", "c", "d", "e", "f", "g"]),
    didYouMean("the enum value", ["POLICE"]),
    didYouMean("to use an inline fragment on", ["Agency", "Person"]),
  ];
  const format = formatErrorFor(true, createLogger("test", "silent"));
  const stems = [
    'Cannot query field "nam" on type "Agency".',
    'Variable "$f" got invalid value { serch: "x" }; Field "serch" is not defined by type "PersonFilter".',
  ];
  for (const suggestion of suggestions)
    for (const stem of stems)
      it(`${stem}${suggestion}`, () => {
        expect(suggestion).toMatch(/Did you mean/);
        const out = format(
          { message: `${stem}${suggestion}`, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
          null,
        );
        expect(out.message).toBe(stem);
      });

  it("outside production, suggestions stay", () => {
    const message = `Cannot query field "nam" on type "Agency".${didYouMean(["name"])}`;
    const out = formatErrorFor(false, createLogger("test", "silent"))(
      { message, extensions: { code: "BAD_REQUEST" } },
      null,
    );
    expect(out.message).toBe(message);
  });
});
