import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { FINALIZE, REOPEN, UPSERT_UNIT } from "../support/operations.ts";
import { startTestServer, tableCounts, type TestServer } from "../support/test-server.ts";

/**
 * Units change over the years; their history does not. Every figure of a year shows the name the
 * unit had then, a finalised year shows the names it was finalised under, and a retired unit
 * appears in its past years by its name.
 */
let server: TestServer;

const RANKING = `query($year: Int!) { assessment(year: $year) { finalized scheme { isDefault } results { unit { code name retired } } } }`;
const RENAME = `mutation($code: String!, $name: String!, $from: Date!) { renameUnit(code: $code, name: $name, from: $from) { code name names { validFrom name } } }`;
const RETIRE = `mutation($code: String!, $from: Date!) { retireUnit(code: $code, from: $from) { code retired retiredFrom } }`;

const nameIn = async (year: number, code: string) => {
  const response = await server.gql(RANKING, { year });
  expect(response.errors).toBeUndefined();
  return response.data.assessment.results.find((r: { unit: { code: string } }) => r.unit.code === code)?.unit.name;
};

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, readWorkedExample());
});
afterAll(() => server?.close());

describe("a finalised year", () => {
  it("keeps the names it was finalised under when a unit is renamed later", async () => {
    expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
    const renamed = await server.gql(UPSERT_UNIT, { input: { code: "north", name: "城北片区服务站", kind: "STATION" } });
    expect(renamed.data.upsertUnit.name).toBe("城北片区服务站");
    expect(await nameIn(2025, "north")).toBe("城北管理站");
    const units = await server.gql(`{ units { code name } }`);
    expect(units.data.units).toContainEqual({ code: "north", name: "城北片区服务站" });
  });

  it("refuses a rename dated inside it, storing nothing", async () => {
    const before = await server.knex("unit_names").count({ n: "*" });
    const counts = await tableCounts(server.knex);
    const response = await server.gql(RENAME, { code: "south", name: "城南新站", from: "2025-06-01" });
    expect(response.errors?.[0].extensions).toMatchObject({ code: "YEAR_FINALIZED", years: [2025] });
    expect(await server.knex("unit_names").count({ n: "*" })).toEqual(before);
    expect(await tableCounts(server.knex)).toEqual(counts);
  });

  it("has one answer to 'is its scheme the default'", async () => {
    const response = await server.gql(`{ assessment(year: 2025) { finalized scheme { isDefault } } scheme(year: 2025) { isDefault } }`);
    expect(response.data.assessment.finalized).toBe(true);
    expect(response.data.assessment.scheme.isDefault).toBe(response.data.scheme.isDefault);
  });
});

describe("an open year", () => {
  beforeAll(async () => {
    expect((await server.gql(REOPEN, { year: 2025, reason: "names test: reopen to check dated names" })).errors).toBeUndefined();
  });

  it("shows a unit renamed from the next year under its old name", async () => {
    const renamed = await server.gql(RENAME, { code: "south", name: "城南片区服务站", from: "2026-01-01" });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.renameUnit.names).toEqual([
      { validFrom: "2000-01-01", name: "城南管理站" },
      { validFrom: "2026-01-01", name: "城南片区服务站" },
    ]);
    expect(await nameIn(2025, "south")).toBe("城南管理站");
    const unit = await server.gql(`{ unit(code: "south") { name y2025: nameInYear(year: 2025) y2026: nameInYear(year: 2026) } }`);
    expect(unit.data.unit).toEqual({ name: "城南片区服务站", y2025: "城南管理站", y2026: "城南片区服务站" });

    // The contracts listing reads code and name with each contract; asking for more goes to the unit loader: the same name.
    const contracts = await server.gql(
      `{ known: contracts(year: 2025) { unit { code name } } loaded: contracts(year: 2025) { unit { code name kind } } }`,
    );
    expect(contracts.errors).toBeUndefined();
    const southIn = (rows: { unit: { code: string; name: string } }[]) => rows.find((r) => r.unit.code === "south")!.unit;
    expect(southIn(contracts.data.known)).toEqual({ code: "south", name: "城南管理站" });
    expect(southIn(contracts.data.loaded)).toEqual({ code: "south", name: "城南管理站", kind: "STATION" });
  });

  it("names the unit of every totals row as it was named in that year", async () => {
    const totals = await server.gql(
      `{ yearTotals(year: 2025) { revenueActual unit { code name } } monthlyTotals(year: 2025) { month revenue unit { code name } } }`,
    );
    expect(totals.errors).toBeUndefined();
    const south = (rows: { unit: { code: string; name: string } }[]) => rows.filter((r) => r.unit.code === "south").map((r) => r.unit.name);
    expect(south(totals.data.yearTotals)).toEqual(["城南管理站"]);
    expect(new Set(south(totals.data.monthlyTotals))).toEqual(new Set(["城南管理站"]));
    expect(south(totals.data.monthlyTotals).length).toBeGreaterThan(1);
    // Without `unit` selected the rows come without it, and the figures are the same.
    const plain = await server.gql(`{ monthlyTotals(year: 2025) { month revenue } }`);
    expect(plain.data.monthlyTotals).toEqual(
      totals.data.monthlyTotals.map(({ month, revenue }: { month: number; revenue: string }) => ({ month, revenue })),
    );
  });

  it("lists a retired unit in its past years by its name, and no longer among the units", async () => {
    const retired = await server.gql(RETIRE, { code: "hall", from: "2026-01-01" });
    expect(retired.data.retireUnit).toEqual({ code: "hall", retired: true, retiredFrom: "2026-01-01" });
    expect(await nameIn(2025, "hall")).toBe("收费大厅");
    const units = await server.gql(`{ current: units { code } all: units(includeRetired: true) { code } }`);
    expect(units.data.current.map((u: { code: string }) => u.code)).not.toContain("hall");
    expect(units.data.all.map((u: { code: string }) => u.code)).toContain("hall");
  });
});
