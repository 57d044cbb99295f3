import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_SCHEDULE_MS, parseSchedule, retryDelayMs } from "./backoff.js";
import { DEVELOPMENT_URL_POLICY, PRODUCTION_URL_POLICY, urlProblem } from "./url-policy.js";

describe("webhook URLs", () => {
  it("takes a public https endpoint everywhere", () => {
    expect(urlProblem("https://partner.example.org/webhooks?x=1", PRODUCTION_URL_POLICY)).toBeNull();
  });

  it("refuses http, loopback and private addresses in production, and lets them in elsewhere", () => {
    for (const url of [
      "http://partner.example.org/hooks",
      "https://localhost/hooks",
      "https://127.0.0.1/hooks",
      "https://10.1.2.3/hooks",
      "https://192.168.0.10/hooks",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/hooks",
      "https://[::ffff:127.0.0.1]/hooks",
    ]) {
      expect(urlProblem(url, PRODUCTION_URL_POLICY), url).not.toBeNull();
      expect(urlProblem(url, DEVELOPMENT_URL_POLICY), url).toBeNull();
    }
  });

  it("refuses what is no endpoint: other schemes, credentials, fragments, text, overlong URLs", () => {
    for (const url of [
      "ftp://partner.example.org/hooks",
      "javascript:alert(1)",
      "https://user:pass@partner.example.org/hooks",
      "https://partner.example.org/hooks#x",
      "' OR 1=1 --",
      `https://partner.example.org/${"a".repeat(2000)}`,
    ]) {
      expect(urlProblem(url, DEVELOPMENT_URL_POLICY), url).not.toBeNull();
    }
  });
});

describe("retry backoff", () => {
  it("keeps trying for about a day by default, then gives up", () => {
    const total = DEFAULT_RETRY_SCHEDULE_MS.reduce((sum, ms) => sum + ms, 0);
    expect(total / 3_600_000).toBeGreaterThan(24);
    expect(total / 3_600_000).toBeLessThan(30);
    expect(retryDelayMs(DEFAULT_RETRY_SCHEDULE_MS.length + 1, DEFAULT_RETRY_SCHEDULE_MS, 0.2)).toBeNull();
  });

  it("waits longer after each failure, spread by the jitter and no more", () => {
    const schedule = [1_000, 10_000, 100_000];
    expect(retryDelayMs(1, schedule, 0)).toBe(1_000);
    expect(retryDelayMs(2, schedule, 0.2, () => 0)).toBe(8_000);
    expect(retryDelayMs(2, schedule, 0.2, () => 1)).toBe(12_000);
    expect(retryDelayMs(3, schedule, 0.2, () => 0.5)).toBe(100_000);
    expect(retryDelayMs(4, schedule, 0.2)).toBeNull();
  });

  it("reads a schedule from its configuration text, and refuses one that is not", () => {
    expect(parseSchedule("5s, 5m,2h,250ms")).toEqual([5_000, 300_000, 7_200_000, 250]);
    expect(parseSchedule("5s,soon")).toBeNull();
    expect(parseSchedule("0s")).toBeNull();
  });
});
