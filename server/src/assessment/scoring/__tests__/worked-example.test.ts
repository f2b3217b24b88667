import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { Dimension } from "../../../common/enums.ts";
import { DEFAULT_SCHEME } from "../../../scheme/scheme.model.ts";
import { assessUnits, explanationText } from "../index.ts";
import type { RaterScore, UnitInputs, UnitResult } from "../index.ts";

const exampleUrl = new URL("../../../../../../shared/spec/worked-example.json", import.meta.url);

interface Example {
  units: { code: string; name: string }[];
  targets: ({ unitCode: string; repairBudgetFromMonth: number } & Record<string, string | number>)[];
  revenue: { unitCode: string; amount: string }[];
  costs: { unitCode: string; date: string; category: string; amount: string; warrantyExchange: boolean }[];
  callbacks: { unitCode: string; outcome: string }[];
  complaints: { unitCode: string; repeat: boolean }[];
  dispatches: { unitCode: string; outcome: string }[];
  committeeScores: { unitCode: string; dimension: string; member: string; score: number }[];
  expected: {
    results: {
      unitCode: string;
      revenueActual: string;
      completionRate: string;
      repairCost: string;
      otherCost: string;
      scores: Record<Dimension, string>;
      total: string;
      grade: string;
      complete: boolean;
      rank: number;
      pay: Record<string, string>;
    }[];
  };
}

const example = JSON.parse(readFileSync(exampleUrl, "utf8")) as Example;

function sum(amounts: string[]): string {
  return amounts.reduce((total, a) => total.plus(a), new Decimal(0)).toFixed(2);
}

function count<T extends { unitCode: string }>(rows: T[], unitCode: string, matches: (row: T) => boolean): number {
  return rows.filter((row) => row.unitCode === unitCode && matches(row)).length;
}

function raters(unitCode: string, dimension: Dimension): RaterScore[] {
  return example.committeeScores
    .filter((s) => s.unitCode === unitCode && s.dimension === dimension)
    .map((s) => ({ member: s.member, score: String(s.score) }));
}

/** Totals one unit's records exactly as the spec defines them (§3–4). */
function unitInputs(code: string, name: string): UnitInputs {
  const t = example.targets.find((target) => target.unitCode === code)!;
  const costs = example.costs.filter((c) => c.unitCode === code);
  const inWindow = (date: string) => Number(date.slice(5, 7)) >= t.repairBudgetFromMonth;
  return {
    unitCode: code,
    unitName: name,
    contract: {
      revenueTarget: String(t.revenueTarget),
      baseExpense: String(t.baseExpense),
      repairBudget: String(t.repairBudget),
      repairBudgetFromMonth: t.repairBudgetFromMonth,
      revenueCommissionRate: String(t.revenueCommissionRate),
      overTargetRate: String(t.overTargetRate),
      underTargetDeductionRate: String(t.underTargetDeductionRate),
      repairSavingsRewardRate: String(t.repairSavingsRewardRate),
    },
    revenueActual: sum(example.revenue.filter((r) => r.unitCode === code).map((r) => r.amount)),
    repairCost: sum(costs.filter((c) => c.category === "REPAIR_MATERIAL" && !c.warrantyExchange && inWindow(c.date)).map((c) => c.amount)),
    otherCost: sum(costs.filter((c) => c.category !== "REPAIR_MATERIAL").map((c) => c.amount)),
    callbacks: {
      satisfied: count(example.callbacks, code, (c) => c.outcome === "SATISFIED"),
      basicallySatisfied: count(example.callbacks, code, (c) => c.outcome === "BASICALLY_SATISFIED"),
      dissatisfied: count(example.callbacks, code, (c) => c.outcome === "DISSATISFIED"),
    },
    complaints: {
      plain: count(example.complaints, code, (c) => !c.repeat),
      repeat: count(example.complaints, code, (c) => c.repeat),
    },
    dispatches: {
      onTime: count(example.dispatches, code, (d) => d.outcome === "ON_TIME"),
      late: count(example.dispatches, code, (d) => d.outcome === "LATE"),
      refused: count(example.dispatches, code, (d) => d.outcome === "REFUSED"),
    },
    committee: { SATISFACTION: raters(code, Dimension.SATISFACTION), COOPERATION: raters(code, Dimension.COOPERATION) },
  };
}

const results = assessUnits(
  example.units.map((u) => unitInputs(u.code, u.name)),
  DEFAULT_SCHEME,
);

function scoreOf(result: UnitResult, dimension: Dimension) {
  return result.scores.find((s) => s.dimension === dimension)!;
}

describe("the worked example (ASSESSMENT.md §8)", () => {
  it("reads the specification's worked example beside the repository", () => {
    expect(fileURLToPath(exampleUrl)).toMatch(/\/shared\/spec\/worked-example\.json$/);
    expect(example.units).toHaveLength(5);
  });

  it("ranks the units in the expected order", () => {
    expect(results.map((r) => r.unitCode)).toEqual(example.expected.results.map((e) => e.unitCode));
  });

  it.each(example.expected.results.map((e, i) => [e.unitCode, i] as const))("matches every expected figure of %s", (_code, i) => {
    const expected = example.expected.results[i];
    const actual = results[i];
    expect(actual.unitCode).toBe(expected.unitCode);
    expect(actual.revenueActual).toBe(expected.revenueActual);
    expect(actual.completionRate).toBe(expected.completionRate);
    expect(actual.repairCost).toBe(expected.repairCost);
    expect(actual.otherCost).toBe(expected.otherCost);
    expect(actual.scores.map((s) => s.dimension)).toEqual([Dimension.REVENUE, Dimension.COST, Dimension.SATISFACTION, Dimension.COOPERATION]);
    for (const dimension of Object.values(Dimension)) expect(scoreOf(actual, dimension).score).toBe(expected.scores[dimension]);
    expect(actual.total).toBe(expected.total);
    expect(actual.rank).toBe(expected.rank);
    expect(actual.grade).toBe(expected.grade);
    expect(actual.complete).toBe(expected.complete);
    expect(actual.missing).toEqual([]);
    expect(actual.pay).toEqual(expected.pay);
  });
});

describe("the north station's explanation (§8 step by step)", () => {
  const north = results.find((r) => r.unitCode === "north")!;

  it("shows the revenue formula with the money filled in", () => {
    const revenue = scoreOf(north, Dimension.REVENUE);
    expect(revenue.formula.zh).toBe("min(120, 100 × 3,456,000.00 / 3,200,000.00) = 108.00");
    for (const language of ["zh", "en"] as const) {
      expect(explanationText(revenue, language)).toContain("min(120, 100 × 3,456,000.00 / 3,200,000.00) = 108.00");
      expect(explanationText(revenue, language)).toContain("108.00%");
    }
  });

  it("shows the cost ratio 0.95 over the 700,000 budget", () => {
    const cost = scoreOf(north, Dimension.COST);
    const formula = "s = (171,000.00 + 494,000.00) / (180,000.00 + 520,000.00) = 0.95";
    expect(explanationText(cost, "zh")).toContain(formula);
    expect(explanationText(cost, "en")).toContain(formula);
    expect(cost.formula.en).toMatch(/min\(110, 100 \+ 0\.5 × \(1 − 0\.95\) × 100\) = 102\.50$/);
    expect(explanationText(cost, "zh")).toContain("预算合计 700,000.00");
    expect(explanationText(cost, "en")).toContain("budget 700,000.00");
  });

  it("names the callbacks, the dropped 93 and 78, and the final combination", () => {
    const satisfaction = scoreOf(north, Dimension.SATISFACTION);
    expect(satisfaction.objective).toBe("81.25");
    expect(satisfaction.committee).toMatchObject({ average: "88.6667", trimmed: true });
    expect(satisfaction.committee!.dropped).toEqual([
      { member: "committee2", score: "93" },
      { member: "committee3", score: "78" },
    ]);
    expect(satisfaction.formula.zh).toMatch(/0\.6 × 81\.25 \+ 0\.4 × 88\.6667 = 84\.22$/);
    const zh = explanationText(satisfaction, "zh");
    expect(zh).toContain("回访次数 40;满意 30;基本满意 5;不满意 5;投诉 0;二次投诉 0");
    expect(zh).toContain("去掉最高分 committee2 93、最低分 committee3 78");
    expect(zh).toContain("计入 committee1 85、committee4 88、committee5 93");
    expect(zh).toContain("100 × (30 + 0.5 × 5) / 40 = 81.25");
    expect(zh).toContain("0.6 × 81.25 + 0.4 × 88.6667 = 84.22");
    const en = explanationText(satisfaction, "en");
    expect(en).toContain("callbacks 40; satisfied 30; basically satisfied 5; dissatisfied 5; complaints 0; repeat complaints 0");
    expect(en).toContain("dropped highest committee2 93 and lowest committee3 78");
    expect(en).toContain("counted committee1 85, committee4 88, committee5 93");
    expect(en).toContain("0.6 × 81.25 + 0.4 × 88.6667 = 84.22");
  });

  it("shows the refused dispatches and the cooperation blend = 50.50", () => {
    const cooperation = scoreOf(north, Dimension.COOPERATION);
    expect(cooperation.objective).toBe("20.00");
    expect(cooperation.committee!.average).toBe("81.0000");
    for (const language of ["zh", "en"] as const) {
      const text = explanationText(cooperation, language);
      expect(text).toContain("clamp(100 × (3 + 0.5 × 0) / 6 − 10 × 3, 0, 100) = 20.00");
      expect(text).toContain("0.5 × 20.00 + 0.5 × 81.00 = 50.50");
      expect(text).toContain("committee5 72");
      expect(text).toContain("committee2 90");
    }
  });

  it("shows the total from the rounded scores", () => {
    expect(north.totalFormula.zh).toBe("(40 × 108.00 + 20 × 102.50 + 25 × 84.22 + 15 × 50.50) / 100 = 92.33");
    expect(north.totalFormula.en).toBe(north.totalFormula.zh);
  });
});
