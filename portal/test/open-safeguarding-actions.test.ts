import { describe, expect, it } from "vitest";
import {
  openSafeguardingActions,
  type PersonForSafeguarding,
} from "../src/components/casework/open-safeguarding-actions.js";

const person = (overrides: Partial<PersonForSafeguarding>): PersonForSafeguarding => ({
  id: "p1",
  fullName: "Ana Popescu",
  ageGroup: "ADULT",
  screenedOn: "2026-12-11",
  outcome: "NOT_YET_KNOWN",
  nrmReferral: null,
  dutyToNotify: null,
  ...overrides,
});

const texts = (people: PersonForSafeguarding[]) => openSafeguardingActions(people).map((action) => action.text);

describe("what is still open for the people screened, warned of before a concern closes", () => {
  it("names an adult with no outcome, neither referred nor reported under the duty to notify", () => {
    expect(texts([person({})])).toEqual([
      "Ana Popescu: no outcome yet: neither referred into the NRM nor reported under the duty to notify (MS1)",
    ]);
    expect(texts([person({ outcome: "SAFEGUARDED" })])).toEqual([]);
    expect(texts([person({ outcome: "DECLINED_SUPPORT", dutyToNotify: { id: "d1" } })])).toEqual([]);
  });

  it("names a child, or a person of unknown age, not referred, whatever the outcome but no indicators", () => {
    expect(texts([person({ fullName: null, ageGroup: "MINOR", outcome: "SAFEGUARDED" })])).toEqual([
      "the child screened on 11 December 2026: a child (or a person whose age is not known) is referred into the NRM without consent; no referral is recorded",
    ]);
    expect(texts([person({ ageGroup: "UNKNOWN", outcome: "NO_INDICATORS" })])).toEqual([]);
  });

  it("names a referral awaiting the reasonable grounds decision, then the conclusive grounds one", () => {
    const referred = (reasonableGrounds: string, conclusiveGrounds: string) =>
      person({ outcome: "REFERRED_TO_NRM", nrmReferral: { reasonableGrounds, conclusiveGrounds } });
    expect(texts([referred("PENDING", "PENDING")])).toEqual([
      "Ana Popescu: the NRM's reasonable grounds decision is awaited",
    ]);
    expect(texts([referred("POSITIVE", "PENDING")])).toEqual([
      "Ana Popescu: the NRM's conclusive grounds decision is awaited",
    ]);
    expect(texts([referred("NEGATIVE", "PENDING"), referred("POSITIVE", "POSITIVE")])).toEqual([]);
  });
});
