import type { Knex } from "knex";
import { yearRange } from "../common/calendar-date.ts";
import { runQueries } from "../common/concurrent-queries.ts";

/**
 * Per-unit totals of one year, computed by PostgreSQL: one aggregate query per ledger, never the
 * individual rows in Node. The assessment engine reads its inputs from here too.
 */
export interface UnitYearTotals {
  unitId: number;
  revenue: { viewingFee: string; inspectionFee: string; arrears: string; total: string };
  costs: {
    /** Repair material dated in the budget window (from the contract's month), warranty exchanges excluded. */
    repairCost: string;
    /** Repair material dated before the budget window (not counted against the budget). */
    repairCostBeforeWindow: string;
    /** Warranty exchanges (recorded, never counted). */
    warrantyExchange: string;
    /** Every other category. */
    otherCost: string;
  };
  callbacks: { satisfied: number; basicallySatisfied: number; dissatisfied: number };
  complaints: { plain: number; repeat: number };
  dispatches: { onTime: number; late: number; refused: number };
  committeeScoreCounts: { satisfaction: number; cooperation: number };
}

export interface TotalsPeriod {
  year: number;
  /** Exclusive end day (YYYY-MM-DD) for a year-to-date period; the whole year when absent. */
  until?: string;
}

function periodRange({ year, until }: TotalsPeriod): [string, string] {
  const [from, endOfYear] = yearRange(year);
  return [from, until && until < endOfYear ? until : endOfYear];
}

const ZERO = "0.00";

function emptyTotals(unitId: number): UnitYearTotals {
  return {
    unitId,
    revenue: { viewingFee: ZERO, inspectionFee: ZERO, arrears: ZERO, total: ZERO },
    costs: { repairCost: ZERO, repairCostBeforeWindow: ZERO, warrantyExchange: ZERO, otherCost: ZERO },
    callbacks: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
    complaints: { plain: 0, repeat: 0 },
    dispatches: { onTime: 0, late: 0, refused: 0 },
    committeeScoreCounts: { satisfaction: 0, cooperation: 0 },
  };
}

const sumWhere = (condition: string, alias: string) => `coalesce(sum(amount) filter (where ${condition}), 0)::numeric(16,2)::text as ${alias}`;
const countWhere = (condition: string, alias: string) => `count(*) filter (where ${condition})::int as ${alias}`;

/**
 * Totals for every unit that has a contract or any record in the period, ordered by unit id.
 * Six aggregate queries in parallel, whatever the number of units.
 */
export async function aggregateYearTotals(knex: Knex, period: TotalsPeriod): Promise<UnitYearTotals[]> {
  const [from, to] = periodRange(period);
  const inPeriod = (table: string) => knex(table).where("record_date", ">=", from).andWhere("record_date", "<", to).groupBy("unit_id");

  const [contracts, revenue, costs, callbacks, complaints, dispatches, scores] = await runQueries(knex, [
    () => knex("contracts").where({ year: period.year }).select("unit_id"),
    () =>
      inPeriod("revenue_records").select(
        "unit_id",
        knex.raw(sumWhere("category = 'VIEWING_FEE'", "viewing_fee")),
        knex.raw(sumWhere("category = 'INSPECTION_FEE'", "inspection_fee")),
        knex.raw(sumWhere("category = 'ARREARS'", "arrears")),
        knex.raw(sumWhere("true", "total")),
      ),
    // The repair window starts at the unit's contract month; without a contract, January.
    () =>
      knex("cost_records as c")
        .leftJoin("contracts as k", function joinContract() {
          this.on("k.unit_id", "=", "c.unit_id").andOn("k.year", "=", knex.raw("?", [period.year]));
        })
        .where("c.record_date", ">=", from)
        .andWhere("c.record_date", "<", to)
        .groupBy("c.unit_id")
        .select(
          "c.unit_id",
          knex.raw(
            sumWhere(
              "c.category = 'REPAIR_MATERIAL' and not c.warranty_exchange and extract(month from c.record_date) >= coalesce(k.repair_budget_from_month, 1)",
              "repair_cost",
            ),
          ),
          knex.raw(
            sumWhere(
              "c.category = 'REPAIR_MATERIAL' and not c.warranty_exchange and extract(month from c.record_date) < coalesce(k.repair_budget_from_month, 1)",
              "repair_cost_before_window",
            ),
          ),
          knex.raw(sumWhere("c.warranty_exchange", "warranty_exchange")),
          knex.raw(sumWhere("c.category <> 'REPAIR_MATERIAL'", "other_cost")),
        ),
    () =>
      inPeriod("callbacks").select(
        "unit_id",
        knex.raw(countWhere("outcome = 'SATISFIED'", "satisfied")),
        knex.raw(countWhere("outcome = 'BASICALLY_SATISFIED'", "basically_satisfied")),
        knex.raw(countWhere("outcome = 'DISSATISFIED'", "dissatisfied")),
      ),
    () => inPeriod("complaints").select("unit_id", knex.raw(countWhere("not is_repeat", "plain")), knex.raw(countWhere("is_repeat", "repeat"))),
    () =>
      inPeriod("dispatch_orders").select(
        "unit_id",
        knex.raw(countWhere("outcome = 'ON_TIME'", "on_time")),
        knex.raw(countWhere("outcome = 'LATE'", "late")),
        knex.raw(countWhere("outcome = 'REFUSED'", "refused")),
      ),
    () =>
      knex("committee_scores")
        .where({ year: period.year })
        .groupBy("unit_id")
        .select(
          "unit_id",
          knex.raw(countWhere("dimension = 'SATISFACTION'", "satisfaction")),
          knex.raw(countWhere("dimension = 'COOPERATION'", "cooperation")),
        ),
  ] as const);

  const byUnit = new Map<number, UnitYearTotals>();
  const totalsOf = (unitId: number) => {
    let totals = byUnit.get(unitId);
    if (!totals) {
      totals = emptyTotals(unitId);
      byUnit.set(unitId, totals);
    }
    return totals;
  };
  for (const row of contracts) totalsOf(row.unit_id);
  for (const row of revenue) {
    totalsOf(row.unit_id).revenue = {
      viewingFee: row.viewing_fee,
      inspectionFee: row.inspection_fee,
      arrears: row.arrears,
      total: row.total,
    };
  }
  for (const row of costs) {
    totalsOf(row.unit_id).costs = {
      repairCost: row.repair_cost,
      repairCostBeforeWindow: row.repair_cost_before_window,
      warrantyExchange: row.warranty_exchange,
      otherCost: row.other_cost,
    };
  }
  for (const row of callbacks) {
    totalsOf(row.unit_id).callbacks = {
      satisfied: row.satisfied,
      basicallySatisfied: row.basically_satisfied,
      dissatisfied: row.dissatisfied,
    };
  }
  for (const row of complaints) totalsOf(row.unit_id).complaints = { plain: row.plain, repeat: row.repeat };
  for (const row of dispatches) {
    totalsOf(row.unit_id).dispatches = { onTime: row.on_time, late: row.late, refused: row.refused };
  }
  for (const row of scores) {
    totalsOf(row.unit_id).committeeScoreCounts = { satisfaction: row.satisfaction, cooperation: row.cooperation };
  }
  return [...byUnit.values()].sort((a, b) => a.unitId - b.unitId);
}

/** Years that have contracts, schemes or committee scores, newest first. */
export async function listKnownYears(knex: Knex): Promise<number[]> {
  const rows = await knex.raw("select year from contracts union select year from schemes union select year from committee_scores order by year desc");
  return rows.rows.map((r: { year: number }) => r.year);
}
