import { Decimal } from "decimal.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../src/dataset.ts";
import { demoDatasets } from "../src/demo-data.ts";
import { generateHistoryYear } from "./history.ts";

const seeds = path.dirname(fileURLToPath(import.meta.url));
const base = JSON.parse(readFileSync(path.join(seeds, "year-2025.json"), "utf8")) as Dataset;
const y2023 = generateHistoryYear(base, 2023);
const y2024 = generateHistoryYear(base, 2024);
const years = [y2023, y2024];

const money = (amounts: string[]) => amounts.reduce((total, a) => total.plus(a), new Decimal(0));

function completion(dataset: Dataset, unitCode: string): Decimal {
  const target = dataset.targets.find((t) => t.unitCode === unitCode)!;
  return money(dataset.revenue.filter((r) => r.unitCode === unitCode).map((r) => r.amount)).div(target.revenueTarget);
}

/** (counted costs) / (repair budget + base expense), as the COST dimension computes it. */
function costRatio(dataset: Dataset, unitCode: string): Decimal {
  const target = dataset.targets.find((t) => t.unitCode === unitCode)!;
  const counted = dataset.costs.filter(
    (c) =>
      c.unitCode === unitCode &&
      (c.category !== "REPAIR_MATERIAL" || (!c.warrantyExchange && Number(c.date.slice(5, 7)) >= target.repairBudgetFromMonth)),
  );
  return money(counted.map((c) => c.amount)).div(new Decimal(target.repairBudget).plus(target.baseExpense));
}

function viewingFees(dataset: Dataset, unitCode: string, months: string[]): Decimal {
  const fees = dataset.revenue.filter((r) => r.unitCode === unitCode && r.category === "VIEWING_FEE" && months.includes(r.date.slice(5, 7)));
  return money(fees.map((r) => r.amount));
}

function allDates(dataset: Dataset): string[] {
  return [...dataset.revenue, ...dataset.costs, ...dataset.callbacks, ...dataset.complaints, ...dataset.dispatches]
    .map((r) => r.date)
    .concat((dataset.implementationRules ?? []).map((r) => r.filedOn));
}

function allReferences(dataset: Dataset): string[] {
  return [
    ...dataset.revenue,
    ...dataset.costs,
    ...dataset.callbacks,
    ...dataset.complaints,
    ...dataset.dispatches,
    ...(dataset.implementationRules ?? []),
  ].map((r) => r.reference);
}

function isValidDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

describe("generateHistoryYear", () => {
  it("is deterministic", () => {
    expect(generateHistoryYear(base, 2023)).toEqual(y2023);
    expect(generateHistoryYear(base, 2024)).toEqual(y2024);
  });

  it("keeps the units, moves every year field and date into the year", () => {
    for (const dataset of years) {
      expect(dataset.units).toEqual(base.units);
      expect(dataset.scheme).toEqual({});
      expect(dataset.targets.every((t) => t.year === dataset.year)).toBe(true);
      const dates = allDates(dataset);
      expect(dates.length).toBeGreaterThan(900);
      expect(dates.filter((d) => !isValidDate(d) || !d.startsWith(`${dataset.year}-`))).toEqual([]);
    }
  });

  it("writes every amount as a non-negative decimal with two places", () => {
    for (const dataset of years) {
      const amounts = [
        ...dataset.revenue.map((r) => r.amount),
        ...dataset.costs.map((c) => c.amount),
        ...dataset.targets.flatMap((t) => [t.revenueTarget, t.baseExpense, t.repairBudget]),
      ];
      expect(amounts.filter((a) => !/^\d+\.\d{2}$/.test(a))).toEqual([]);
    }
  });

  it("keeps references unique within and across 2023, 2024 and 2025", () => {
    const references = [y2023, y2024, base].flatMap(allReferences);
    const seen = new Set<string>();
    const duplicates = references.filter((r) => seen.has(r) || !seen.add(r));
    expect(duplicates).toEqual([]);
    expect(y2024.revenue[0].reference).toMatch(/-2024-W\d{2}-/);
  });

  it("grows the contracts year over year, rates unchanged", () => {
    for (const [dataset, share] of [
      [y2023, "0.88"],
      [y2024, "0.94"],
    ] as const) {
      for (const target of dataset.targets) {
        const baseTarget = base.targets.find((t) => t.unitCode === target.unitCode)!;
        const expected = new Decimal(baseTarget.revenueTarget).times(share).div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(1000);
        expect(target.revenueTarget).toBe(expected.toFixed(2));
        expect(new Decimal(target.revenueTarget).mod(1000).isZero()).toBe(true);
        expect(new Decimal(target.baseExpense).mod(1000).isZero()).toBe(true);
        expect(target.revenueCommissionRate).toBe(baseTarget.revenueCommissionRate);
        expect(target.repairSavingsRewardRate).toBe(baseTarget.repairSavingsRewardRate);
      }
    }
    const north = [y2023, y2024, base].map((d) => new Decimal(d.targets.find((t) => t.unitCode === "north")!.revenueTarget));
    expect(north[0].lt(north[1]) && north[1].lt(north[2])).toBe(true);
  });

  it("keeps the weekly rhythm: three categories in each of 52 weeks, seven days apart", () => {
    for (const dataset of years) {
      const north = dataset.revenue.filter((r) => r.unitCode === "north" && r.category === "VIEWING_FEE");
      expect(north).toHaveLength(52);
      const gaps = north.slice(1).map((r, i) => (Date.parse(r.date) - Date.parse(north[i].date)) / 86_400_000);
      expect(new Set(gaps)).toEqual(new Set([7]));
      expect(dataset.revenue).toHaveLength(base.revenue.length);
    }
  });

  it("lets the east station improve and the south station decline", () => {
    const east = [y2023, y2024, base].map((d) => completion(d, "east"));
    expect(east[0].toNumber()).toBeGreaterThanOrEqual(0.885);
    expect(east[0].toNumber()).toBeLessThanOrEqual(0.915);
    expect(east[1].toNumber()).toBeGreaterThanOrEqual(0.945);
    expect(east[1].toNumber()).toBeLessThanOrEqual(0.975);
    expect(east[0].lt(east[1]) && east[1].lt(east[2])).toBe(true);

    const south = [y2023, y2024, base].map((d) => completion(d, "south"));
    expect(south[0].toNumber()).toBeGreaterThanOrEqual(1.025);
    expect(south[0].toNumber()).toBeLessThanOrEqual(1.055);
    expect(south[1].toNumber()).toBeGreaterThanOrEqual(0.965);
    expect(south[1].toNumber()).toBeLessThanOrEqual(0.995);
    expect(south[0].gt(south[1]) && south[1].gt(south[2])).toBe(true);
  });

  it("keeps north, hall and collective within a few percent of 2025", () => {
    for (const unitCode of ["north", "hall", "collective"]) {
      const reference = completion(base, unitCode);
      for (const dataset of years) {
        const ratio = completion(dataset, unitCode).div(reference).toNumber();
        expect(ratio, `${unitCode} ${dataset.year}`).toBeGreaterThan(0.965);
        expect(ratio, `${unitCode} ${dataset.year}`).toBeLessThan(1.035);
      }
    }
  });

  it("peaks viewing fees in January–February, dips in July–August", () => {
    for (const dataset of years) {
      for (const unit of dataset.units) {
        const winter = viewingFees(dataset, unit.code, ["01", "02"]);
        const summer = viewingFees(dataset, unit.code, ["07", "08"]);
        expect(winter.gt(summer), `${unit.code} ${dataset.year}`).toBe(true);
      }
    }
  });

  it("keeps the cost structure and the cost-control trends", () => {
    for (const dataset of years) {
      for (const unit of dataset.units.filter((u) => u.kind === "STATION")) {
        const costs = dataset.costs.filter((c) => c.unitCode === unit.code && c.category === "REPAIR_MATERIAL");
        const target = dataset.targets.find((t) => t.unitCode === unit.code)!;
        const inWindow = costs.filter((c) => !c.warrantyExchange && Number(c.date.slice(5, 7)) >= target.repairBudgetFromMonth);
        expect(inWindow.map((c) => Number(c.date.slice(5, 7)))).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        expect(costs.filter((c) => c.warrantyExchange)).toHaveLength(1);
        expect(costs.filter((c) => !c.warrantyExchange && Number(c.date.slice(5, 7)) < target.repairBudgetFromMonth)).toHaveLength(1);
      }
      expect(dataset.costs).toHaveLength(base.costs.length);
    }
    const south = [y2023, y2024, base].map((d) => costRatio(d, "south"));
    expect(south[0].lt(south[1]) && south[1].lt(south[2])).toBe(true);
    const east = [y2023, y2024, base].map((d) => costRatio(d, "east"));
    expect(east[0].gt(east[1]) && east[1].gt(east[2])).toBe(true);
  });

  it("gives east fewer complaints and south more as the years go by", () => {
    const count = (d: Dataset, unitCode: string) => d.complaints.filter((c) => c.unitCode === unitCode).length;
    const east = [y2023, y2024, base].map((d) => count(d, "east"));
    const south = [y2023, y2024, base].map((d) => count(d, "south"));
    expect(east[0]).toBeGreaterThan(east[1]);
    expect(east[1]).toBeGreaterThan(east[2]);
    expect(south[0]).toBeLessThan(south[1]);
    expect(south[1]).toBeLessThan(south[2]);
    for (const dataset of years) {
      expect(dataset.callbacks.length).toBeGreaterThan(base.callbacks.length * 0.8);
      expect(dataset.callbacks.length).toBeLessThan(base.callbacks.length * 1.2);
    }
  });

  it("has the 2025 committee coverage, at least three integer scores per unit and dimension", () => {
    const coverage = (d: Dataset) => d.committeeScores.map((s) => `${s.unitCode}/${s.dimension}/${s.member}`).sort();
    for (const dataset of years) {
      expect(coverage(dataset)).toEqual(coverage(base));
      for (const unit of dataset.units) {
        for (const dimension of ["SATISFACTION", "COOPERATION"]) {
          const scores = dataset.committeeScores.filter((s) => s.unitCode === unit.code && s.dimension === dimension);
          expect(scores.length, `${unit.code} ${dimension}`).toBeGreaterThanOrEqual(3);
          expect(scores.every((s) => Number.isInteger(s.score) && s.score >= 0 && s.score <= 100)).toBe(true);
        }
      }
    }
  });

  it("files one set of implementation rules per unit in January or February", () => {
    for (const dataset of years) {
      const rules = dataset.implementationRules ?? [];
      expect(rules.map((r) => r.unitCode)).toEqual(dataset.units.map((u) => u.code));
      for (const rule of rules) {
        const unit = dataset.units.find((u) => u.code === rule.unitCode)!;
        expect(rule.title).toBe(`${unit.name}${dataset.year}年实施细则`);
        expect(rule.reference).toBe(`${unit.code}-${dataset.year}-RULES`);
        expect(rule.filedOn).toMatch(new RegExp(`^${dataset.year}-0[12]-`));
        expect(rule.body.split("。").filter(Boolean).length).toBeGreaterThanOrEqual(2);
        expect(rule.body.split("。").filter(Boolean).length).toBeLessThanOrEqual(4);
      }
    }
  });

  it("refuses years it has no story for", () => {
    expect(() => generateHistoryYear(base, 2025)).toThrow();
    expect(() => generateHistoryYear(base, 2020)).toThrow();
  });
});

describe("the demo data", () => {
  it("is 2023 and 2024 from the generator and exactly the worked example's 2025", () => {
    const [demo2023, demo2024, demo2025] = demoDatasets();
    expect(demo2023).toEqual(y2023);
    expect(demo2024).toEqual(y2024);
    const { implementationRules, ...records2025 } = demo2025;
    expect(records2025).toEqual(base);
    expect(implementationRules?.map((rule) => rule.unitCode).sort()).toEqual(base.units.map((unit) => unit.code).sort());
  });

  it("keeps year-2025.json identical to the specification's worked example (its records, not its expected results)", () => {
    const spec = JSON.parse(readFileSync(path.join(seeds, "../../../shared/spec/worked-example.json"), "utf8"));
    delete spec.expected;
    expect(base).toEqual(spec);
  });
});
