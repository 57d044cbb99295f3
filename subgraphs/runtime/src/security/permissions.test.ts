import "reflect-metadata";
import { execute, parse } from "graphql";
import { Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, it } from "vitest";
import { DataCategory } from "../data-category.js";
import { buildFederatedSchema } from "../graphql/federation.js";
import { AuditTrail, withholdValues } from "./audit-trail.js";
import type { Caller } from "./caller.js";
import { Public, Roles, Sensitive } from "./classification.js";
import { applyPermissions } from "./permissions.js";
import { Role } from "./roles.js";

@ObjectType({ description: "A test record." })
class Case {
  @Field(() => ID, { description: "id" })
  @Public()
  id: string;

  @Field(() => String, { description: "owner agency" })
  @Public()
  leadAgencyId: string;

  @Field(() => String, { nullable: true, description: "summary" })
  @Sensitive(DataCategory.CASE_SUMMARY)
  summary: string;

  @Field(() => String, { nullable: true, description: "detail" })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  safeguarding: string;
}

/** An entity another subgraph owns, known here by a key that is not `id`. */
@ObjectType({ description: "A supplier, by company number." })
@Directive('@key(fields: "companyNumber")')
class Supplier {
  @Field(() => String, { description: "company number" })
  @Public()
  companyNumber: string;

  @Field(() => String, { nullable: true, description: "signals" })
  @Sensitive(DataCategory.SUPPLIER_RISK)
  signals: string;
}

@ObjectType({ description: "A type someone forgot to classify." })
class Forgotten {
  @Field(() => String, { description: "unclassified" })
  secret: string;
}

const CASES: Case[] = [
  { id: "1", leadAgencyId: "police", summary: "s1", safeguarding: "d1" },
  { id: "2", leadAgencyId: "ngo", summary: "s2", safeguarding: "d2" },
];

@Resolver()
class CaseResolver {
  @Query(() => [Case], { description: "cases" })
  cases(): Case[] {
    return CASES;
  }

  @Query(() => [Supplier], { description: "suppliers" })
  suppliers(): Supplier[] {
    return [{ companyNumber: "01234567", signals: "x" }];
  }

  @Query(() => Forgotten, { nullable: true, description: "forgotten" })
  forgotten(): Forgotten | null {
    return null;
  }

  @Query(() => String, { description: "auditors only" })
  @Roles(Role.AUDITOR)
  auditorsOnly(@Ctx() _ctx: unknown): string {
    return "ok";
  }
}

const caller = (agencyId: string, grants: Caller["grants"], roles: Role[] = []): Caller => ({
  userId: "u",
  agencyId,
  sector: "POLICE",
  roles,
  grants,
  partnership: null,
  requestId: "r",
});

describe("the permission layer", async () => {
  const built = await buildFederatedSchema({ resolvers: [CaseResolver] });
  const schema = applyPermissions(built.schema, built.classification, {
    Case: {
      takesPart: (record: object, ctx: { caller: Caller }) => (record as Case).leadAgencyId === ctx.caller.agencyId,
    },
  } as never);
  const run = async (who: Caller, query: string) => {
    const audit = new AuditTrail();
    const result = await execute({ schema, document: parse(query), contextValue: { caller: who, audit } });
    return { result, audit };
  };

  it("finds every field that is neither sensitive nor public", () => {
    expect(built.classification.unclassified).toEqual(["Forgotten.secret"]);
    expect(built.classification.sensitive.get("Case")?.get("safeguarding")).toEqual({
      category: "SAFEGUARDING",
      detail: true,
    });
  });

  it("shows a summary field to any agency holding its category, and explains the refusal to others", async () => {
    const granted = await run(caller("ngo", { CASE_SUMMARY: "isa-1" }), "{ cases { id summary } }");
    expect(granted.result.data).toEqual({
      cases: [
        { id: "1", summary: "s1" },
        { id: "2", summary: "s2" },
      ],
    });
    const refused = await run(caller("ngo", {}), "{ cases { id summary } }");
    expect(refused.result.data).toEqual({
      cases: [
        { id: "1", summary: null },
        { id: "2", summary: null },
      ],
    });
    expect(refused.result.errors?.map((e) => e.extensions)).toEqual([
      { code: "FORBIDDEN_BY_SHARING_AGREEMENT", category: "CASE_SUMMARY", reason: "NO_AGREEMENT" },
      { code: "FORBIDDEN_BY_SHARING_AGREEMENT", category: "CASE_SUMMARY", reason: "NO_AGREEMENT" },
    ]);
  });

  it("shows a detail field only on records the agency takes part in, even with the category granted", async () => {
    const { result, audit } = await run(caller("ngo", { SAFEGUARDING: "isa-2" }), "{ cases { id safeguarding } }");
    expect(result.data).toEqual({
      cases: [
        { id: "1", safeguarding: null },
        { id: "2", safeguarding: "d2" },
      ],
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ category: "SAFEGUARDING", reason: "NOT_TAKING_PART" });
    const byRecord = audit.entries.map(({ path: _path, ...entry }) => entry);
    byRecord.sort((a, b) => a.entityId!.localeCompare(b.entityId!));
    expect(byRecord).toEqual([
      {
        entityType: "Case",
        entityId: "1",
        field: "safeguarding",
        category: "SAFEGUARDING",
        agreementId: null,
        outcome: "DENIED",
        reason: "NOT_TAKING_PART",
      },
      {
        entityType: "Case",
        entityId: "2",
        field: "safeguarding",
        category: "SAFEGUARDING",
        agreementId: "isa-2",
        outcome: "RETURNED",
        reason: null,
      },
    ]);
  });

  it("asks whether the agency takes part once per record in a request, however many of its detail fields are read", async () => {
    const asked: string[] = [];
    const counted = applyPermissions(built.schema, built.classification, {
      Case: {
        takesPart: (record: object, ctx: { caller: Caller }) => {
          asked.push((record as Case).id);
          return (record as Case).leadAgencyId === ctx.caller.agencyId;
        },
      },
    } as never);
    const audit = new AuditTrail();
    const result = await execute({
      schema: counted,
      document: parse("{ cases { id a: safeguarding b: safeguarding } }"),
      contextValue: { caller: caller("ngo", { SAFEGUARDING: "isa-2" }), audit },
    });
    expect(result.data).toEqual({
      cases: [
        { id: "1", a: null, b: null },
        { id: "2", a: "d2", b: "d2" },
      ],
    });
    expect(asked).toEqual(["1", "2"]);
    expect(audit.entries).toHaveLength(4);
  });

  it("answers guarded fields without waiting when every check is known at once (no promise per value)", () => {
    const audit = new AuditTrail();
    const result = execute({
      schema,
      document: parse("{ cases { id summary safeguarding } }"),
      contextValue: { caller: caller("ngo", { CASE_SUMMARY: "isa-1", SAFEGUARDING: "isa-2" }), audit },
    });
    expect(result).not.toBeInstanceOf(Promise);
    expect(audit.entries.map((e) => [e.entityId, e.field, e.outcome])).toEqual([
      ["1", "summary", "RETURNED"],
      ["1", "safeguarding", "DENIED"],
      ["2", "summary", "RETURNED"],
      ["2", "safeguarding", "RETURNED"],
    ]);
  });

  it("records every refusal of a field cached for the whole request, once per record", async () => {
    const { audit } = await run(caller("ngo", {}), "{ cases { id summary } }");
    expect(audit.entries.map((e) => [e.entityId, e.outcome, e.reason])).toEqual([
      ["1", "DENIED", "NO_AGREEMENT"],
      ["2", "DENIED", "NO_AGREEMENT"],
    ]);
  });

  it("names a record known by another key by that key", async () => {
    const { audit } = await run(caller("x", { SUPPLIER_RISK: "isa-3" }), "{ suppliers { signals } }");
    expect(audit.entries.map((e) => [e.entityType, e.entityId, e.outcome])).toEqual([
      ["Supplier", "companyNumber:01234567", "RETURNED"],
    ]);
  });

  it("refuses to build for a sensitive type that cannot name its records", async () => {
    @ObjectType({ description: "figures" })
    class Figures {
      @Field(() => Number, { nullable: true, description: "n" })
      @Sensitive(DataCategory.STATISTICS)
      n: number;
    }
    @Resolver()
    class FiguresResolver {
      @Query(() => Figures, { description: "figures" })
      figures(): Figures {
        return { n: 1 };
      }
    }
    const figures = await buildFederatedSchema({ resolvers: [FiguresResolver] });
    expect(() => applyPermissions(figures.schema, figures.classification)).toThrow(/Figures .* could not name/);
    expect(() =>
      applyPermissions(figures.schema, figures.classification, { Figures: { entityId: () => "2020" } }),
    ).not.toThrow();
  });

  it("withholds every recorded value when its rows cannot be written, keeping the rest of the answer", async () => {
    const { result, audit } = await run(caller("ngo", { SAFEGUARDING: "isa-2" }), "{ cases { id safeguarding } }");
    const withheld = withholdValues(structuredClone(result) as never, audit.entries);
    expect(withheld.data).toEqual({
      cases: [
        { id: "1", safeguarding: null },
        { id: "2", safeguarding: null },
      ],
    });
    expect(withheld.errors?.slice(-1)).toEqual([
      expect.objectContaining({ path: ["cases", 1, "safeguarding"], extensions: { code: "SERVICE_UNAVAILABLE" } }),
    ]);
  });

  it("guards root fields by role", async () => {
    expect((await run(caller("x", {}, [Role.AUDITOR]), "{ auditorsOnly }")).result.data).toEqual({
      auditorsOnly: "ok",
    });
    const refused = await run(caller("x", {}, [Role.CASEWORKER]), "{ auditorsOnly }");
    expect(refused.result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.audit.entries).toEqual([
      {
        entityType: "Query",
        entityId: null,
        field: "auditorsOnly",
        category: null,
        agreementId: null,
        outcome: "DENIED",
        reason: "MISSING_ROLE",
      },
    ]);
  });

  it("puts the category into the SDL for clients to see", async () => {
    const { printSubgraphSdl } = await import("../graphql/federation.js");
    const sdl = await printSubgraphSdl({ resolvers: [CaseResolver] });
    expect(sdl).toContain('safeguarding: String @sensitive(category: "SAFEGUARDING")');
    expect(sdl).toContain('@composeDirective(name: "@sensitive")');
  });
});
