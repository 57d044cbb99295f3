import { Max, Min } from "class-validator";
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

type Cursor = [string | number, string];

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(cursor: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === "string") return value as Cursor;
  } catch {
    // fall through to the typed error
  }
  throw badUserInput("after", "is not a cursor this API returned");
}

/**
 * Keyset pagination over `query`, ordered by `sortField` then id (newest first with "DESC"): a page
 * costs one count and one indexed range scan however deep it is, and rows inserted meanwhile do not
 * shift the pages.
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
  if (after) {
    const [sortValue, id] = decodeCursor(after);
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
      endCursor: last ? encodeCursor([last[sortField] as string | number, last.id]) : null,
    },
  };
}
