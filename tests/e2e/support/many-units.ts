import { createKnex, type Dataset } from "@station/db";
import { loadDataset } from "@station/db/demo";

/**
 * Adds `count` generated units (codes `many-01`, `many-02`, …) with a contract for `year` straight
 * into an end-to-end server's database, written by the demo data's own loadDataset. The demo has
 * five units; the tests of charts that stop drawing every unit need many more, and the API adds
 * them only one request at a time.
 *
 * Each unit gets one remittance, one running cost and one callback of varying size, so totals,
 * ranks, spending and satisfaction differ from unit to unit and every chart has something to order.
 * No committee scores: the units show as lacking scores, which the charts do not mind.
 */
export async function addManyUnits(databaseUrl: string, year: number, count: number): Promise<string[]> {
  const width = Math.max(2, String(count).length);
  const units = Array.from({ length: count }, (_, i) => {
    const number = String(i + 1).padStart(width, "0");
    return { code: `many-${number}`, name: `新增单位${number}`, kind: "STATION" as const, region: null };
  });
  const dataset: Dataset = {
    year,
    scheme: {}, // the year's scheme stays as it is
    units,
    targets: units.map((unit) => ({
      unitCode: unit.code,
      year,
      revenueTarget: "2000000.00",
      staffCount: 6,
      vehicleCount: 1,
      baseExpense: "450000.00",
      repairBudget: "150000.00",
      repairBudgetFromMonth: 3,
      revenueCommissionRate: "6.00",
      overTargetRate: "15.00",
      underTargetDeductionRate: "10.00",
      repairSavingsRewardRate: "30.00",
    })),
    // 1,400,000 to about 2,300,000 yuan: completion from 70 % to past the target, scrambled by unit.
    revenue: units.map((unit, i) => ({
      unitCode: unit.code,
      date: `${year}-06-15`,
      reference: `${unit.code}-${year}-R1`,
      category: "VIEWING_FEE" as const,
      amount: `${1400000 + ((i * 37) % count) * Math.floor(900000 / count)}.00`,
    })),
    costs: units.map((unit, i) => ({
      unitCode: unit.code,
      date: `${year}-09-20`,
      reference: `${unit.code}-${year}-C1`,
      category: "SALARY" as const,
      amount: `${380000 + ((i * 53) % count) * Math.floor(300000 / count)}.00`,
      warrantyExchange: false,
    })),
    callbacks: units.map((unit, i) => ({
      unitCode: unit.code,
      date: `${year}-10-08`,
      reference: `${unit.code}-${year}-CB1`,
      outcome: (["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const)[i % 3],
    })),
    complaints: [],
    dispatches: [],
    committeeScores: [],
  };
  const knex = createKnex({ url: databaseUrl, poolMax: 2 });
  try {
    await knex.transaction((trx) => loadDataset(trx, dataset));
  } finally {
    await knex.destroy();
  }
  return units.map((unit) => unit.code);
}
