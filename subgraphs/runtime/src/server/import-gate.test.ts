import { describe, expect, it } from "vitest";
import type { Caller } from "../security/caller.js";
import { ImportGate } from "./import-gate.js";

const caller = (userId: string) => ({ userId, agencyId: "agency" }) as Caller;

/** Resolves when `release` is called: an import held open. */
function held() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
}

describe("the import gate", () => {
  it("runs one import per user and a few per process, refusing the rest at once", async () => {
    const gate = ImportGate.of({}, "test import", 2);
    const first = held();
    const running = gate.run(caller("a"), () => first.done);
    await expect(gate.run(caller("a"), async () => "again")).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED" },
    });
    const second = held();
    const other = gate.run(caller("b"), () => second.done);
    await expect(gate.run(caller("c"), async () => "third")).rejects.toThrow(/2 test imports are running already/);
    first.release();
    second.release();
    await Promise.all([running, other]);
    await expect(gate.run(caller("a"), async () => "after")).resolves.toBe("after");
  });

  it("is one per running subgraph: the same for its data source, another for another's", async () => {
    const dataSource = {};
    expect(ImportGate.of(dataSource, "test import")).toBe(ImportGate.of(dataSource, "test import"));
    const hung = held();
    void ImportGate.of(dataSource, "test import").run(caller("a"), () => hung.done);
    await expect(ImportGate.of({}, "test import").run(caller("a"), async () => "elsewhere")).resolves.toBe("elsewhere");
    hung.release();
  });
});
