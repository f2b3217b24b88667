import type { Knex } from "knex";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { runQueries } from "../common/concurrent-queries.ts";
import { yearRange } from "../years/year.ts";
import { aggregateLedger, type Ledger, LEDGERS } from "./ledger-aggregates.ts";

/** One unit's figures for one calendar month, summed by PostgreSQL (for monthly charts). */
export interface UnitMonthTotalsRow {
  unitId: number;
  year: number;
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

/**
 * Per unit and month of a year for the units the scope may read: at most 12 rows per unit
 * whatever the number of records, so a chart never receives raw ledger rows. Only the ledgers
 * asked for are aggregated (a revenue chart does not pay for the four others).
 */
export async function aggregateMonthlyTotals(
  knex: Knex,
  scope: ViewerScope,
  year: number,
  { unitId, ledgers = LEDGERS }: { unitId?: number; ledgers?: readonly Ledger[] } = {},
): Promise<UnitMonthTotalsRow[]> {
  const [from, to] = yearRange(year);
  const visible = await scope.visibleUnits(year);
  const units = unitId === undefined ? visible : visible === null || visible.includes(unitId) ? [unitId] : [];
  const wanted = new Set(ledgers);
  const skip = async () => [] as Record<string, never>[];
  const ledger = (name: Ledger) => (wanted.has(name) ? () => aggregateLedger(knex, name, { from, to, units, byMonth: true }) : skip);
  const [revenue, costs, callbacks, complaints, dispatches] = await runQueries(knex, [
    ledger("revenue"),
    ledger("costs"),
    ledger("callbacks"),
    ledger("complaints"),
    ledger("dispatches"),
  ] as const);

  const rows = new Map<number, UnitMonthTotalsRow>();
  const rowOf = (unit: number, month: number) => {
    const key = unit * 16 + month;
    let row = rows.get(key);
    if (!row) {
      row = {
        unitId: unit,
        year,
        month,
        viewingFee: "0.00",
        inspectionFee: "0.00",
        arrears: "0.00",
        revenue: "0.00",
        repairCost: "0.00",
        otherCost: "0.00",
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
    Object.assign(rowOf(r.unit_id, r.month), { viewingFee: r.viewing_fee, inspectionFee: r.inspection_fee, arrears: r.arrears, revenue: r.total });
  for (const r of costs) Object.assign(rowOf(r.unit_id, r.month), { repairCost: r.repair_cost, otherCost: r.other_cost });
  for (const r of callbacks) {
    Object.assign(rowOf(r.unit_id, r.month), {
      callbacksSatisfied: r.satisfied,
      callbacksBasicallySatisfied: r.basically_satisfied,
      callbacksDissatisfied: r.dissatisfied,
    });
  }
  for (const r of complaints) Object.assign(rowOf(r.unit_id, r.month), { complaints: r.plain, repeatComplaints: r.repeat });
  for (const r of dispatches)
    Object.assign(rowOf(r.unit_id, r.month), { dispatchesOnTime: r.on_time, dispatchesLate: r.late, dispatchesRefused: r.refused });
  return [...rows.values()].sort((a, b) => a.unitId - b.unitId || a.month - b.month);
}
