import { Max, Min } from "class-validator";
import type { GraphQLError } from "graphql";
import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "../errors.js";
import { Public } from "../security/classification.js";

@ObjectType({ description: "Where a page of results ends, and whether more follow it." })
@Directive("@shareable")
@Public()
export class PageInfo {
  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last item on this page; pass it as `after` to fetch the next page.",
  })
  endCursor: string | null;

  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage: boolean;
}

/** A page of items of one type: `Connection(Agency)` gives `nodes`, `pageInfo` and `totalCount`. */
export function Connection<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  @Public()
  abstract class ConnectionType {
    @Field(() => [itemType], { description: "The items on this page, in order." })
    nodes: T[];

    @Field(() => PageInfo, { description: "Where this page ends, and whether more follow." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items match the filter across all pages." })
    totalCount: number;
  }
  return ConnectionType;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items to return (1 to ${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, {
    nullable: true,
    description: "Return the items after this cursor (a previous page's `pageInfo.endCursor`).",
  })
  after?: string | null;
}

/** A cursor names the last row of a page and nothing else: version tag, then the row's id. */
const CURSOR_TAG = "c2:";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BIGINT = /^\d{1,18}$/;

function encodeCursor(id: string): string {
  return Buffer.from(`${CURSOR_TAG}${id}`).toString("base64url");
}

function notACursor(): GraphQLError {
  return badUserInput("after", "is not a cursor of this list (pass a previous page's pageInfo.endCursor unchanged)");
}

/** The row id a cursor names, checked against the id column's type so a forged one never reaches SQL. */
function decodeCursor(cursor: string, idType: unknown): string {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw notACursor();
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith(CURSOR_TAG)) throw notACursor();
  const id = text.slice(CURSOR_TAG.length);
  const pattern = idType === "uuid" ? UUID : idType === "bigint" ? BIGINT : /^[\w:.-]{1,100}$/;
  if (!pattern.test(id)) throw notACursor();
  return id;
}

/**
 * Keyset pagination over `query`, ordered by `sortField` then id (newest first with "DESC"): a page
 * costs one count and one indexed range scan however deep it is, and rows inserted meanwhile do not
 * shift the pages.
 *
 * Cursors are opaque and carry only the last row's id (public on every node): the sort value is
 * looked up again through the same scoped `query`, so a cursor reveals no field of the row, and one
 * naming a row the caller's list does not hold (forged, another caller's, or deleted) is refused
 * with BAD_USER_INPUT on `after`.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sortField: keyof T & string,
  { first, after }: PageArgs,
  direction: "ASC" | "DESC" = "ASC",
): Promise<Page<T>> {
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  const pageQuery = query
    .clone()
    .orderBy(`${alias}.${sortField}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(first + 1);
  if (after != null) {
    const id = decodeCursor(after, query.expressionMap.mainAlias?.metadata?.primaryColumns[0]?.type);
    const anchor = await query.clone().andWhere(`${alias}.id = :cursorAnchorId`, { cursorAnchorId: id }).getOne();
    if (!anchor) throw notACursor();
    const sortValue = anchor[sortField] as unknown;
    pageQuery.andWhere(
      `(${alias}.${sortField}, ${alias}.id) ${direction === "ASC" ? ">" : "<"} (:cursorSortValue, :cursorId)`,
      {
        cursorSortValue: sortValue,
        cursorId: id,
      },
    );
  }
  const rows = await pageQuery.getMany();
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(String(last.id)) : null,
    },
  };
}
