import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { demoDatasets } from "../../src/demo-data.ts";
import type { Dataset } from "../../src/dataset.ts";
import { generateHistoryYear } from "../history.ts";

const [y2023, y2024, y2025] = demoDatasets();

const completion = (dataset: Dataset, unitCode: string) => {
  const actual = dataset.revenue.filter((r) => r.unitCode === unitCode).reduce((s, r) => s.plus(r.amount), new Decimal(0));
  const target = dataset.targets.find((t) => t.unitCode === unitCode)!.revenueTarget;
  return actual.div(target).times(100).toNumber();
};

describe("demo history years", () => {
  it("are 2023, 2024 and the worked example's 2025", () => {
    expect([y2023.year, y2024.year, y2025.year]).toEqual([2023, 2024, 2025]);
    expect(y2025.revenue).toHaveLength(780);
  });

  it("date every record inside its own year, with valid days and exact amounts", () => {
    for (const dataset of [y2023, y2024]) {
      const records = [...dataset.revenue, ...dataset.costs, ...dataset.callbacks, ...dataset.complaints, ...dataset.dispatches];
      for (const record of records) {
        expect(record.date.slice(0, 4)).toBe(String(dataset.year));
        expect(new Date(`${record.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(record.date);
      }
      for (const money of [...dataset.revenue, ...dataset.costs]) expect(money.amount).toMatch(/^\d+\.\d{2}$/);
      for (const target of dataset.targets) expect(target.year).toBe(dataset.year);
    }
  });

  it("never reuse a reference across years", () => {
    for (const kind of ["revenue", "costs", "callbacks", "complaints", "dispatches"] as const) {
      const references = [y2023, y2024, y2025].flatMap((d) => d[kind].map((r) => r.reference));
      expect(new Set(references).size, kind).toBe(references.length);
    }
  });

  it("show the east station improving and the south station declining", () => {
    const east = [y2023, y2024, y2025].map((d) => completion(d, "east"));
    const south = [y2023, y2024, y2025].map((d) => completion(d, "south"));
    expect(east[0]).toBeCloseTo(90, 0);
    expect(east[0]).toBeLessThan(east[1]);
    expect(east[1]).toBeLessThan(east[2]);
    expect(south[0]).toBeCloseTo(104, 0);
    expect(south[0]).toBeGreaterThan(south[1]);
    expect(south[1]).toBeGreaterThan(south[2]);
  });

  it("collect more viewing fees around Spring Festival than in summer", () => {
    const viewing = (months: string[]) =>
      y2024.revenue
        .filter((r) => r.category === "VIEWING_FEE" && months.includes(r.date.slice(5, 7)))
        .reduce((s, r) => s.plus(r.amount), new Decimal(0));
    expect(viewing(["01", "02"]).greaterThan(viewing(["07", "08"]))).toBe(true);
  });

  it("are deterministic and give every unit enough committee scores", () => {
    expect(generateHistoryYear(y2025, 2024)).toEqual(y2024);
    for (const unit of y2023.units) {
      for (const dimension of ["SATISFACTION", "COOPERATION"]) {
        expect(y2023.committeeScores.filter((s) => s.unitCode === unit.code && s.dimension === dimension).length).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
