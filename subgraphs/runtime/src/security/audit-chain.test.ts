import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CHAIN_COLUMNS,
  chainContent,
  chainContentSql,
  chainHash,
  fieldsChainContentSql,
  GENESIS_HASH,
  groupedChainContentSql,
} from "./audit-chain.js";

const row = (overrides: Record<string, string | null> = {}) => ({
  id: "7",
  at: "2026-12-11T09:30:00.123456Z",
  user_id: "demo:wmp:caseworker",
  agency_id: "agency-1",
  entity_type: "Concern",
  entity_id: "concern-1",
  field: "reference",
  category: "CASE_SUMMARY",
  agreement_id: null,
  operation: "Concerns",
  request_id: "request-1",
  partnership_id: "partnership-1",
  operation_hash: null,
  outcome: "RETURNED",
  reason: null,
  ...overrides,
});

describe("the audit chain's canonical content", () => {
  it("covers every column of the log but the hashes, in the table's order", () => {
    expect(CHAIN_COLUMNS.map((c) => c.name)).toEqual([
      "id",
      "at",
      "user_id",
      "agency_id",
      "entity_type",
      "entity_id",
      "field",
      "category",
      "agreement_id",
      "operation",
      "request_id",
      "partnership_id",
      "operation_hash",
      "outcome",
      "reason",
    ]);
  });

  it("writes each value as its UTF-8 byte length, a colon and the bytes, and NULL as a dash", () => {
    const content = chainContent(row({ user_id: "Zoë" })).toString("utf8");
    expect(content).toBe(
      "1:7" +
        "27:2026-12-11T09:30:00.123456Z" +
        "4:Zoë" +
        "8:agency-1" +
        "7:Concern" +
        "9:concern-1" +
        "9:reference" +
        "12:CASE_SUMMARY" +
        "-" +
        "8:Concerns" +
        "9:request-1" +
        "13:partnership-1" +
        "-" +
        "8:RETURNED" +
        "-",
    );
  });

  it("tells NULL, an empty value and values that move a separator apart", () => {
    const hashes = [
      row({ agreement_id: null }),
      row({ agreement_id: "" }),
      row({ agreement_id: "-" }),
      row({ entity_id: "concern-1", field: "xreference" }),
      row({ entity_id: "concern-1x", field: "reference" }),
    ].map((r) => chainHash(GENESIS_HASH, r).toString("hex"));
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("hashes the previous row's hash followed by the content", () => {
    const prev = createHash("sha256").update("previous").digest();
    const expected = createHash("sha256")
      .update(Buffer.concat([prev, chainContent(row())]))
      .digest();
    expect(chainHash(prev, row()).equals(expected)).toBe(true);
    expect(chainHash(GENESIS_HASH, row()).equals(expected)).toBe(false);
    expect(GENESIS_HASH.equals(Buffer.alloc(32))).toBe(true);
  });

  it("refuses a row that lacks a chained column rather than hashing it as NULL", () => {
    const partial: Record<string, string | null> = row();
    delete partial.reason;
    expect(() => chainContent(partial)).toThrow(/reason/);
  });

  it("gives SQL that renders every chained column of the row it is given", () => {
    const sql = chainContentSql("NEW");
    for (const { name } of CHAIN_COLUMNS) expect(sql).toContain(`NEW.${name}`);
    const grouped = groupedChainContentSql("NEW");
    for (const { name } of CHAIN_COLUMNS) expect(grouped).toContain(`NEW.${name}`);
    expect(grouped).toContain("NEW.entity_ids");
    const fields = fieldsChainContentSql("NEW");
    for (const { name } of CHAIN_COLUMNS) expect(fields).toContain(`NEW.${name}`);
    expect(fields).toContain("NEW.entity_ids");
    expect(fields).toContain("NEW.fields");
  });
});

describe("format 2: a row of several values", () => {
  const grouped = (entityIds: Array<string | null> | null) => ({ ...row({ entity_id: null }), entity_ids: entityIds });

  it("hashes a row without ids exactly as format 1", () => {
    expect(chainContent(grouped(null))).toEqual(chainContent(row({ entity_id: null })));
  });

  it("follows the columns with the count of ids and each id as a column is written", () => {
    const content = chainContent(grouped(["concern-1", null, "Zoë", ""])).toString("utf8");
    expect(content).toBe(chainContent(row({ entity_id: null })).toString("utf8") + "*4:" + "9:concern-1-4:Zoë0:");
  });

  it("tells apart ids that differ by one id, by order, by NULL or by where they split", () => {
    const hashes = [
      grouped(["a", "b"]),
      grouped(["b", "a"]),
      grouped(["a", "c"]),
      grouped(["a,b"]),
      grouped(["ab"]),
      grouped(["a", "b", ""]),
      grouped([null]),
      grouped([""]),
      grouped(["-"]),
      grouped([]),
      grouped(null),
      row({ entity_id: "a" }),
    ].map((r) => chainHash(GENESIS_HASH, r).toString("hex"));
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe("format 3: a row of several fields of the same records", () => {
  const ofFields = (fields: string[] | null, entityIds: Array<string | null> | null = ["c1", "c2"]) => ({
    ...row({ entity_id: null, field: null }),
    entity_ids: entityIds,
    fields,
  });

  it("hashes a row without fields exactly as format 2", () => {
    expect(chainContent(ofFields(null))).toEqual(
      chainContent({ ...row({ entity_id: null, field: null }), entity_ids: ["c1", "c2"] }),
    );
  });

  it("follows the ids with the count of fields and each field as a column is written", () => {
    const content = chainContent(ofFields(["reference", "status"])).toString("utf8");
    const format2 = chainContent(ofFields(null)).toString("utf8");
    expect(content).toBe(format2 + "#2:" + "9:reference6:status");
  });

  it("tells apart fields that differ by one field, by order or by where they split, and ids moved into fields", () => {
    const hashes = [
      ofFields(["a", "b"]),
      ofFields(["b", "a"]),
      ofFields(["a", "c"]),
      ofFields(["a", "b", "c"]),
      ofFields(["ab", "c"]),
      ofFields(["a", "bc"]),
      ofFields(["a", "b"], ["c1"]),
      ofFields(["a", "b"], ["c1", "c2", "a"]),
      ofFields(null),
      ofFields(null, ["c1", "c2", "#2:1:a1:b"]),
    ].map((r) => chainHash(GENESIS_HASH, r).toString("hex"));
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("refuses fields without the records they were read of", () => {
    expect(() => chainContent(ofFields(["a", "b"], null))).toThrow(/names no records/);
  });
});
