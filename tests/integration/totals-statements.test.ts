import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResponse, startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * monthlyTotals and yearTotals sum only the ledgers their selected fields need, in one statement
 * per ledger, and name every row's unit in one statement: the count does not grow with the units.
 * Counted from the knex client's query events (the server and this file share the client).
 */
let server: TestServer;

const LEDGER_TABLES = ["revenue_records", "classified_costs", "callbacks", "complaints", "dispatch_orders"];

async function addUnitsWithRecords(codes: string[]) {
  const units = await server
    .knex("units")
    .insert(codes.map((code) => ({ code, name: `${code}站`, kind: "STATION" })))
    .returning(["id", "code"]);
  await server.knex("revenue_records").insert(
    units.flatMap((u) =>
      [1, 2, 3].map((month) => ({
        unit_id: u.id,
        record_date: `2025-0${month}-10`,
        category: "VIEWING_FEE",
        amount: `${100 * month}.25`,
        reference: `${u.code}-r${month}`,
      })),
    ),
  );
  await server
    .knex("callbacks")
    .insert(units.map((u) => ({ unit_id: u.id, record_date: "2025-02-01", outcome: "SATISFIED", reference: `${u.code}-cb` })));
}

/** The statements one request runs, by the ledger tables they read (and how many in all). */
async function statementsOf(query: string) {
  // Its viewer kept first (viewer-cache.ts), so that only the query's own statements are counted.
  await server.gql("{ viewer { username } }");
  const seen: string[] = [];
  const listener = (q: { sql: string }) => seen.push(q.sql);
  server.knex.on("query", listener);
  let response: GraphQLResponse;
  try {
    response = await server.gql(query);
  } finally {
    server.knex.off("query", listener);
  }
  expect(response.errors).toBeUndefined();
  const ledgers = LEDGER_TABLES.filter((table) => seen.some((sql) => sql.includes(`"${table}"`)));
  return { data: response.data, total: seen.length, ledgers, perLedger: ledgers.map((t) => seen.filter((sql) => sql.includes(`"${t}"`)).length) };
}

beforeAll(async () => {
  server = await startTestServer();
  await addUnitsWithRecords(["ua", "ub"]);
});
afterAll(() => server?.close());

describe("totals statements", () => {
  it("sums only the revenue ledger for a revenue chart, and names the units in one statement", async () => {
    const revenue = await statementsOf(`{ monthlyTotals(year: 2025) { month revenue viewingFee unit { code name } } }`);
    expect(revenue.ledgers).toEqual(["revenue_records"]);
    expect(revenue.perLedger).toEqual([1]);
    expect(revenue.data.monthlyTotals).toEqual(
      ["ua", "ub"].flatMap((code) =>
        [1, 2, 3].map((month) => ({ month, revenue: `${100 * month}.25`, viewingFee: `${100 * month}.25`, unit: { code, name: `${code}站` } })),
      ),
    );
    const noUnit = await statementsOf(`{ monthlyTotals(year: 2025) { month revenue } }`);
    // Without `unit` the units are not looked up at all.
    expect(noUnit.total).toBe(revenue.total - 1);

    const service = await statementsOf(`{ monthlyTotals(year: 2025) { month callbacksSatisfied dispatchesLate unit { code } } }`);
    expect(service.ledgers).toEqual(["callbacks", "dispatch_orders"]);
    const year = await statementsOf(`{ yearTotals(year: 2025) { revenueActual unit { code } } }`);
    expect(year.ledgers).toEqual(["revenue_records"]);
    expect(year.data.yearTotals).toEqual([
      { revenueActual: "600.75", unit: { code: "ua" } },
      { revenueActual: "600.75", unit: { code: "ub" } },
    ]);
  });

  it("runs as many statements for forty units as for two", async () => {
    const every = `{ monthlyTotals(year: 2025) { month revenue repairCost callbacksSatisfied complaints dispatchesOnTime unit { code name } }
                     yearTotals(year: 2025) { revenueActual repairCost callbacksSatisfied complaints dispatchesOnTime unit { code name } } }`;
    const two = await statementsOf(every);
    expect(two.ledgers).toEqual(LEDGER_TABLES);
    expect(two.perLedger).toEqual([2, 2, 2, 2, 2]);
    await addUnitsWithRecords(Array.from({ length: 38 }, (_, i) => `uc${i}`));
    const forty = await statementsOf(every);
    expect(new Set(forty.data.monthlyTotals.map((r: { unit: { code: string } }) => r.unit.code)).size).toBe(40);
    expect(forty.data.yearTotals).toHaveLength(40);
    expect(forty.total).toBe(two.total);
  });
});
