import { IsOptional, Max, Min } from "class-validator";
import type { GraphQLError } from "graphql";
import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "../errors.js";
import { Public } from "../security/classification.js";

@ObjectType({
  description: "Where a page of results starts and ends, and whether more come before or after it (Relay's PageInfo).",
})
@Directive("@shareable")
@Public()
export class PageInfo {
  @Field(() => String, {
    nullable: true,
    description: "Cursor of the first item on this page; pass it as `before` (with `last`) to fetch the page before.",
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last item on this page; pass it as `after` (with `first`) to fetch the next page.",
  })
  endCursor: string | null;

  @Field(() => Boolean, { description: "True when items come before this page." })
  hasPreviousPage: boolean;

  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage: boolean;
}

/** One item of a page with its own cursor, for clients built on the cursor connections specification. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

const edgeTypes = new Map<ClassType, ClassType>();

/** `<Item>Edge`: one per item type, shared by every connection of it. */
function EdgeOf<T extends object>(itemType: ClassType<T>): ClassType {
  const known = edgeTypes.get(itemType);
  if (known) return known;
  @ObjectType(`${itemType.name}Edge`, { description: `A ${itemType.name} on a page, with its cursor.` })
  @Directive("@shareable")
  @Public()
  class EdgeType {
    @Field(() => String, {
      description: "This item's cursor: pass it as `after` or `before` to page from this item.",
    })
    cursor: string;

    @Field(() => itemType, { description: "The item." })
    node: T;
  }
  edgeTypes.set(itemType, EdgeType);
  return EdgeType;
}

/**
 * A page of items of one type: `Connection(Agency)` gives `edges` (each item with its cursor, as the
 * cursor connections specification has it), `nodes` (the same items, for clients that need no
 * cursor per item), `pageInfo` and `totalCount`.
 */
export function Connection<T extends object>(itemType: ClassType<T>) {
  const edgeType = EdgeOf(itemType);
  @ObjectType()
  @Public()
  abstract class ConnectionType {
    @Field(() => [edgeType], { description: "The items on this page, in order, each with its cursor." })
    edges: Array<Edge<T>>;

    @Field(() => [itemType], { description: "The items on this page, in order (the nodes of `edges`)." })
    nodes: T[];

    @Field(() => PageInfo, { description: "Where this page starts and ends, and whether more come before or after." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items match the filter across all pages." })
    totalCount: number;
  }
  return ConnectionType;
}

export interface Page<T> {
  edges: Array<Edge<T>>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A page with nothing on it. */
export function emptyPage<T>(): Page<T> {
  return {
    edges: [],
    nodes: [],
    totalCount: 0,
    pageInfo: { startCursor: null, endCursor: null, hasPreviousPage: false, hasNextPage: false },
  };
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the start, or after \`after\` (1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return the items after this cursor (a previous page's `pageInfo.endCursor`, or an edge's cursor).",
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the end, or before \`before\` (1 to ${MAX_PAGE_SIZE}); not with first.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Return the items before this cursor (a page's `pageInfo.startCursor`, or an edge's cursor); with last.",
  })
  before?: string | null;
}

/** A cursor names the last row of a page and nothing else: version tag, then the row's id. */
const CURSOR_TAG = "c2:";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BIGINT = /^\d{1,18}$/;

function encodeCursor(id: string): string {
  return Buffer.from(`${CURSOR_TAG}${id}`).toString("base64url");
}

function notACursor(argument: "after" | "before"): GraphQLError {
  return badUserInput(
    argument,
    `is not a cursor of this list (pass a page's pageInfo.${argument === "after" ? "endCursor" : "startCursor"} or an edge's cursor unchanged)`,
  );
}

/** The row id a cursor names, checked against the id column's type so a forged one never reaches SQL. */
function decodeCursor(cursor: string, idType: unknown, argument: "after" | "before"): string {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw notACursor(argument);
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith(CURSOR_TAG)) throw notACursor(argument);
  const id = text.slice(CURSOR_TAG.length);
  const pattern = idType === "uuid" ? UUID : idType === "bigint" ? BIGINT : /^[\w:.-]{1,100}$/;
  if (!pattern.test(id)) throw notACursor(argument);
  return id;
}

/**
 * Which way a page is read: forward (`first`, after `after`) or backward (`last`, before `before`).
 * Mixing the two is refused: the specification allows it, but no client needs it and its answers
 * (a page cut at both ends) surprise more than they help.
 */
function directionOf({ first, after, last, before }: PageArgs): {
  size: number;
  anchor: string | null;
  backward: boolean;
} {
  if (first != null && last != null) throw badUserInput("last", "give first or last, not both");
  if (last != null || before != null) {
    if (after != null) throw badUserInput("after", "pages backward (last, before) take no after");
    return { size: last ?? DEFAULT_PAGE_SIZE, anchor: before ?? null, backward: true };
  }
  return { size: first ?? DEFAULT_PAGE_SIZE, anchor: after ?? null, backward: false };
}

/**
 * Keyset pagination over `query`, ordered by `sortField` then id (newest first with "DESC"), forward
 * from `after` or backward to `before`: a page costs one count and one indexed range scan however
 * deep it is, and rows inserted meanwhile do not shift the pages.
 *
 * Cursors are opaque and carry only their row's id (public on every node): the sort value is
 * looked up again through the same scoped `query`, so a cursor reveals no field of the row, and one
 * naming a row the caller's list does not hold (forged, another caller's, or deleted) is refused
 * with BAD_USER_INPUT on `after` or `before`.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sortField: keyof T & string,
  args: PageArgs,
  direction: "ASC" | "DESC" = "ASC",
): Promise<Page<T>> {
  const { size, anchor, backward } = directionOf(args);
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  // Backward reads the list the other way round, then turns the page back.
  const order = backward ? (direction === "ASC" ? "DESC" : "ASC") : direction;
  const pageQuery = query
    .clone()
    .orderBy(`${alias}.${sortField}`, order)
    .addOrderBy(`${alias}.id`, order)
    .take(size + 1);
  if (anchor != null) {
    const argument = backward ? "before" : "after";
    const id = decodeCursor(anchor, query.expressionMap.mainAlias?.metadata?.primaryColumns[0]?.type, argument);
    const row = await query.clone().andWhere(`${alias}.id = :cursorAnchorId`, { cursorAnchorId: id }).getOne();
    if (!row) throw notACursor(argument);
    pageQuery.andWhere(
      `(${alias}.${sortField}, ${alias}.id) ${order === "ASC" ? ">" : "<"} (:cursorSortValue, :cursorId)`,
      {
        cursorSortValue: row[sortField] as unknown,
        cursorId: id,
      },
    );
  }
  const rows = await pageQuery.getMany();
  const more = rows.length > size;
  const nodes = rows.slice(0, size);
  if (backward) nodes.reverse();
  const edges = nodes.map((node) => ({ cursor: encodeCursor(String(node.id)), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      // The row a cursor names lies just beyond the page, on the side the page was read from.
      hasPreviousPage: backward ? more : anchor != null,
      hasNextPage: backward ? anchor != null : more,
    },
  };
}
