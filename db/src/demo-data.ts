import type { Knex } from "knex";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Dataset } from "./dataset.ts";
import { generateHistoryYear, implementationRulesFor } from "../seeds/history.ts";
import { loadFeeCollection } from "../seeds/fee-collection.ts";
import { loadOrganisation } from "../seeds/organisation.ts";

const seedsDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../seeds");

/** 2025 is exactly the specification's worked example; 2023 and 2024 are derived from it. */
export function demoDatasets(): Dataset[] {
  const year2025 = JSON.parse(readFileSync(path.join(seedsDirectory, "year-2025.json"), "utf8")) as Dataset;
  year2025.implementationRules = implementationRulesFor(year2025.units, year2025.year);
  return [generateHistoryYear(year2025, 2023), generateHistoryYear(year2025, 2024), year2025];
}

export async function isDatabaseEmpty(knex: Knex): Promise<boolean> {
  const row = await knex("units").count<{ count: number }[]>({ count: "*" }).first();
  return Number(row?.count ?? 0) === 0;
}

/** Loads the demo years and their organisation in one transaction; returns how many rows each table received. */
export async function loadDemoData(knex: Knex): Promise<Record<string, number>> {
  return knex.transaction(async (trx) => {
    const counts: Record<string, number> = {};
    const datasets = demoDatasets();
    for (const dataset of datasets) {
      const loaded = await loadDataset(trx, dataset);
      for (const [table, n] of Object.entries(loaded)) counts[table] = (counts[table] ?? 0) + n;
    }
    Object.assign(
      counts,
      await loadOrganisation(
        trx,
        datasets.map((d) => d.year),
      ),
      await loadFeeCollection(trx, datasets),
    );
    return counts;
  });
}

const CHUNK = 500;

/**
 * Writes one dataset straight into the tables (seeding bypasses the API on purpose: it is the
 * fast path for a new installation; the tests load the same data through the API).
 */
export async function loadDataset(trx: Knex.Transaction, dataset: Dataset): Promise<Record<string, number>> {
  for (const unit of dataset.units) {
    await trx("units")
      .insert({ code: unit.code, name: unit.name, kind: unit.kind, region: unit.region })
      .onConflict("code")
      .merge(["name", "kind", "region"]);
  }
  const unitRows = await trx("units").select<{ id: number; code: string }[]>("id", "code");
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  const idOf = (code: string) => {
    const id = unitId.get(code);
    if (id === undefined) throw new Error(`demo data names an unknown unit "${code}"`);
    return id;
  };

  await trx("contracts").insert(
    dataset.targets.map((t) => ({
      unit_id: idOf(t.unitCode),
      year: t.year,
      revenue_target: t.revenueTarget,
      staff_count: t.staffCount,
      vehicle_count: t.vehicleCount,
      base_expense: t.baseExpense,
      repair_budget: t.repairBudget,
      repair_budget_from_month: t.repairBudgetFromMonth,
      revenue_commission_rate: t.revenueCommissionRate,
      over_target_rate: t.overTargetRate,
      under_target_deduction_rate: t.underTargetDeductionRate,
      repair_savings_reward_rate: t.repairSavingsRewardRate,
    })),
  );
  if (Object.keys(dataset.scheme).length > 0) {
    await trx("schemes").insert({ year: dataset.year, parameters: JSON.stringify(dataset.scheme) });
  }

  const ledger = (r: { unitCode: string; date: string; reference: string }) => ({
    unit_id: idOf(r.unitCode),
    record_date: r.date,
    reference: r.reference,
  });
  await trx.batchInsert(
    "revenue_records",
    // A negative remittance in the data is a correction (冲红) of an earlier one.
    dataset.revenue.map((r) => ({ ...ledger(r), category: r.category, amount: r.amount, is_correction: r.amount.startsWith("-") })),
    CHUNK,
  );
  await trx.batchInsert(
    "cost_records",
    dataset.costs.map((r) => ({
      ...ledger(r),
      category: r.category,
      amount: r.amount,
      warranty_exchange: r.warrantyExchange,
    })),
    CHUNK,
  );
  await trx.batchInsert(
    "callbacks",
    dataset.callbacks.map((r) => ({ ...ledger(r), outcome: r.outcome })),
    CHUNK,
  );
  await trx.batchInsert(
    "complaints",
    dataset.complaints.map((r) => ({ ...ledger(r), is_repeat: r.repeat })),
    CHUNK,
  );
  await trx.batchInsert(
    "dispatch_orders",
    dataset.dispatches.map((r) => ({ ...ledger(r), kind: r.kind, outcome: r.outcome })),
    CHUNK,
  );

  const members = [...new Set(dataset.committeeScores.map((s) => s.member))];
  if (members.length > 0) {
    await trx("committee_members")
      .insert(members.map((name) => ({ name })))
      .onConflict("name")
      .ignore();
  }
  const memberRows = await trx("committee_members").select<{ id: number; name: string }[]>("id", "name");
  const memberId = new Map(memberRows.map((m) => [m.name, m.id]));
  await trx.batchInsert(
    "committee_scores",
    dataset.committeeScores.map((s) => ({
      year: dataset.year,
      unit_id: idOf(s.unitCode),
      member_id: memberId.get(s.member),
      dimension: s.dimension,
      score: String(s.score),
      comment: s.comment ?? null,
    })),
    CHUNK,
  );
  // Whoever scored a year sat on that year's committee.
  if (members.length > 0) {
    await trx("committee_memberships")
      .insert(members.map((name) => ({ year: dataset.year, member_id: memberId.get(name) })))
      .onConflict(["year", "member_id"])
      .ignore();
  }
  const rules = dataset.implementationRules ?? [];
  await trx.batchInsert(
    "implementation_rules",
    rules.map((r) => ({
      unit_id: idOf(r.unitCode),
      year: dataset.year,
      title: r.title,
      body: r.body,
      filed_on: r.filedOn,
      reference: r.reference,
      // One filing per unit and year in a dataset: each is its rules' first version.
      version: 1,
    })),
    CHUNK,
  );

  return {
    contracts: dataset.targets.length,
    revenue_records: dataset.revenue.length,
    cost_records: dataset.costs.length,
    callbacks: dataset.callbacks.length,
    complaints: dataset.complaints.length,
    dispatch_orders: dataset.dispatches.length,
    committee_scores: dataset.committeeScores.length,
    implementation_rules: rules.length,
  };
}
