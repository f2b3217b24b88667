import { Field, InputType, Int, ObjectType, type ClassType } from "type-graphql";
import { InvalidInputError } from "./errors.ts";

export const MAX_PAGE_SIZE = 1000;

@InputType({ description: "Which slice of a long list to return." })
export class PageInput {
  @Field(() => Int, { description: "How many items to skip from the start.", defaultValue: 0 })
  offset: number = 0;

  @Field(() => Int, { description: `How many items to return (1–${MAX_PAGE_SIZE}).`, defaultValue: 100 })
  limit: number = 100;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
}

export function checkPage(page: PageInput | undefined): { offset: number; limit: number } {
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? 100;
  const invalid = [];
  if (!Number.isInteger(offset) || offset < 0) invalid.push({ field: "page.offset", reason: "must be 0 or more" });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    invalid.push({ field: "page.limit", reason: `must be from 1 to ${MAX_PAGE_SIZE}` });
  }
  if (invalid.length > 0) throw new InvalidInputError(invalid, "page");
  return { offset, limit };
}

/** A GraphQL page type for one item type: the items plus what is needed to page through them. */
export function PageOf<T extends object>(itemType: ClassType<T>, name: string, what: string) {
  @ObjectType(name, { description: `One page of ${what}, with the total count matching the filter.` })
  class PageClass implements Page<T> {
    @Field(() => [itemType], { description: `The ${what} of this page, in date order.` })
    items!: T[];

    @Field(() => Int, { description: "How many items match the filter in all pages." })
    totalCount!: number;

    @Field(() => Int, { description: "The offset this page starts at." })
    offset!: number;

    @Field(() => Int, { description: "The page size asked for." })
    limit!: number;
  }
  return PageClass;
}
