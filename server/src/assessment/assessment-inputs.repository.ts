import type { Knex } from "knex";
import { ViewerScope } from "../auth/viewer-scope.ts";
import { runQueries } from "../common/concurrent-queries.ts";
import type { Dimension } from "../common/enums.ts";
import { collectionRatesByUnit } from "../fees/collection.repository.ts";
import { aggregateYearTotals, type TotalsPeriod } from "../totals/year-totals.repository.ts";
import { nameDayOfYear } from "../units/unit.repository.ts";
import type { RaterScore, UnitInputs } from "./scoring/index.ts";

/** The scoring inputs of one unit, plus the id the API needs to resolve the unit. */
export interface AssessedUnitInputs extends UnitInputs {
  unitId: number;
}

interface ContractInputRow {
  unit_id: number;
  code: string;
  name: string;
  revenue_target: string;
  base_expense: string;
  repair_budget: string;
  repair_budget_from_month: number;
  revenue_commission_rate: string;
  over_target_rate: string;
  under_target_deduction_rate: string;
  repair_savings_reward_rate: string;
}

/**
 * Everything the engine needs for a year (or a year-to-date period), in a fixed number of
 * queries whatever the number of units: the contracts (with each unit's name in that year), the
 * per-unit ledger aggregates (summed by PostgreSQL) and the committee scores. Ranks exist only
 * among all units, so this reads every unit; what a viewer then sees of the results is the
 * viewer scope's business. Units without a contract that year are not assessed.
 */
export async function loadAssessmentInputs(knex: Knex, period: TotalsPeriod): Promise<AssessedUnitInputs[]> {
  const [contracts, totals, scores, collectionRates] = await runQueries(knex, [
    () =>
      knex("contracts as c")
        .join("units as u", "u.id", "c.unit_id")
        .joinRaw("cross join lateral unit_name_row(u.id, ?::date) as nm", [nameDayOfYear(period.year)])
        .where("c.year", period.year)
        .orderBy("u.code")
        .select(
          "u.id as unit_id",
          "u.code",
          "nm.name",
          "c.revenue_target",
          "c.base_expense",
          "c.repair_budget",
          "c.repair_budget_from_month",
          "c.revenue_commission_rate",
          "c.over_target_rate",
          "c.under_target_deduction_rate",
          "c.repair_savings_reward_rate",
        ) as Promise<ContractInputRow[]>,
    () => aggregateYearTotals(knex, ViewerScope.system(knex), period),
    () =>
      knex("committee_scores as s")
        .join("committee_members as m", "m.id", "s.member_id")
        .where("s.year", period.year)
        .orderBy([{ column: "s.unit_id" }, { column: "s.dimension" }, { column: "m.name" }])
        .select("s.unit_id", "s.dimension", "m.name as member", "s.score"),
    () => collectionRatesByUnit(knex, period.year, lastFullMonth(period)),
  ] as const);

  const totalsByUnit = new Map(totals.map((t) => [t.unitId, t]));
  const scoresByUnit = new Map<number, { SATISFACTION: RaterScore[]; COOPERATION: RaterScore[] }>();
  for (const row of scores) {
    const entry = scoresByUnit.get(row.unit_id) ?? { SATISFACTION: [], COOPERATION: [] };
    entry[row.dimension as Dimension.SATISFACTION | Dimension.COOPERATION].push({ member: row.member, score: row.score });
    scoresByUnit.set(row.unit_id, entry);
  }

  return contracts.map((c): AssessedUnitInputs => {
    const t = totalsByUnit.get(c.unit_id);
    return {
      unitId: c.unit_id,
      unitCode: c.code,
      unitName: c.name,
      contract: {
        revenueTarget: c.revenue_target,
        baseExpense: c.base_expense,
        repairBudget: c.repair_budget,
        repairBudgetFromMonth: c.repair_budget_from_month,
        revenueCommissionRate: c.revenue_commission_rate,
        overTargetRate: c.over_target_rate,
        underTargetDeductionRate: c.under_target_deduction_rate,
        repairSavingsRewardRate: c.repair_savings_reward_rate,
      },
      revenueActual: t?.revenue.total ?? "0.00",
      repairCost: t?.costs.repairCost ?? "0.00",
      otherCost: t?.costs.otherCost ?? "0.00",
      callbacks: t?.callbacks ?? { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
      complaints: t?.complaints ?? { plain: 0, repeat: 0 },
      dispatches: t?.dispatches ?? { onTime: 0, late: 0, refused: 0 },
      committee: scoresByUnit.get(c.unit_id) ?? { SATISFACTION: [], COOPERATION: [] },
      collectionRate: collectionRates.get(c.unit_id) ?? null,
    };
  });
}

/** The last month a period covers whole (§9's collection rate is monthly): 12 for a whole year. */
function lastFullMonth({ year, until }: TotalsPeriod): number {
  if (!until || until >= `${year + 1}-01-01`) return 12;
  if (until < `${year}-01-01`) return 0;
  // until is exclusive: its own month is at most partly covered.
  return Number(until.slice(5, 7)) - 1;
}
