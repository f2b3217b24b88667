import type { Knex } from "knex";
import { yearRange } from "../common/calendar-date.ts";
import { runQueries } from "../common/concurrent-queries.ts";

/** One unit's figures for one calendar month, summed by PostgreSQL (for monthly charts). */
export interface UnitMonthTotals {
  unitId: number;
  month: number;
  viewingFee: string;
  inspectionFee: string;
  arrears: string;
  revenue: string;
  repairCost: string;
  otherCost: string;
  callbacksSatisfied: number;
  callbacksBasicallySatisfied: number;
  callbacksDissatisfied: number;
  complaints: number;
  repeatComplaints: number;
  dispatchesOnTime: number;
  dispatchesLate: number;
  dispatchesRefused: number;
}

const money = (condition: string, alias: string) => `coalesce(sum(amount) filter (where ${condition}), 0)::text as ${alias}`;
const count = (condition: string, alias: string) => `count(*) filter (where ${condition})::int as ${alias}`;

/**
 * Per unit and month of a year: at most 12 rows per unit whatever the number of records, so a
 * chart never receives raw ledger rows. Repair cost counts, as the assessment does, only repair
 * material in the contract's budget window and never warranty exchanges.
 */
export async function aggregateMonthlyTotals(knex: Knex, year: number, unitId?: number): Promise<UnitMonthTotals[]> {
  const [from, to] = yearRange(year);
  const grouped = (table: string, alias = table) => {
    const query = knex(`${table} as ${alias}`)
      .where(`${alias}.record_date`, ">=", from)
      .andWhere(`${alias}.record_date`, "<", to)
      .groupByRaw(`${alias}.unit_id, extract(month from ${alias}.record_date)`)
      .select(`${alias}.unit_id`, knex.raw(`extract(month from ${alias}.record_date)::int as month`));
    if (unitId !== undefined) query.andWhere(`${alias}.unit_id`, unitId);
    return query;
  };
  const [revenue, costs, callbacks, complaints, dispatches] = await runQueries(knex, [
    () =>
      grouped("revenue_records", "r").select(
        knex.raw(money("category = 'VIEWING_FEE'", "viewing_fee")),
        knex.raw(money("category = 'INSPECTION_FEE'", "inspection_fee")),
        knex.raw(money("category = 'ARREARS'", "arrears")),
        knex.raw(money("true", "revenue")),
      ),
    () =>
      grouped("cost_records", "c")
        .leftJoin("contracts as k", function joinContract() {
          this.on("k.unit_id", "=", "c.unit_id").andOn("k.year", "=", knex.raw("?", [year]));
        })
        .select(
          knex.raw(
            money(
              "c.category = 'REPAIR_MATERIAL' and not c.warranty_exchange and extract(month from c.record_date) >= coalesce(k.repair_budget_from_month, 1)",
              "repair_cost",
            ),
          ),
          knex.raw(money("c.category <> 'REPAIR_MATERIAL'", "other_cost")),
        ),
    () =>
      grouped("callbacks").select(
        knex.raw(count("outcome = 'SATISFIED'", "satisfied")),
        knex.raw(count("outcome = 'BASICALLY_SATISFIED'", "basically_satisfied")),
        knex.raw(count("outcome = 'DISSATISFIED'", "dissatisfied")),
      ),
    () => grouped("complaints").select(knex.raw(count("not is_repeat", "plain")), knex.raw(count("is_repeat", "repeat"))),
    () =>
      grouped("dispatch_orders").select(
        knex.raw(count("outcome = 'ON_TIME'", "on_time")),
        knex.raw(count("outcome = 'LATE'", "late")),
        knex.raw(count("outcome = 'REFUSED'", "refused")),
      ),
  ] as const);

  const rows = new Map<string, UnitMonthTotals>();
  const rowOf = (unit: number, month: number) => {
    const key = `${unit}/${month}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        unitId: unit,
        month,
        viewingFee: "0",
        inspectionFee: "0",
        arrears: "0",
        revenue: "0",
        repairCost: "0",
        otherCost: "0",
        callbacksSatisfied: 0,
        callbacksBasicallySatisfied: 0,
        callbacksDissatisfied: 0,
        complaints: 0,
        repeatComplaints: 0,
        dispatchesOnTime: 0,
        dispatchesLate: 0,
        dispatchesRefused: 0,
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const r of revenue)
    Object.assign(rowOf(r.unit_id, r.month), { viewingFee: r.viewing_fee, inspectionFee: r.inspection_fee, arrears: r.arrears, revenue: r.revenue });
  for (const r of costs) Object.assign(rowOf(r.unit_id, r.month), { repairCost: r.repair_cost, otherCost: r.other_cost });
  for (const r of callbacks) {
    Object.assign(rowOf(r.unit_id, r.month), {
      callbacksSatisfied: r.satisfied,
      callbacksBasicallySatisfied: r.basically_satisfied,
      callbacksDissatisfied: r.dissatisfied,
    });
  }
  for (const r of complaints) Object.assign(rowOf(r.unit_id, r.month), { complaints: r.plain, repeatComplaints: r.repeat });
  for (const r of dispatches) {
    Object.assign(rowOf(r.unit_id, r.month), { dispatchesOnTime: r.on_time, dispatchesLate: r.late, dispatchesRefused: r.refused });
  }
  return [...rows.values()].sort((a, b) => a.unitId - b.unitId || a.month - b.month);
}
