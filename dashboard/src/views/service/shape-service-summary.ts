import { percentOf } from "./shape-counts.ts";

/** The yearTotals fields the headline figures need. */
export interface ServiceTotalsInput {
  unit: { code: string };
  callbacksSatisfied: number;
  callbacksBasicallySatisfied: number;
  callbacksDissatisfied: number;
  complaints: number;
  repeatComplaints: number;
  dispatchesOnTime: number;
  dispatchesLate: number;
  dispatchesRefused: number;
}

export interface ServiceSummary {
  callbacks: number;
  /** (satisfied + ½ basically satisfied) / callbacks in percent, 2 decimals; null without callbacks. */
  satisfactionRate: number | null;
  complaints: number;
  repeatComplaints: number;
  dispatches: number;
  /** On-time orders in percent of all orders, one decimal; null without orders. */
  onTimeRate: number | null;
  refused: number;
  unitCount: number;
}

/**
 * Headline counts for one unit or the department (unitCode null). The department's rates are
 * taken over its pooled callbacks and orders, so a unit with many calls weighs more.
 */
export function serviceSummary(rows: readonly ServiceTotalsInput[], unitCode: string | null): ServiceSummary | null {
  const picked = rows.filter((row) => unitCode === null || row.unit.code === unitCode);
  if (picked.length === 0) return null;
  const sum = (pick: (row: ServiceTotalsInput) => number) => picked.reduce((total, row) => total + pick(row), 0);
  const satisfied = sum((r) => r.callbacksSatisfied);
  const basically = sum((r) => r.callbacksBasicallySatisfied);
  const callbacks = satisfied + basically + sum((r) => r.callbacksDissatisfied);
  const onTime = sum((r) => r.dispatchesOnTime);
  const refused = sum((r) => r.dispatchesRefused);
  const dispatches = onTime + refused + sum((r) => r.dispatchesLate);
  return {
    callbacks,
    // Half points counted in integers (2 × satisfied + basically) so the rate is exact before rounding.
    satisfactionRate: callbacks === 0 ? null : Math.round(((2 * satisfied + basically) / (2 * callbacks)) * 10000) / 100,
    complaints: sum((r) => r.complaints),
    repeatComplaints: sum((r) => r.repeatComplaints),
    dispatches,
    onTimeRate: dispatches === 0 ? null : percentOf(onTime, dispatches),
    refused,
    unitCount: picked.length,
  };
}
