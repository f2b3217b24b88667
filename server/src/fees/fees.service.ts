import type { Knex } from "knex";
import { noteChange } from "../audit/audit-change.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { InvalidInputError, type InvalidField, invalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { Dec, formatMoney } from "../common/money.ts";
import type { Decimal } from "decimal.js";
import { sortByEntry } from "../ledger/ledger.service.ts";
import type { RecordResult } from "../ledger/ledger.types.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { dec, fixed2 } from "../assessment/scoring/decimal.ts";
import { arrearsRecoveryRate, collectionPercent } from "./collection-rules.ts";
import {
  findOpeningArrears,
  findTariff,
  monthlySeries,
  periodFigures,
  periodFiguresByUnit,
  storeOpeningArrears,
  storeTariff,
  type PeriodFiguresRow,
} from "./collection.repository.ts";
import type { CollectionFigures, CollectionSeries, Tariff } from "./fees.type.ts";
import type { HouseholdsInput } from "./fees.input.ts";
import { householdsContent, householdsKey, monthOf, storedHouseholds, storeHouseholds, validateHouseholds } from "./household-register.ts";

/** A batch larger than this is refused: split it, or import the file (POST /api/import?kind=households). */
const MAX_HOUSEHOLD_BATCH = 5000;
const MAX_FEE = new Dec("100000");

/** The year's tariff; 0.00 per class (isSet false) until one is set. */
export async function tariffOfYear(knex: Knex, year: number): Promise<Tariff> {
  const fees = await findTariff(knex, year);
  return {
    year,
    isSet: fees.size > 0,
    residential: fees.get("RESIDENTIAL") ?? "0.00",
    upgraded: fees.get("UPGRADED") ?? "0.00",
    collective: fees.get("COLLECTIVE") ?? "0.00",
  };
}

/** Sets the year's monthly fee per class (refused in a finalised year), audited with before and after. */
export async function setTariff(knex: Knex, year: number, fees: { residential: Decimal; upgraded: Decimal; collective: Decimal }): Promise<Tariff> {
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  for (const [field, value] of Object.entries(fees)) {
    if (value.isNegative()) check.fail(field, "NOT_NEGATIVE", { got: value.toFixed(2) });
    else if (value.greaterThan(MAX_FEE)) check.fail(field, "NUMBER_RANGE", { min: 0, max: MAX_FEE.toFixed(), got: value.toFixed(2) });
  }
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  return knex.transaction(async (trx) => {
    await assertYearsOpen(trx, [year]);
    const before = await tariffOfYear(trx, year);
    await storeTariff(trx, year, {
      RESIDENTIAL: formatMoney(fees.residential),
      UPGRADED: formatMoney(fees.upgraded),
      COLLECTIVE: formatMoney(fees.collective),
    });
    const after = await tariffOfYear(trx, year);
    noteChange({ year, tariff: { before: before.isSet ? before : "not set", after } });
    return after;
  });
}

/**
 * Stores a batch of register entries all or nothing: every problem of every entry is reported at
 * once (index, field, reason). An entry replaces the unit-month's stored counts; one equal to what
 * is stored is listed among the duplicates ("north/2025-03") and left as it is.
 */
export async function recordHouseholds(knex: Knex, entries: HouseholdsInput[]): Promise<RecordResult> {
  if (entries.length > MAX_HOUSEHOLD_BATCH) throw invalidField("entries", "BATCH_TOO_LARGE", { max: MAX_HOUSEHOLD_BATCH, got: entries.length });
  if (entries.length === 0) return { inserted: 0, duplicates: [] };
  const invalid = await validateHouseholds(knex, entries);
  if (invalid.length > 0) throw new InvalidInputError(sortByEntry(invalid));
  const years = [...new Set(entries.map((e) => monthOf(e.month).year))];
  return knex.transaction(async (trx) => {
    await assertYearsOpen(trx, years);
    const stored = await storedHouseholds(trx, entries);
    const same = (e: HouseholdsInput) => JSON.stringify(stored.get(householdsKey(e))) === JSON.stringify(householdsContent(e));
    const changed = entries.filter((e) => !same(e));
    await storeHouseholds(trx, changed);
    noteChange({
      ...(years.length === 1 ? { year: years[0] } : { years }),
      kind: "household_register",
      stored: changed
        .slice(0, 100)
        .map((e) => ({ unitCode: e.unitCode, month: e.month, ...householdsContent(e), before: stored.get(householdsKey(e)) ?? null })),
      ...(changed.length > 100 ? { moreStored: changed.length - 100 } : {}),
    });
    return { inserted: changed.length, duplicates: entries.filter(same).map(householdsKey) };
  });
}

const rateOf = (collected: string, receivable: string, applicable: boolean): number | null => {
  if (!applicable) return null;
  const percent = collectionPercent(dec(collected), dec(receivable));
  return percent === null ? null : Number(fixed2(percent));
};

/** The months of a period: a month, a quarter or the whole year. */
function periodMonths(month: number | null | undefined, quarter: number | null | undefined): [number, number] {
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  if (month !== null && month !== undefined) check.integerBetween("month", month, 1, 12);
  if (quarter !== null && quarter !== undefined) check.integerBetween("quarter", quarter, 1, 4);
  if (month != null && quarter != null) check.fail("quarter", "MONTH_AND_QUARTER");
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  if (month != null) return [month, month];
  if (quarter != null) return [3 * quarter - 2, 3 * quarter];
  return [1, 12];
}

/** The units a figure covers: the one named (if the viewer may read it) or every unit the viewer may read. */
async function unitsOf(
  knex: Knex,
  scope: ViewerScope,
  year: number,
  unitCode: string | null | undefined,
): Promise<{ unitId: number | null; units: number[] | null }> {
  if (!unitCode) return { unitId: null, units: await scope.visibleUnits(year) };
  const unitId = Number((await requireUnit(knex, unitCode)).id);
  await scope.requireUnit(year, unitId);
  return { unitId, units: [unitId] };
}

/** §9 figures of a unit (or the department: the units the viewer may read) over a month, quarter or year. */
export async function collectionFigures(
  knex: Knex,
  scope: ViewerScope,
  year: number,
  unitCode: string | null | undefined,
  month: number | null | undefined,
  quarter: number | null | undefined,
): Promise<CollectionFigures> {
  const [from, to] = periodMonths(month, quarter);
  const { unitId, units } = await unitsOf(knex, scope, year, unitCode);
  return figuresOf({ ...(await periodFigures(knex, year, units, from, to)), unitId }, year, month, quarter);
}

/** A period's summed row with its rates (§9): collection rate and arrears recovery rate. */
function figuresOf(
  row: PeriodFiguresRow & { unitId: number | null },
  year: number,
  month: number | null | undefined,
  quarter: number | null | undefined,
): CollectionFigures {
  const recovery = arrearsRecoveryRate(row.arrearsRecovered, row.openingArrears);
  return {
    year,
    month: month ?? null,
    quarter: quarter ?? null,
    ...row,
    collectionRate: rateOf(row.collected, row.receivable, row.monthsWithRegister > 0),
    arrearsRecoveryRate: recovery === null ? null : Number(recovery),
  };
}

/** §9 figures of every unit the viewer may read over a month, quarter or year: one row per unit (the collection table). */
export async function collectionFiguresByUnit(
  knex: Knex,
  scope: ViewerScope,
  year: number,
  month: number | null | undefined,
  quarter: number | null | undefined,
): Promise<CollectionFigures[]> {
  const [from, to] = periodMonths(month, quarter);
  const rows = await periodFiguresByUnit(knex, year, await scope.visibleUnits(year), from, to);
  return rows.map((row) => figuresOf(row, year, month, quarter));
}

/** Month by month: one series per unit the viewer may read (or the one named) and, without a unit named, the department's. */
export async function collectionSeries(
  knex: Knex,
  scope: ViewerScope,
  year: number,
  unitCode: string | null | undefined,
): Promise<CollectionSeries[]> {
  const { units } = await unitsOf(knex, scope, year, unitCode);
  const rows = await monthlySeries(knex, year, units);
  const series = new Map<number | null, CollectionSeries>();
  for (const row of rows) {
    if (unitCode && row.unitId === null) continue;
    let line = series.get(row.unitId);
    if (!line) {
      line = { unitId: row.unitId, year, months: [] };
      series.set(row.unitId, line);
    }
    line.months.push({
      month: row.month,
      hasRegister: row.hasRegister,
      receivable: row.receivable,
      collected: row.collected,
      collectionRate: rateOf(row.collected, row.receivable, row.hasRegister),
    });
  }
  return [...series.values()];
}

/**
 * Enters a unit's opening arrears for a year (§9: "or an entered figure"), which then replaces the
 * sum of its arrears register; refused in a finalised year; audited with before and after.
 */
export async function setOpeningArrears(knex: Knex, scope: ViewerScope, year: number, unitCode: string, amount: Decimal): Promise<CollectionFigures> {
  if (amount.isNegative()) throw invalidField("amount", "NOT_NEGATIVE", { got: amount.toFixed(2) });
  const unitId = Number((await requireUnit(knex, unitCode)).id);
  await knex.transaction(async (trx) => {
    await assertYearsOpen(trx, [year]);
    const before = await findOpeningArrears(trx, year, unitId);
    await storeOpeningArrears(trx, year, unitId, formatMoney(amount));
    noteChange({ year, openingArrears: { unitCode, before, after: formatMoney(amount) } });
  });
  return collectionFigures(knex, scope, year, unitCode, null, null);
}
