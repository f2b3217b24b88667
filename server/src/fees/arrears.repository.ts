import type { Knex } from "knex";
import { unitCondition } from "./unit-condition.ts";

/** One arrears household with its dunning sums (computed by PostgreSQL). */
export interface HouseholdRow {
  id: string;
  unit_id: number;
  year: number;
  reference: string;
  name: string;
  contact: string;
  address: string;
  years_in_arrears: string;
  amount_owed: string;
  status: string;
  status_reason: string | null;
  amount_paid: string;
  outstanding: string;
  dunning_count: number;
}

export interface DunningRow {
  id: string;
  household_id: string;
  year: number;
  unit_id: number;
  action_date: string;
  method: string;
  outcome: string;
  amount_paid: string;
}

/** The SQL aging bucket of years_in_arrears, the same boundaries as collection-rules.ts agingBucket. */
const AGING_SQL = "case when h.years_in_arrears < 1 then 'UNDER_1' when h.years_in_arrears <= 3 then 'FROM_1_TO_3' else 'OVER_3' end";

export interface HouseholdFilter {
  year: number;
  /** Only these units (null: every unit). */
  units: number[] | null;
  status?: string | null;
  aging?: string | null;
  ids?: readonly string[];
  keys?: { unitId: number; reference: string }[];
}

function householdQuery(knex: Knex, filter: HouseholdFilter) {
  const paid = knex("dunning_actions").select("household_id").sum({ paid: "amount_paid" }).count({ actions: "*" }).groupBy("household_id").as("d");
  const query = knex("arrears_households as h")
    .leftJoin(paid, "d.household_id", "h.id")
    .where("h.year", filter.year)
    .orderBy([{ column: "h.unit_id" }, { column: "h.reference" }])
    .select(
      knex.raw("h.id::text as id"),
      "h.unit_id",
      "h.year",
      "h.reference",
      "h.name",
      "h.contact",
      "h.address",
      knex.raw("h.years_in_arrears::text as years_in_arrears"),
      knex.raw("h.amount_owed::text as amount_owed"),
      "h.status",
      "h.status_reason",
      knex.raw("coalesce(d.paid, 0)::numeric(16,2)::text as amount_paid"),
      knex.raw("greatest(h.amount_owed - coalesce(d.paid, 0), 0)::numeric(16,2)::text as outstanding"),
      knex.raw("coalesce(d.actions, 0)::int as dunning_count"),
    );
  if (filter.units !== null) query.whereIn("h.unit_id", filter.units);
  if (filter.status) query.where("h.status", filter.status);
  if (filter.aging) query.whereRaw(`${AGING_SQL} = ?`, [filter.aging]);
  if (filter.ids) query.whereIn("h.id", filter.ids as string[]);
  if (filter.keys) {
    query.whereIn(
      ["h.unit_id", "h.reference"],
      filter.keys.map((k) => [k.unitId, k.reference]),
    );
  }
  return query;
}

export async function findHouseholds(knex: Knex, filter: HouseholdFilter): Promise<HouseholdRow[]> {
  if ((filter.ids && filter.ids.length === 0) || (filter.keys && filter.keys.length === 0)) return [];
  return householdQuery(knex, filter);
}

/** Households by id, whatever their year (for the nested DunningAction.household). */
export async function findHouseholdsByIds(knex: Knex, ids: readonly string[]): Promise<HouseholdRow[]> {
  if (ids.length === 0) return [];
  const years = await knex("arrears_households")
    .whereIn("id", ids as string[])
    .distinct("year");
  const rows: HouseholdRow[] = [];
  for (const { year } of years) rows.push(...(await findHouseholds(knex, { year, units: null, ids })));
  return rows;
}

export async function findDunning(
  knex: Knex,
  filter: { year?: number; units?: number[] | null; householdIds?: readonly string[]; unitId?: number; reference?: string },
): Promise<DunningRow[]> {
  const query = knex("dunning_actions as a")
    .join("arrears_households as h", "h.id", "a.household_id")
    .orderBy([{ column: "a.action_date" }, { column: "a.id" }])
    .select(
      knex.raw("a.id::text as id"),
      knex.raw("a.household_id::text as household_id"),
      "a.year",
      "h.unit_id",
      knex.raw("to_char(a.action_date, 'YYYY-MM-DD') as action_date"),
      "a.method",
      "a.outcome",
      knex.raw("a.amount_paid::text as amount_paid"),
    );
  if (filter.year !== undefined) query.where("a.year", filter.year);
  if (filter.units) query.whereIn("h.unit_id", filter.units);
  if (filter.householdIds) query.whereIn("a.household_id", filter.householdIds as string[]);
  if (filter.unitId !== undefined) query.where("h.unit_id", filter.unitId);
  if (filter.reference !== undefined) query.where("h.reference", filter.reference);
  return query;
}

export interface AgingRow {
  unit_id: number;
  bucket: string;
  households: number;
  amount_owed: string;
  outstanding: string;
}

/** Households, amounts owed and (of OPEN households) outstanding per unit and aging bucket, summed in SQL. */
export async function agingByUnit(knex: Knex, year: number, units: number[] | null): Promise<AgingRow[]> {
  const unitsShown = unitCondition("h.unit_id", units);
  const result = await knex.raw(
    `select h.unit_id, ${AGING_SQL} as bucket, count(*)::int as households,
       sum(h.amount_owed)::numeric(16,2)::text as amount_owed,
       coalesce(sum(greatest(h.amount_owed - coalesce(d.paid, 0), 0)) filter (where h.status = 'OPEN'), 0)::numeric(16,2)::text as outstanding
     from arrears_households h
     left join (select household_id, sum(amount_paid) as paid from dunning_actions group by household_id) d on d.household_id = h.id
     where h.year = ? and ${unitsShown.sql}
     group by h.unit_id, bucket
     order by h.unit_id, min(h.years_in_arrears)`,
    [year, ...unitsShown.bindings],
  );
  return result.rows;
}

export interface DunningMonthRow {
  unit_id: number;
  month: number;
  actions: number;
  amount_paid: string;
}

/** Per unit and month: dunning actions and the amount they brought in, summed in SQL. */
export async function dunningMonths(knex: Knex, year: number, units: number[] | null): Promise<DunningMonthRow[]> {
  const unitsShown = unitCondition("h.unit_id", units);
  const result = await knex.raw(
    `select h.unit_id, extract(month from a.action_date)::int as month, count(*)::int as actions,
       sum(a.amount_paid)::numeric(16,2)::text as amount_paid
     from dunning_actions a join arrears_households h on h.id = a.household_id
     where a.year = ? and ${unitsShown.sql}
     group by h.unit_id, extract(month from a.action_date)
     order by h.unit_id, month`,
    [year, ...unitsShown.bindings],
  );
  return result.rows;
}

export interface HouseholdWrite {
  unit_id: number;
  year: number;
  reference: string;
  name: string;
  contact: string;
  address: string;
  years_in_arrears: string;
  amount_owed: string;
}

/** Inserts or replaces households by (year, unit, 户号); their status and dunning log stay. */
export async function upsertHouseholds(trx: Knex.Transaction, rows: HouseholdWrite[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    await trx("arrears_households")
      .insert(rows.slice(i, i + 2000))
      .onConflict(["year", "unit_id", "reference"])
      .merge(["name", "contact", "address", "years_in_arrears", "amount_owed"]);
  }
}

export interface DunningWrite {
  household_id: string;
  year: number;
  action_date: string;
  method: string;
  outcome: string;
  amount_paid: string;
}

export async function insertDunning(trx: Knex.Transaction, rows: DunningWrite[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await trx("dunning_actions").insert(rows.slice(i, i + 2000));
}

/** OPEN households of these ids whose payments reach what they owe become PAID. */
export async function markPaid(trx: Knex.Transaction, householdIds: string[], actor: string): Promise<void> {
  if (householdIds.length === 0) return;
  await trx.raw(
    `update arrears_households h set status = 'PAID', status_reason = null, status_changed_by = ?, status_changed_at = now()
     where h.id = any(?::bigint[]) and h.status = 'OPEN'
       and (select coalesce(sum(amount_paid), 0) from dunning_actions where household_id = h.id) >= h.amount_owed`,
    [actor, householdIds],
  );
}

export async function updateStatus(trx: Knex.Transaction, id: string, status: string, reason: string | null, actor: string): Promise<void> {
  await trx("arrears_households").where({ id }).update({ status, status_reason: reason, status_changed_by: actor, status_changed_at: trx.fn.now() });
}
