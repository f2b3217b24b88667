import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periodCollection } from "../../server/src/fees/collection-rules.ts";
import { collectionByMonth } from "../../server/src/fees/collection.repository.ts";
import { loadDatasetThroughApi, readWorkedExample, type WorkedExample } from "../support/load-dataset.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let example: WorkedExample;
let northId: number;

const tariff = { RESIDENTIAL: "25.00", UPGRADED: "30.00", COLLECTIVE: "18.00" };

/** The worked example's VIEWING_FEE remittances of a unit in a month of 2025, summed exactly. */
function viewingFees(unitCode: string, month: number): string {
  const prefix = `2025-${String(month).padStart(2, "0")}-`;
  return example.revenue
    .filter((r: any) => r.unitCode === unitCode && r.category === "VIEWING_FEE" && r.date.startsWith(prefix))
    .reduce((sum: Decimal, r: any) => sum.plus(r.amount), new Decimal(0))
    .toFixed(2);
}

beforeAll(async () => {
  server = await startTestServer();
  example = readWorkedExample();
  await loadDatasetThroughApi(server, example);
  northId = (await server.knex("units").where({ code: "north" }).first("id")).id;
  await server
    .knex("fee_tariffs")
    .insert(Object.entries(tariff).map(([household_class, monthly_fee]) => ({ year: 2025, household_class, monthly_fee })));
  await server.knex("household_register").insert([
    { unit_id: northId, year: 2025, month: 3, household_class: "RESIDENTIAL", households: 1200 },
    { unit_id: northId, year: 2025, month: 3, household_class: "UPGRADED", households: 150 },
  ]);
});
afterAll(() => server?.close());

describe("fee collection in PostgreSQL (§9)", () => {
  it("sums north's March receivable in SQL: 1,200 × 25.00 + 150 × 30.00 = 34,500.00, beside March's viewing fees", async () => {
    const rows = await collectionByMonth(server.knex, 2025, [northId]);
    expect(rows).toHaveLength(12);
    const march = rows.find((r) => r.month === 3)!;
    expect(march).toEqual({ unitId: northId, month: 3, hasRegister: true, receivable: "34500.00", collected: viewingFees("north", 3) });
  });

  it("months without a register entry are not applicable, and the year's rate counts only March", async () => {
    const rows = await collectionByMonth(server.knex, 2025, [northId]);
    expect(rows.filter((r) => r.hasRegister).map((r) => r.month)).toEqual([3]);
    const months = rows.map((r) => ({ collected: r.collected, households: r.hasRegister ? { RESIDENTIAL: 1200, UPGRADED: 150 } : undefined }));
    const year = periodCollection(months, tariff);
    expect(year.receivable).toBe("34500.00");
    expect(year.collected).toBe(viewingFees("north", 3));
    const january = periodCollection([months[0]], tariff);
    expect(january.collectionRate).toBeNull();
  });

  it("refuses a negative household count, storing nothing", async () => {
    await expect(
      server.knex("household_register").insert({ unit_id: northId, year: 2025, month: 4, household_class: "RESIDENTIAL", households: -1 }),
    ).rejects.toThrow(/household_register_households_not_negative/);
    expect(await server.knex("household_register").where({ month: 4 }).count("* as n").first()).toEqual({ n: 0 });
  });
});
