import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, type ClassType } from "type-graphql";
import { Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { PageInput, PageOf } from "../common/pagination.ts";
import { unitOfYear } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearOf } from "../years/year.ts";
import type { LedgerKind } from "./ledger-kind.ts";
import { listEntries, recordEntries } from "./ledger.service.ts";
import { RecordFilter, RecordResult, type LedgerEntryInput, type LedgerRecord } from "./ledger.types.ts";

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

/** One resolver per ledger kind: a paged list query, a batch mutation and the unit relation. */
export function createLedgerResolver<E extends LedgerEntryInput, R extends LedgerRecord>(options: LedgerResolverOptions<E, R>) {
  const { kind, recordType, entryType, listName, recordName, what } = options;
  const PageType = PageOf(recordType, `${recordType.name}Page`, what);

  @Resolver(() => recordType)
  class LedgerResolver {
    @Authorized(SIGNED_IN)
    @Query(() => PageType, { name: listName, description: `The ${what} of a year, optionally of one unit or month, paged.` })
    async list(
      @Arg("filter", () => RecordFilter) filter: RecordFilter,
      @Arg("page", () => PageInput, { nullable: true }) page: PageInput | undefined,
      @Ctx() { knex, scope }: Context,
    ) {
      return listEntries(knex, scope, kind, filter, page);
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
