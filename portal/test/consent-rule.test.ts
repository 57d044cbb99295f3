import { describe, expect, it } from "vitest";
import { consentRule } from "../src/components/casework/consent-rule.js";

describe("the consent rule an NRM referral's confirmation states, as the server enforces it", () => {
  it("asks an adult's consent, and sends an adult who declines to the duty to notify (MS1)", () => {
    const rule = consentRule("ADULT");
    expect(rule.consentNeeded).toBe(true);
    expect(rule.text).toMatch(/only with their informed consent/);
    expect(rule.text).toMatch(/duty-to-notify \(MS1\) report .* which needs no consent/);
  });

  it("refers a child without consent, and a person of unknown age as a child", () => {
    expect(consentRule("MINOR")).toMatchObject({ consentNeeded: false });
    expect(consentRule("MINOR").text).toMatch(/^A child \(under 18\) is referred .* without needing their consent/);
    expect(consentRule("UNKNOWN")).toMatchObject({ consentNeeded: false });
    expect(consentRule("UNKNOWN").text).toMatch(/presumed to be a child/);
  });
});
