import { describe, expect, it } from "vitest";
import { answerDifference } from "./same-answer.js";

describe("answerDifference", () => {
  const reference = {
    data: { partnership: { name: "Sandwell", figures: [{ count: 1 }, null] } },
    errors: [{ message: "forbidden by the sharing agreement", path: ["partnership", "figures", 1] }],
  };

  it("finds none when data and error paths match, whatever the errors' wording", () => {
    const peer = structuredClone(reference);
    peer.errors = [{ message: "Forbidden", path: ["partnership", "figures", 1] }];
    expect(answerDifference(reference, peer)).toBeNull();
  });

  it("names the first path where the data differs, with both values", () => {
    const peer = structuredClone(reference);
    peer.data.partnership.figures[0] = { count: 2 };
    expect(answerDifference(reference, peer)).toBe(
      "data differs: at data.partnership.figures.0.count, 1 here, 2 from the peer",
    );
  });

  it("names errors at paths the other answer has not", () => {
    const peer = { data: reference.data, errors: [{ message: "x", path: ["partnership", "name"] }] };
    expect(answerDifference(reference, peer)).toBe(
      "errors at other paths: missing partnership.figures.1; extra partnership.name",
    );
  });

  it("counts a missing errors array as no errors", () => {
    expect(answerDifference({ data: { a: 1 } }, { data: { a: 1 }, errors: [] })).toBeNull();
    expect(answerDifference({ data: { a: 1 } }, { data: null })).toBe(
      'data differs: at data, {"a":1} here, null from the peer',
    );
  });
});
