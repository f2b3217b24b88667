import type { Knex } from "knex";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import type { ColumnType, AnyLedgerKind } from "./ledger-kind.ts";
import type { LedgerRecord } from "./ledger.types.ts";

const BASE_TYPES: { [column: string]: ColumnType } = { unit_id: "int", record_date: "date", reference: "text" };
/** Rows per bulk statement: large enough to be fast, small enough to keep each JSON parameter a few MB. */
const INSERT_CHUNK = 10_000;

/** A row to store: the shared columns, the kind's columns and, for a linked correction, the reference it corrects. */
export type LedgerRow = { unit_id: number; record_date: string; reference: string; corrects?: string | null } & { [column: string]: unknown };

/**
 * Inserts rows with one statement per 10,000 (the rows travel as one JSON parameter and are
 * unpacked by jsonb_to_recordset, a staging table PostgreSQL builds itself), skipping any whose
 * reference is already stored, and returns the references it stored. ON CONFLICT DO NOTHING
 * makes this safe under concurrent identical batches: the second waits for the first to commit
 * and then skips its rows. A linked correction's corrects_id is found by its reference in the
 * same statement, so originals stored earlier in the transaction (the same file) are found too;
 * corrections are therefore inserted after everything else.
 */
export async function insertRows(
  trx: Knex.Transaction,
  kind: AnyLedgerKind,
  rows: LedgerRow[],
  onProgress?: (done: number) => void,
): Promise<Set<string>> {
  const stored = new Set<string>();
  let done = 0;
  const plain = rows.filter((row) => !row.corrects);
  const linked = rows.filter((row) => row.corrects);
  for (const [group, withCorrects] of [
    [plain, false],
    [linked, true],
  ] as const) {
    for (let i = 0; i < group.length; i += INSERT_CHUNK) {
      const chunk = group.slice(i, i + INSERT_CHUNK);
      for (const reference of await insertChunk(trx, kind, chunk, withCorrects)) stored.add(reference);
      done += chunk.length;
      onProgress?.(done);
    }
  }
  return stored;
}

async function insertChunk(trx: Knex.Transaction, kind: AnyLedgerKind, rows: LedgerRow[], withCorrects: boolean): Promise<string[]> {
  const types = { ...BASE_TYPES, ...kind.columns };
  const columns = Object.keys(types);
  const recordType = [...columns.map((c) => `${c} ${types[c]}`), ...(withCorrects ? ["corrects text"] : [])].join(", ");
  const target = [...columns, ...(withCorrects ? ["corrects_id"] : [])].join(", ");
  const source = [...columns.map((c) => `u.${c}`), ...(withCorrects ? ["o.id"] : [])].join(", ");
  const join = withCorrects ? `join ${kind.table} o on o.reference = u.corrects` : "";
  const result = await trx.raw<{ rows: { reference: string }[] }>(
    `insert into ${kind.table} (${target})
     select ${source} from jsonb_to_recordset(?::jsonb) as u(${recordType}) ${join}
     on conflict (reference) do nothing returning reference`,
    [JSON.stringify(rows)],
  );
  return result.rows.map((row) => row.reference);
}

/** Stored rows of these references (shared and kind columns), for duplicates and conflicts. */
export async function selectByReferences(knex: Knex, kind: AnyLedgerKind, references: string[]): Promise<Map<string, { [column: string]: unknown }>> {
  const found = new Map<string, { [column: string]: unknown }>();
  for (let i = 0; i < references.length; i += INSERT_CHUNK * 5) {
    const rows = await knex.raw<{ rows: { [column: string]: unknown }[] }>(
      `select t.id, t.unit_id, (select code from units where id = t.unit_id) as unit_code, t.record_date, t.reference, ${Object.keys(kind.columns)
        .map((c) => `t.${c}`)
        .join(", ")}${kind.money ? ", c.reference as corrects" : ""}
       from ${kind.table} t ${kind.money ? `left join ${kind.table} c on c.id = t.corrects_id` : ""}
       where t.reference in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(references.slice(i, i + INSERT_CHUNK * 5))],
    );
    for (const row of rows.rows) found.set(String(row.reference), row);
  }
  return found;
}

export interface CorrectedRecord {
  id: number;
  unitId: number;
  unitCode: string;
  amount: string;
  isCorrection: boolean;
  /** The sum of the corrections already stored for it (≤ 0). */
  corrected: string;
}

/**
 * The records that corrections name, with the corrections already stored for each. With `lock`
 * (inside the storing transaction) the originals are locked, so two concurrent corrections of one
 * record cannot together exceed it.
 */
export async function selectCorrected(knex: Knex, table: string, references: string[], lock: boolean): Promise<Map<string, CorrectedRecord>> {
  const found = new Map<string, CorrectedRecord>();
  if (references.length === 0) return found;
  const rows = await knex.raw<{
    rows: { id: number; unit_id: number; unit_code: string; reference: string; amount: string; is_correction: boolean; corrected: string }[];
  }>(
    `select o.id, o.unit_id, (select code from units where id = o.unit_id) as unit_code, o.reference, o.amount::text as amount, o.is_correction,
       (select coalesce(sum(c.amount), 0)::text from ${table} c where c.corrects_id = o.id) as corrected
     from ${table} o where o.reference in (select jsonb_array_elements_text(?::jsonb)) ${lock ? "for update of o" : ""}`,
    [JSON.stringify(references)],
  );
  for (const row of rows.rows) {
    found.set(row.reference, {
      id: row.id,
      unitId: row.unit_id,
      unitCode: row.unit_code,
      amount: row.amount,
      isCorrection: row.is_correction,
      corrected: row.corrected,
    });
  }
  return found;
}

export interface RecordQuery {
  from?: string;
  /** Exclusive. */
  to?: string;
  /** The year the scope is decided by, when the query is within one year. */
  year?: number;
  unitId?: number;
  /** SQL conditions on the table (alias t), with their bindings. */
  conditions: { sql: string; bindings: unknown[] }[];
  sortColumn: "record_date" | "amount";
  descending: boolean;
  after?: { sortValue: string; id: number };
  first: number;
  /** Money ledgers in net mode: the amount with its corrections, and linked corrections left out. */
  net: boolean;
}

function filtered(knex: Knex, table: string, query: RecordQuery) {
  const builder = knex({ t: table });
  if (query.from) builder.where("t.record_date", ">=", query.from);
  if (query.to) builder.where("t.record_date", "<", query.to);
  if (query.unitId !== undefined) builder.where("t.unit_id", query.unitId);
  for (const condition of query.conditions) builder.whereRaw(condition.sql, condition.bindings as Knex.RawBinding[]);
  return builder;
}

/**
 * One page of a ledger in keyset order (sort value, id), with the filtered set's count and sum in
 * the same round trip. The corrections of the page's records come from a lateral subquery over
 * the corrects_id index, for the page only.
 */
export async function selectRecords(
  knex: Knex,
  scope: ViewerScope,
  kind: AnyLedgerKind,
  query: RecordQuery,
  withTotals = true,
): Promise<{ rows: { [column: string]: unknown }[]; totalCount: number; sum: string | null }> {
  const base = filtered(knex, kind.table, query);
  if (query.year !== undefined) await scope.restrict(base, "t.unit_id", query.year);
  else await scope.restrictByRecordYear(base, "t.unit_id", "t.record_date");

  const netAmount = "(t.amount + coalesce(k.corrected, 0))";
  const page = base.clone();
  if (kind.money) {
    page.joinRaw(
      `left join lateral (select sum(c.amount) as corrected, array_agg(c.reference order by c.id) as corrected_by
         from ${kind.table} c where c.corrects_id = t.id) k on true`,
    );
    page.joinRaw(`left join ${kind.table} o on o.id = t.corrects_id`);
  }
  const sortExpression = query.sortColumn === "amount" ? (query.net ? netAmount : "t.amount") : "t.record_date";
  if (query.after) {
    const comparison = query.descending ? "<" : ">";
    const cast = query.sortColumn === "amount" ? "numeric" : "date";
    page.whereRaw(`(${sortExpression}, t.id) ${comparison} (?::${cast}, ?)`, [query.after.sortValue, query.after.id]);
  }
  const direction = query.descending ? "desc" : "asc";
  page
    .select(
      "t.id",
      "t.unit_id",
      "t.record_date",
      "t.reference",
      "t.created_at",
      ...Object.keys(kind.columns).map((c) => `t.${c}`),
      ...(kind.money
        ? [
            knex.raw("o.reference as corrects"),
            knex.raw("coalesce(k.corrected_by, '{}') as corrected_by"),
            knex.raw(`${netAmount}::numeric(16,2)::text as net_amount`),
          ]
        : []),
      ...(kind.voidable ? ["t.voided_at", "t.voided_by", "t.void_reason"] : []),
      knex.raw(`(${sortExpression})::text as sort_value`),
    )
    .orderByRaw(`${sortExpression} ${direction}, t.id ${direction}`)
    .limit(query.first + 1);

  const totals = base.clone();
  if (kind.money && query.net) {
    totals.select(
      knex.raw("count(*)::int as count"),
      knex.raw(
        `(coalesce(sum(t.amount), 0) + coalesce(sum((select sum(c.amount) from ${kind.table} c where c.corrects_id = t.id)), 0))::numeric(16,2)::text as sum`,
      ),
    );
  } else {
    totals.select(
      knex.raw("count(*)::int as count"),
      knex.raw(kind.money ? "coalesce(sum(t.amount), 0)::numeric(16,2)::text as sum" : "null as sum"),
    );
  }
  if (!withTotals) return { rows: await page, totalCount: 0, sum: null };
  const [rows, summary] = await Promise.all([page, totals.first()]);
  return { rows, totalCount: Number(summary?.count ?? 0), sum: summary?.sum ?? null };
}

/** Marks a record voided (the finalised-year trigger refuses it in a finalised year); false when already voided. */
export async function markVoided(knex: Knex, table: string, id: number, by: string, reason: string): Promise<boolean> {
  const updated = await knex(table).where({ id }).whereNull("voided_at").update({ voided_at: knex.fn.now(), voided_by: by, void_reason: reason });
  return updated > 0;
}

export async function findByReference(
  knex: Knex,
  table: string,
  reference: string,
): Promise<{ id: number; unit_id: number; record_date: string; voided_at: Date | null } | undefined> {
  return knex(table).where({ reference }).first("id", "unit_id", "record_date", "voided_at");
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
