import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConfigError, port, postgresUrl, readConfig, requiredVariables } from "./config.js";

const schema = z.object({
  DATABASE_URL: postgresUrl,
  PORT: port(4001),
  API_KEY: z.string().min(10),
  OPTIONAL: z.string().optional(),
});

describe("readConfig", () => {
  it("applies defaults and coerces values", () => {
    expect(readConfig(schema, { DATABASE_URL: "postgres://db/x", API_KEY: "0123456789" })).toEqual({
      DATABASE_URL: "postgres://db/x",
      PORT: 4001,
      API_KEY: "0123456789",
    });
    expect(readConfig(schema, { DATABASE_URL: "postgresql://db/x", API_KEY: "0123456789", PORT: "5000" }).PORT).toBe(
      5000,
    );
  });

  it("names every missing or invalid variable in one message", () => {
    try {
      readConfig(schema, { PORT: "70000", API_KEY: "short" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(3);
      expect(problems[0]).toBe("DATABASE_URL is required");
      expect(problems[1]).toMatch(/^PORT /);
      expect(problems[2]).toMatch(/^API_KEY /);
      expect((error as Error).message).toContain("DATABASE_URL is required; PORT");
    }
  });

  it("lists the variables a deployment must set", () => {
    expect(requiredVariables(schema)).toEqual(["DATABASE_URL", "API_KEY"]);
  });
});
