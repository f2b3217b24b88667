import type { GraphQLResolveInfo } from "graphql";
import type { Knex } from "knex";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { selectedFieldNames } from "../common/selection.ts";
import { requireUnit } from "../units/unit.service.ts";
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

export async function yearTotals(knex: Knex, scope: ViewerScope, year: number, info?: GraphQLResolveInfo): Promise<UnitYearTotals[]> {
  const rows = await aggregateYearTotals(knex, scope, { year }, info ? ledgersSelected(info) : undefined);
  return rows.map(toYearTotals);
}

export async function monthlyTotals(
  knex: Knex,
  scope: ViewerScope,
  year: number,
  unitCode: string | null | undefined,
  info?: GraphQLResolveInfo,
): Promise<UnitMonthTotalsRow[]> {
  const unitId = unitCode ? Number((await requireUnit(knex, unitCode)).id) : undefined;
  if (unitId !== undefined) await scope.requireUnit(year, unitId);
  return aggregateMonthlyTotals(knex, scope, year, { unitId, ledgers: info ? ledgersSelected(info) : undefined });
}

export const knownYears = (knex: Knex) => listKnownYears(knex);
