import type { Knex } from "knex";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { yearRange } from "../years/year.ts";
import type { LedgerRecord } from "./ledger.types.ts";

const BASE_COLUMNS = ["id", "unit_id", "record_date", "reference", "created_at"];
const INSERT_CHUNK = 1000;

/**
 * Inserts rows, skipping any whose reference is already stored, and returns the references it
 * stored. ON CONFLICT DO NOTHING makes this safe under concurrent identical batches: the second
 * waits for the first to commit and then skips its rows instead of storing them twice.
 */
export async function insertSkippingStoredReferences(trx: Knex.Transaction, table: string, rows: { reference: string }[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const inserted = await trx(table)
      .insert(rows.slice(i, i + INSERT_CHUNK))
      .onConflict("reference")
      .ignore()
      .returning("reference");
    for (const row of inserted as { reference: string }[]) stored.add(row.reference);
  }
  return stored;
}

export interface LedgerQuery {
  year: number;
  unitId?: number;
  month?: number;
  offset: number;
  limit: number;
}

export async function selectLedgerPage(
  knex: Knex,
  scope: ViewerScope,
  table: string,
  kindColumns: string[],
  query: LedgerQuery,
): Promise<{ rows: { [column: string]: unknown }[]; totalCount: number }> {
  const [from, to] =
    query.month === undefined
      ? yearRange(query.year)
      : [
          `${query.year}-${String(query.month).padStart(2, "0")}-01`,
          query.month === 12 ? `${query.year + 1}-01-01` : `${query.year}-${String(query.month + 1).padStart(2, "0")}-01`,
        ];
  const filtered = knex(table).where("record_date", ">=", from).andWhere("record_date", "<", to);
  if (query.unitId !== undefined) filtered.andWhere("unit_id", query.unitId);
  await scope.restrict(filtered, "unit_id", query.year);
  const [rows, count] = await Promise.all([
    filtered
      .clone()
      .select([...BASE_COLUMNS, ...kindColumns])
      .orderBy([{ column: "record_date" }, { column: "id" }])
      .offset(query.offset)
      .limit(query.limit),
    filtered.clone().count<{ count: number }[]>({ count: "*" }).first(),
  ]);
  return { rows, totalCount: Number(count?.count ?? 0) };
}

export function toLedgerRecord(row: { [column: string]: unknown }): LedgerRecord {
  return {
    id: String(row.id),
    unitId: Number(row.unit_id),
    date: String(row.record_date),
    reference: String(row.reference),
    recordedAt: (row.created_at as Date).toISOString(),
  };
}
