import type { GraphQLResolveInfo } from "graphql";
import type { Knex } from "knex";
import type { Loaders } from "../app/loaders.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { selectedFieldNames } from "../common/selection.ts";
import { requireUnit } from "../units/unit.service.ts";
import type { Unit } from "../units/unit.type.ts";
import { type Ledger, LEDGERS } from "./ledger-aggregates.ts";
import { aggregateMonthlyTotals, type UnitMonthTotalsRow } from "./monthly-totals.repository.ts";
import { aggregateYearTotals, listKnownYears, type UnitYearTotalsRow } from "./year-totals.repository.ts";
import type { UnitYearTotals } from "./year-totals.type.ts";

/** Which ledger each totals field is summed from (fields not listed need none). */
const LEDGER_OF_FIELD: Record<string, Ledger> = {
  viewingFee: "revenue",
  inspectionFee: "revenue",
  arrears: "revenue",
  revenue: "revenue",
  revenueActual: "revenue",
  completionRate: "revenue",
  repairCost: "costs",
  repairCostBeforeWindow: "costs",
  warrantyExchangeAmount: "costs",
  otherCost: "costs",
  callbacksSatisfied: "callbacks",
  callbacksBasicallySatisfied: "callbacks",
  callbacksDissatisfied: "callbacks",
  complaints: "complaints",
  repeatComplaints: "complaints",
  dispatchesOnTime: "dispatches",
  dispatchesLate: "dispatches",
  dispatchesRefused: "dispatches",
};

/** The ledgers a query's selected fields need (so a revenue chart sums one ledger, not five). */
export function ledgersSelected(info: GraphQLResolveInfo): Ledger[] {
  const ledgers = new Set<Ledger>();
  for (const name of selectedFieldNames(info)) {
    const ledger = LEDGER_OF_FIELD[name];
    if (ledger) ledgers.add(ledger);
  }
  // Asking only for units and months still lists the months with records of any kind.
  return ledgers.size === 0 ? [...LEDGERS] : [...ledgers];
}

function toYearTotals(t: UnitYearTotalsRow): UnitYearTotals {
  return {
    unitId: t.unitId,
    year: t.year,
    viewingFee: t.revenue.viewingFee,
    inspectionFee: t.revenue.inspectionFee,
    arrears: t.revenue.arrears,
    revenueActual: t.revenue.total,
    repairCost: t.costs.repairCost,
    repairCostBeforeWindow: t.costs.repairCostBeforeWindow,
    warrantyExchangeAmount: t.costs.warrantyExchange,
    otherCost: t.costs.otherCost,
    callbacksSatisfied: t.callbacks.satisfied,
    callbacksBasicallySatisfied: t.callbacks.basicallySatisfied,
    callbacksDissatisfied: t.callbacks.dissatisfied,
    complaints: t.complaints.plain,
    repeatComplaints: t.complaints.repeat,
    dispatchesOnTime: t.dispatches.onTime,
    dispatchesLate: t.dispatches.late,
    dispatchesRefused: t.dispatches.refused,
    satisfactionScoreCount: t.committeeScoreCounts.satisfaction,
    cooperationScoreCount: t.committeeScoreCounts.cooperation,
  };
}

export async function yearTotals(
  { knex, scope, loaders }: { knex: Knex; scope: ViewerScope; loaders: Loaders },
  year: number,
  info?: GraphQLResolveInfo,
): Promise<UnitYearTotals[]> {
  const rows = await aggregateYearTotals(knex, scope, { year }, info ? ledgersSelected(info) : undefined);
  return withUnits(loaders, year, rows.map(toYearTotals), info);
}

/**
 * The rows with their unit as of `year` when the query selects `unit`: one batched look-up of the
 * distinct units (through the request's loader, so the names agree with every other figure of the
 * year) instead of a resolver and a promise per row.
 */
async function withUnits<T extends { unitId: number }>(
  loaders: Loaders,
  year: number,
  rows: T[],
  info: GraphQLResolveInfo | undefined,
): Promise<(T & { unit?: Unit })[]> {
  if (info && !selectedFieldNames(info).has("unit")) return rows;
  const ids = [...new Set(rows.map((row) => row.unitId))];
  const units = await loaders.unitInYear.loadMany(ids.map((unitId) => ({ unitId, year })));
  const byId = new Map<number, Unit>();
  units.forEach((unit, i) => {
    if (unit instanceof Error) throw unit;
    if (unit) byId.set(ids[i], unit);
  });
  // In place: the rows are this request's own, and a copy of 12,000 rows would be garbage.
  for (const row of rows as (T & { unit?: Unit })[]) row.unit = byId.get(row.unitId);
  return rows;
}

export async function monthlyTotals(
  { knex, scope, loaders }: { knex: Knex; scope: ViewerScope; loaders: Loaders },
  year: number,
  unitCode: string | null | undefined,
  info?: GraphQLResolveInfo,
): Promise<(UnitMonthTotalsRow & { unit?: Unit })[]> {
  const unitId = unitCode ? Number((await requireUnit(knex, unitCode)).id) : undefined;
  if (unitId !== undefined) await scope.requireUnit(year, unitId);
  const rows = await aggregateMonthlyTotals(knex, scope, year, { unitId, ledgers: info ? ledgersSelected(info) : undefined });
  return withUnits(loaders, year, rows, info);
}

export const knownYears = (knex: Knex) => listKnownYears(knex);
