import { Field, InputType, Int, ObjectType, type ClassType } from "type-graphql";
import { WholeNumber } from "./validation.ts";

export const MAX_PAGE_SIZE = 1000;

@InputType({ description: "Which slice of a long list to return." })
export class PageInput {
  @Field(() => Int, { description: "How many items to skip from the start.", defaultValue: 0 })
  @WholeNumber(0, 100_000_000)
  offset: number = 0;

  @Field(() => Int, { description: `How many items to return (1–${MAX_PAGE_SIZE}).`, defaultValue: 100 })
  @WholeNumber(1, MAX_PAGE_SIZE)
  limit: number = 100;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
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
