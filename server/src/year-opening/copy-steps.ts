import { Decimal } from "decimal.js";
import type { Knex } from "knex";
import { Dec, formatMoney } from "../common/money.ts";
import type { ContractInput } from "../contracts/contract.input.ts";
import { contractFromInput, findContracts, insertContracts } from "../contracts/contract.repository.ts";
import type { Contract } from "../contracts/contract.type.ts";
import { copyRoster } from "../roster/roster.repository.ts";

/** What a copy step knows about the year being opened. */
export interface YearCopy {
  /** The year opened. */
  year: number;
  /** The year copied from. */
  copyFrom: number;
  /** The revenue targets' change, in percent (5 = +5 %). */
  revenueTargetChangePct: number;
  /** Units that carry over: not retired by the new year's first day, with a contract in copyFrom. */
  unitIds: number[];
  /** Contracts given for the new year (edited in the preview), by unit id: stored as given. */
  contracts: Map<number, ContractInput>;
}

/**
 * One part of the previous year a new year starts from. The steps run in order inside one
 * transaction: the year opens whole or not at all. A feature that keeps something per year (the
 * fee tariff, say) adds its step here.
 */
export interface YearCopyStep {
  name: string;
  copy(trx: Knex.Transaction, plan: YearCopy): Promise<void>;
}

/** A revenue target changed by a percentage, rounded half-up to whole yuan. */
export function scaledTarget(target: string, changePct: number): string {
  const scaled = new Dec(target).times(new Dec(100).plus(changePct)).div(100);
  return formatMoney(scaled.toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
}

/**
 * The contracts a new year starts with: the earlier year's, revenue target scaled, everything
 * else as it was; a contract given for a unit (edited in the preview) replaces its copy.
 */
export async function carriedContracts(knex: Knex, plan: YearCopy): Promise<Contract[]> {
  const previous = await findContracts(
    knex,
    plan.unitIds.map((unitId) => ({ unitId, year: plan.copyFrom })),
  );
  const copies = previous
    .filter((c) => !plan.contracts.has(c.unitId))
    .map((c) => ({ ...c, year: plan.year, revenueTarget: scaledTarget(c.revenueTarget, plan.revenueTargetChangePct) }));
  const given = [...plan.contracts].map(([unitId, input]) => contractFromInput(unitId, input));
  return [...copies, ...given].sort((a, b) => a.unitId - b.unitId);
}

export const YEAR_COPY_STEPS: YearCopyStep[] = [
  {
    name: "contracts",
    async copy(trx, plan) {
      await insertContracts(trx, await carriedContracts(trx, plan));
    },
  },
  {
    name: "scheme",
    async copy(trx, plan) {
      // A scheme the committee already set for the new year stays; no stored scheme means the defaults.
      await trx.raw("insert into schemes (year, parameters) select ?, parameters from schemes where year = ? on conflict (year) do nothing", [
        plan.year,
        plan.copyFrom,
      ]);
    },
  },
  {
    name: "committee membership",
    async copy(trx, plan) {
      await trx.raw(
        "insert into committee_memberships (year, member_id) select ?, member_id from committee_memberships where year = ? on conflict do nothing",
        [plan.year, plan.copyFrom],
      );
    },
  },
  {
    name: "roster and vehicles",
    copy: (trx, plan) => copyRoster(trx, plan.copyFrom, plan.year, plan.unitIds),
  },
  {
    name: "fee tariff",
    async copy(trx, plan) {
      // A tariff already set for the new year stays (§9: set per year with the scheme).
      await trx.raw(
        "insert into fee_tariffs (year, household_class, monthly_fee) select ?, household_class, monthly_fee from fee_tariffs where year = ? on conflict do nothing",
        [plan.year, plan.copyFrom],
      );
    },
  },
];
