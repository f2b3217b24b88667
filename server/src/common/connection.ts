import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { MoneyScalar } from "./scalars.ts";
import { invalidField } from "./errors.ts";

export const MAX_FIRST = 1000;
export const DEFAULT_FIRST = 100;

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  /** The filtered set's sum (money ledgers), null for the counted ones. */
  sum: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Where a page of a connection ends and whether more follows." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether another page follows (ask again with after: endCursor)." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of this page's last edge (null when it is empty)." })
  endCursor!: string | null;
}

/**
 * A Relay-style connection type for one node type: edges with opaque cursors, the page info, and
 * the count and money sum of the whole filtered set (computed by PostgreSQL, not over the page).
 */
export function ConnectionOf<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One of the ${what} with its cursor.` })
  class EdgeClass {
    @Field(() => nodeType, { description: "The record." })
    node!: T;

    @Field(() => String, { description: "Opaque position of this record in the ordering; pass it as `after` to continue." })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${what} matching a filter, with the whole set's count and sum.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeClass], { description: `The ${what} of this page, in the order asked for.` })
    edges!: { node: T; cursor: string }[];

    @Field(() => PageInfo, { description: "Whether more follows, and from where." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many records match the filter in all pages." })
    totalCount!: number;

    @Field(() => MoneyScalar, { nullable: true, description: "Sum of the matching records' amounts, yuan (null for ledgers without amounts)." })
    sum!: string | null;
  }
  return ConnectionClass;
}

/** A cursor is the sort value and id of a record, opaque to callers. */
export function encodeCursor(sortValue: string, id: number): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString("base64url");
}

export function decodeCursor(cursor: string): { sortValue: string; id: number } {
  try {
    const [sortValue, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if (typeof sortValue === "string" && Number.isSafeInteger(id)) return { sortValue, id: id as number };
  } catch {
    // falls through to the refusal
  }
  throw invalidField("after", "NOT_ALLOWED_HERE", { got: cursor.slice(0, 40) });
}

export function checkFirst(first: number | null | undefined): number {
  const n = first ?? DEFAULT_FIRST;
  if (!Number.isInteger(n) || n < 0 || n > MAX_FIRST) throw invalidField("first", "WHOLE_NUMBER_RANGE", { min: 0, max: MAX_FIRST, got: String(n) });
  return n;
}
