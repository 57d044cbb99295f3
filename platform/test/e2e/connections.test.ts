import { readFileSync } from "node:fs";
import { Role } from "@partnership/runtime";
import { apiSchemaOf, SUPERGRAPH_PATH } from "@partnership/schema";
import {
  buildSchema,
  type GraphQLField,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Cursor connections by the specification (issue 26, item 1): every connection of the API schema,
 * found from the schema itself, has `edges { cursor node }` beside `nodes`, a complete `PageInfo`,
 * and pages both ways; the behaviour is checked on the directory's agencies.
 */
const api = buildSchema(apiSchemaOf(readFileSync(SUPERGRAPH_PATH, "utf8")));
const connections = Object.values(api.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && type.name.endsWith("Connection"),
);
const unwrap = (type: unknown): any => (isNonNullType(type) || isListType(type) ? unwrap((type as any).ofType) : type);

describe("every connection of the API schema", () => {
  it("finds the connections to check", () => {
    expect(connections.length).toBeGreaterThanOrEqual(16);
  });

  for (const connection of connections) {
    it(`${connection.name} has edges { cursor node } beside nodes, and a complete PageInfo`, () => {
      const fields = connection.getFields();
      const node = unwrap(fields.nodes!.type);
      const edge = unwrap(fields.edges?.type) as GraphQLObjectType;
      expect(edge?.name).toBe(`${node.name}Edge`);
      expect(String(edge.getFields().cursor!.type)).toBe("String!");
      expect(unwrap(edge.getFields().node!.type)).toBe(node);
      const pageInfo = unwrap(fields.pageInfo!.type) as GraphQLObjectType;
      expect(Object.keys(pageInfo.getFields()).sort()).toEqual([
        "endCursor",
        "hasNextPage",
        "hasPreviousPage",
        "startCursor",
      ]);
    });
  }

  it("every field answering a connection pages both ways: first/after and last/before", () => {
    const fieldsToConnections: Array<[string, GraphQLField<unknown, unknown>]> = [];
    for (const type of Object.values(api.getTypeMap()))
      if (isObjectType(type))
        for (const field of Object.values(type.getFields()))
          if (connections.includes(unwrap(field.type))) fieldsToConnections.push([`${type.name}.${field.name}`, field]);
    expect(fieldsToConnections.length).toBeGreaterThan(0);
    for (const [name, field] of fieldsToConnections)
      expect(
        ["after", "before", "first", "last"].filter((arg) => !field.args.some((a) => a.name === arg)),
        name,
      ).toEqual([]);
  });
});

describe("paging through agencies", () => {
  let t: TestPlatform;
  let client: Client;
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
    agencies(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { id } }
      nodes { id }
      pageInfo { startCursor endCursor hasPreviousPage hasNextPage }
    }
  }`;
  const page = async (variables: Record<string, unknown>) => {
    const answer = await client.query(PAGE, variables);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!.agencies;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    client = await t.as("SMBC", Role.COORDINATOR);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("gives each node its cursor in edges, and the page's first and last cursors in pageInfo", async () => {
    const first = await page({ first: 3 });
    expect(first.edges.map((e: any) => e.node)).toEqual(first.nodes);
    expect(first.pageInfo).toEqual({
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[2].cursor,
      hasPreviousPage: false,
      hasNextPage: true,
    });
    // Any edge's cursor pages on from that edge.
    const fromSecond = await page({ first: 2, after: first.edges[1].cursor });
    expect(fromSecond.nodes[0]).toEqual(first.nodes[2]);
    expect(fromSecond.pageInfo.hasPreviousPage).toBe(true);
  });

  it("pages backward to exactly the pages forward, and from the end with last alone", async () => {
    const all = (await page({ first: 100 })).nodes;
    expect(all.length).toBeGreaterThan(6);
    const second = await page({ first: 3, after: (await page({ first: 3 })).pageInfo.endCursor });
    const back = await page({ last: 3, before: second.pageInfo.startCursor });
    expect(back.nodes).toEqual(all.slice(0, 3));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const tail = await page({ last: 4 });
    expect(tail.nodes).toEqual(all.slice(-4));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const beforeTail = await page({ last: 2, before: tail.pageInfo.startCursor });
    expect(beforeTail.nodes).toEqual(all.slice(-6, -4));
    expect(beforeTail.totalCount).toBe(all.length);
  });

  it("refuses first with last, after with last, and a cursor that is none, naming the argument", async () => {
    for (const [variables, field] of [
      [{ first: 2, last: 2 }, "last"],
      [{ last: 2, after: "YzI6eA" }, "after"],
      [{ last: 2, before: "not-a-cursor!" }, "before"],
      [{ first: 2, after: "not-a-cursor!" }, "after"],
    ] as const) {
      const refused = await client.query(PAGE, variables);
      expect(refused.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
      });
    }
  });
});
