import type { Knex } from "knex";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { runQueries } from "../common/concurrent-queries.ts";
import { yearRange } from "../years/year.ts";
import { aggregateLedger, type Ledger, LEDGERS } from "./ledger-aggregates.ts";

/**
 * Per-unit totals of one year, computed by PostgreSQL: one aggregate query per ledger, never the
 * individual rows in Node. The assessment engine reads its inputs from here too.
 */
export interface UnitYearTotalsRow {
  unitId: number;
  year: number;
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

export function periodRange({ year, until }: TotalsPeriod): [string, string] {
  const [from, endOfYear] = yearRange(year);
  return [from, until && until < endOfYear ? until : endOfYear];
}

const ZERO = "0.00";

function emptyTotals(unitId: number, year: number): UnitYearTotalsRow {
  return {
    unitId,
    year,
    revenue: { viewingFee: ZERO, inspectionFee: ZERO, arrears: ZERO, total: ZERO },
    costs: { repairCost: ZERO, repairCostBeforeWindow: ZERO, warrantyExchange: ZERO, otherCost: ZERO },
    callbacks: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
    complaints: { plain: 0, repeat: 0 },
    dispatches: { onTime: 0, late: 0, refused: 0 },
    committeeScoreCounts: { satisfaction: 0, cooperation: 0 },
  };
}

/**
 * Totals for every unit the scope may read that has a contract or any record in the period,
 * ordered by unit id: one aggregate statement per ledger asked for (all five by default), plus
 * contracts and score counts — whatever the number of units.
 */
export async function aggregateYearTotals(
  knex: Knex,
  scope: ViewerScope,
  period: TotalsPeriod,
  ledgers: readonly Ledger[] = LEDGERS,
): Promise<UnitYearTotalsRow[]> {
  const [from, to] = periodRange(period);
  const units = await scope.visibleUnits(period.year);
  const wanted = new Set(ledgers);
  const skip = async () => [] as Record<string, never>[];
  const ledger = (name: Ledger) => (wanted.has(name) ? () => aggregateLedger(knex, name, { from, to, units }) : skip);
  const restricted = <Q extends Knex.QueryBuilder>(query: Q) => (units ? query.whereIn("unit_id", units) : query);

  const [contracts, revenue, costs, callbacks, complaints, dispatches, scores] = await runQueries(knex, [
    () => restricted(knex("contracts").where({ year: period.year }).select("unit_id")),
    ledger("revenue"),
    ledger("costs"),
    ledger("callbacks"),
    ledger("complaints"),
    ledger("dispatches"),
    () =>
      restricted(
        knex("committee_scores")
          .where({ year: period.year })
          .groupBy("unit_id")
          .select(
            "unit_id",
            knex.raw("count(*) filter (where dimension = 'SATISFACTION')::int as satisfaction"),
            knex.raw("count(*) filter (where dimension = 'COOPERATION')::int as cooperation"),
          ),
      ),
  ] as const);

  const byUnit = new Map<number, UnitYearTotalsRow>();
  const totalsOf = (unitId: number) => {
    let totals = byUnit.get(unitId);
    if (!totals) {
      totals = emptyTotals(unitId, period.year);
      byUnit.set(unitId, totals);
    }
    return totals;
  };
  for (const row of contracts) totalsOf(row.unit_id);
  for (const row of revenue) {
    totalsOf(row.unit_id).revenue = { viewingFee: row.viewing_fee, inspectionFee: row.inspection_fee, arrears: row.arrears, total: row.total };
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
    totalsOf(row.unit_id).callbacks = { satisfied: row.satisfied, basicallySatisfied: row.basically_satisfied, dissatisfied: row.dissatisfied };
  }
  for (const row of complaints) totalsOf(row.unit_id).complaints = { plain: row.plain, repeat: row.repeat };
  for (const row of dispatches) totalsOf(row.unit_id).dispatches = { onTime: row.on_time, late: row.late, refused: row.refused };
  for (const row of scores) totalsOf(row.unit_id).committeeScoreCounts = { satisfaction: row.satisfaction, cooperation: row.cooperation };
  return [...byUnit.values()].sort((a, b) => a.unitId - b.unitId);
}

/** Years that have contracts, schemes or committee scores, newest first. */
export async function listKnownYears(knex: Knex): Promise<number[]> {
  const rows = await knex.raw("select year from contracts union select year from schemes union select year from committee_scores order by year desc");
  return rows.rows.map((r: { year: number }) => r.year);
}
