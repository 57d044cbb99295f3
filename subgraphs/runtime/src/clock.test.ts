import { describe, expect, it } from "vitest";
import { clockConfigSchema, clockFrom, pinnedClock, systemClock } from "./clock.js";
import { ConfigError, readConfig } from "./config.js";
import { subgraphConfigSchema } from "./server/run-subgraph.js";

describe("the clock", () => {
  it("pins today, and keeps the time of day real", () => {
    const clock = pinnedClock("2027-04-02");
    expect(clock.today()).toBe("2027-04-02");
    expect(clock.now().toISOString().slice(0, 10)).toBe("2027-04-02");
  });

  it("refuses a pinned day that is not a calendar day", () => {
    expect(() => pinnedClock("2027-02-30")).toThrow(/YYYY-MM-DD/);
    expect(() => pinnedClock("2 April 2027")).toThrow(/YYYY-MM-DD/);
  });

  it("takes PLATFORM_TODAY in development, and the machine's clock without it", () => {
    expect(clockFrom(readConfig(clockConfigSchema, { PLATFORM_TODAY: "2031-06-30" })).today()).toBe("2031-06-30");
    expect(clockFrom(readConfig(clockConfigSchema, {}))).toBe(systemClock);
  });

  it("refuses PLATFORM_TODAY in production, naming it, for a subgraph as for any command", () => {
    const production = { NODE_ENV: "production", PLATFORM_TODAY: "2026-01-01" };
    expect(() => readConfig(clockConfigSchema, production)).toThrow(ConfigError);
    expect(() => readConfig(clockConfigSchema, production)).toThrow(
      /PLATFORM_TODAY cannot pin the clock in production/,
    );
    expect(() =>
      readConfig(subgraphConfigSchema, {
        ...production,
        DATABASE_URL: "postgres://db/x",
        CONTEXT_PUBLIC_KEY: JSON.stringify({ kty: "EC", crv: "P-256", x: "x", y: "y" }),
      }),
    ).toThrow(/PLATFORM_TODAY cannot pin the clock in production/);
    expect(() => readConfig(clockConfigSchema, { PLATFORM_TODAY: "2026-13-01" })).toThrow(
      /PLATFORM_TODAY must be a day/,
    );
  });
});
