import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, type ClassType } from "type-graphql";
import { Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { ConnectionOf, DEFAULT_FIRST, MAX_FIRST } from "../common/connection.ts";
import { unitOfYear } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearOf } from "../years/year.ts";
import type { LedgerKind } from "./ledger-kind.ts";
import { listRecords, recordEntries } from "./ledger.service.ts";
import { RecordFilter, RecordOrder, RecordResult, type LedgerEntryInput, type LedgerRecord } from "./ledger.types.ts";

interface LedgerResolverOptions<E extends LedgerEntryInput, R extends LedgerRecord> {
  kind: LedgerKind<E, R>;
  recordType: ClassType<R>;
  entryType: ClassType<E>;
  /** Name of the list query, e.g. revenueRecords. */
  listName: string;
  /** Name of the batch mutation, e.g. recordRevenue. */
  recordName: string;
  /** Plural noun for descriptions, e.g. "revenue remittances (上解)". */
  what: string;
}

/** One resolver per ledger kind: a filtered connection, a batch mutation and the unit relation. */
export function createLedgerResolver<E extends LedgerEntryInput, R extends LedgerRecord>(options: LedgerResolverOptions<E, R>) {
  const { kind, recordType, entryType, listName, recordName, what } = options;
  const connectionName = `${listName[0].toUpperCase()}${listName.slice(1, -1)}`;
  const ConnectionType = ConnectionOf(recordType, connectionName, what);

  @Resolver(() => recordType)
  class LedgerResolver {
    @Authorized(SIGNED_IN)
    @Query(() => ConnectionType, {
      name: listName,
      description: `The stored ${what} matching a filter, sorted and paged by cursor, with the whole filtered set's count and sum.`,
    })
    async list(
      @Arg("filter", () => RecordFilter, { nullable: true }) filter: RecordFilter | undefined,
      @Arg("orderBy", () => RecordOrder, { nullable: true, description: "Sort order (default DATE_ASC)." }) orderBy: RecordOrder | undefined,
      @Arg("first", () => Int, { nullable: true, description: `Page size, 0–${MAX_FIRST} (default ${DEFAULT_FIRST}).` }) first: number | undefined,
      @Arg("after", () => String, { nullable: true, description: "Continue after this cursor (pageInfo.endCursor of the page before)." })
      after: string | undefined,
      @Ctx() { knex, scope }: Context,
    ) {
      return listRecords(knex, scope, kind, filter, orderBy, first, after);
    }

    @Authorized(Role.CLERK, Role.ADMIN)
    @Mutation(() => RecordResult, {
      name: recordName,
      description:
        `Stores a batch of ${what}: all or nothing. One invalid entry rejects the batch with an error naming ` +
        "each bad entry's index, row, field and reason. Entries whose reference is already stored are listed as duplicates.",
    })
    async record(
      // The service validates the whole batch itself (field rules and batch rules in one report).
      @Arg("entries", () => [entryType], { validateFn: () => {} }) entries: E[],
      @Ctx() { knex }: Context,
    ): Promise<RecordResult> {
      return recordEntries(knex, kind, entries);
    }

    @FieldResolver(() => Unit, { description: "The unit the record belongs to, with its name in the record's year." })
    unit(@Root() record: R, @Ctx() context: Context): Promise<Unit> {
      return unitOfYear(context, record.unitId, yearOf(record.date));
    }
  }
  Object.defineProperty(LedgerResolver, "name", { value: `${recordType.name}Resolver` });
  return LedgerResolver;
}
