import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { RECORD_REVENUE } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Repeated reads of an unchanged open year are served without reading its records again; every
 * kind of write — through the API, plain SQL, a truncate, a unit's rename — makes the next read
 * fresh. The aggregate statements are counted on the server's own connection pool.
 */
let server: TestServer;
const statements: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, readWorkedExample());
  server.knex.on("query", (query: { sql: string }) => statements.push(query.sql));
});
afterAll(() => server?.close());

const QUERY = `query { assessment(year: 2025) { finalized results { unit { code name } revenueActual completionRate total rank } } }`;

/** The assessment, and how many statements read the revenue ledger while answering it. */
async function read() {
  statements.length = 0;
  const response = await server.gql(QUERY);
  expect(response.errors).toBeUndefined();
  const ledgerReads = statements.filter((sql) => /from\s+"?revenue_records/i.test(sql)).length;
  return { results: response.data.assessment.results, ledgerReads };
}
const north = (results: any[]) => results.find((r) => r.unit.code === "north");

describe("the live assessment of an unchanged year", () => {
  it("is computed once and then served from the year's data version", async () => {
    const first = await read();
    expect(first.ledgerReads).toBeGreaterThan(0);
    const second = await read();
    expect(second.ledgerReads).toBe(0);
    expect(second.results).toEqual(first.results);
  });

  it("is fresh after a write through the API", async () => {
    const before = north((await read()).results);
    const response = await server.gql(RECORD_REVENUE, {
      entries: [{ unitCode: "north", date: "2025-12-30", category: "VIEWING_FEE", amount: "32000.00", reference: "CACHE-1" }],
    });
    expect(response.errors).toBeUndefined();
    const after = await read();
    expect(after.ledgerReads).toBeGreaterThan(0);
    // 32,000 yuan of north's 3,200,000 target: one point of completion more.
    expect(Number(north(after.results).completionRate)).toBeCloseTo(Number(before.completionRate) + 1, 6);
    expect((await read()).ledgerReads).toBe(0);
  });

  it("is fresh after a write in plain SQL, behind the API's back", async () => {
    const before = north((await read()).results);
    await server.knex("revenue_records").where({ reference: "CACHE-1" }).update({ amount: "64000.00" });
    const after = await read();
    expect(after.ledgerReads).toBeGreaterThan(0);
    expect(Number(north(after.results).completionRate)).toBeCloseTo(Number(before.completionRate) + 1, 6);
  });

  it("is fresh after a unit changes (its names are part of every year)", async () => {
    await read();
    await server.knex("units").where({ code: "north" }).update({ updated_at: server.knex.fn.now() });
    expect((await read()).ledgerReads).toBeGreaterThan(0);
  });

  it("is fresh after a write that another year's data does not share", async () => {
    await read();
    await server.gql(RECORD_REVENUE, {
      entries: [{ unitCode: "north", date: "2026-01-05", category: "VIEWING_FEE", amount: "1.00", reference: "CACHE-NEXT" }],
    });
    // 2026's write leaves 2025's version as it was.
    expect((await read()).ledgerReads).toBe(0);
  });

  it("is fresh after a truncate, and a rolled-back write changes nothing", async () => {
    await read();
    await server.knex
      .transaction(async (trx) => {
        await trx("revenue_records").where({ reference: "CACHE-1" }).update({ amount: "1.00" });
        await trx.rollback();
      })
      .catch(() => {});
    expect((await read()).ledgerReads).toBe(0);
    await server.knex.raw("truncate revenue_records cascade");
    const emptied = await read();
    expect(emptied.ledgerReads).toBeGreaterThan(0);
    expect(Number(north(emptied.results).revenueActual)).toBe(0);
  });
});

describe("the units of an unchanged year's results", () => {
  const unitReads = () => statements.filter((sql) => /from\s+"?units"?\s/i.test(sql)).length;
  const ask = async (selection: string) => {
    await server.gql(`query { assessment(year: 2025) { results { rank } } }`); // the year is cached
    statements.length = 0;
    const fragment = selection.includes("...U") ? "fragment U on Unit { code name } " : "";
    const response = await server.gql(`${fragment}query { assessment(year: 2025) { results { rank unit ${selection} } } }`);
    expect(response.errors).toBeUndefined();
    return { units: response.data.assessment.results.map((r: { unit: unknown }) => r.unit), unitReads: unitReads() };
  };

  it("are not read when the query asks only for what a result knows (id, code, name; the dashboard's UnitRef)", async () => {
    const plain = await ask("{ id code name }");
    expect(plain.unitReads).toBe(0);
    expect(plain.units).toContainEqual({ id: expect.any(String), code: "north", name: "城北管理站" });
    const spread = await ask("{ ...U }");
    expect(spread.unitReads).toBe(0);
    expect(spread.units.map((u: { code: string }) => u.code)).toEqual(plain.units.map((u: { code: string }) => u.code));
  });

  it("are read, in one statement, when the query asks for more, and both ways give the same unit", async () => {
    const fuller = await ask("{ id code name kind }");
    expect(fuller.unitReads).toBe(1);
    const lean = await ask("{ id code name }");
    expect(fuller.units.map(({ kind: _kind, ...unit }: { kind: string }) => unit)).toEqual(lean.units);
    expect(fuller.units.find((u: { code: string }) => u.code === "north").kind).toBe("STATION");
  });
});
