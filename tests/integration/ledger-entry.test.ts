import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RECORD_CALLBACKS, RECORD_COMPLAINTS, RECORD_COSTS, RECORD_DISPATCHES, RECORD_REVENUE, UPSERT_UNIT } from "../support/operations.ts";
import { startTestServer, tableCounts, type TestServer } from "../support/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  for (const [code, name] of [
    ["north", "城北管理站"],
    ["south", "城南管理站"],
  ]) {
    const response = await server.gql(UPSERT_UNIT, { input: { code, name, kind: "STATION" } });
    expect(response.errors).toBeUndefined();
  }
});
afterAll(() => server?.close());

beforeEach(async () => {
  for (const table of ["revenue_records", "cost_records", "callbacks", "complaints", "dispatch_orders"]) await server.knex(table).del();
});

const remittance = (reference: string, overrides: Record<string, unknown> = {}) => ({
  unitCode: "north",
  date: "2025-03-07",
  category: "VIEWING_FEE",
  amount: "1200.50",
  reference,
  ...overrides,
});

describe("recording each kind of record", () => {
  it("stores revenue remittances exactly and reads them back", async () => {
    const result = await server.gql(RECORD_REVENUE, {
      entries: [remittance("R-1"), remittance("R-2", { amount: "0.01", category: "ARREARS", unitCode: "south" })],
    });
    expect(result).toEqual({ data: { recordRevenue: { inserted: 2, duplicates: [] } } });
    const stored = await server.knex("revenue_records").orderBy("reference").select("reference", "amount", "category", "record_date");
    expect(stored).toEqual([
      { reference: "R-1", amount: "1200.50", category: "VIEWING_FEE", record_date: "2025-03-07" },
      { reference: "R-2", amount: "0.01", category: "ARREARS", record_date: "2025-03-07" },
    ]);
    const listed = await server.gql(
      `{ revenueRecords(filter: { year: 2025, unitCode: "north" }) { totalCount sum edges { node { unit { code name } date category amount reference } } } }`,
    );
    expect(listed.data.revenueRecords).toEqual({
      totalCount: 1,
      sum: "1200.50",
      edges: [
        { node: { unit: { code: "north", name: "城北管理站" }, date: "2025-03-07", category: "VIEWING_FEE", amount: "1200.50", reference: "R-1" } },
      ],
    });
  });

  it("stores costs, callbacks, complaints and dispatch orders", async () => {
    const costs = await server.gql(RECORD_COSTS, {
      entries: [
        { unitCode: "north", date: "2025-03-15", category: "REPAIR_MATERIAL", amount: "17100.00", reference: "C-1" },
        { unitCode: "north", date: "2025-04-15", category: "REPAIR_MATERIAL", amount: "12345.67", reference: "C-2", warrantyExchange: true },
      ],
    });
    const callbacks = await server.gql(RECORD_CALLBACKS, {
      entries: [{ unitCode: "north", date: "2025-02-02", outcome: "BASICALLY_SATISFIED", reference: "CB-1" }],
    });
    const complaints = await server.gql(RECORD_COMPLAINTS, {
      entries: [{ unitCode: "south", date: "2025-01-11", repeat: true, reference: "CP-1" }],
    });
    const dispatches = await server.gql(RECORD_DISPATCHES, {
      entries: [{ unitCode: "north", date: "2025-01-05", kind: "EMERGENCY_REPAIR", outcome: "REFUSED", reference: "DP-1" }],
    });
    for (const [response, field] of [
      [costs, "recordCosts"],
      [callbacks, "recordCallbacks"],
      [complaints, "recordComplaints"],
      [dispatches, "recordDispatches"],
    ] as const) {
      expect(response.errors).toBeUndefined();
      expect(response.data[field].inserted).toBeGreaterThan(0);
    }
    const read = await server.gql(`{
      costRecords(filter: { year: 2025 }) { edges { node { reference amount warrantyExchange } } }
      callbackRecords(filter: { year: 2025 }) { edges { node { outcome } } }
      complaintRecords(filter: { year: 2025 }) { edges { node { unit { code } repeat } } }
      dispatchRecords(filter: { year: 2025 }) { edges { node { kind outcome } } }
    }`);
    expect(read.data).toEqual({
      costRecords: {
        edges: [
          { node: { reference: "C-1", amount: "17100.00", warrantyExchange: false } },
          { node: { reference: "C-2", amount: "12345.67", warrantyExchange: true } },
        ],
      },
      callbackRecords: { edges: [{ node: { outcome: "BASICALLY_SATISFIED" } }] },
      complaintRecords: { edges: [{ node: { unit: { code: "south" }, repeat: true } }] },
      dispatchRecords: { edges: [{ node: { kind: "EMERGENCY_REPAIR", outcome: "REFUSED" } }] },
    });
  });
});

describe("corrections (冲红)", () => {
  it("store a negative remittance only when marked as a correction, and count it in the totals", async () => {
    const response = await server.gql(RECORD_REVENUE, {
      entries: [remittance("R-1", { amount: "5000.00" }), remittance("R-1-FIX", { amount: "-2439.50", correction: true })],
    });
    expect(response.data.recordRevenue.inserted).toBe(2);
    const totals = await server.gql(`{ yearTotals(year: 2025) { unit { code } revenueActual viewingFee } }`);
    expect(totals.data.yearTotals).toContainEqual({ unit: { code: "north" }, revenueActual: "2560.50", viewingFee: "2560.50" });
  });
});

describe("bad input is refused whole, naming the entry and field, and stores nothing", () => {
  // Each refusal names the entry (row counted from 1), the field and a reason code, in the caller's language.
  const cases: [string, Record<string, unknown>, string, string, RegExp][] = [
    ["unknown unit", { unitCode: "west" }, "unitCode", "UNKNOWN_UNIT", /row 2 unitCode: no unit has the code or name "west"/],
    ["negative money", { amount: "-1.00" }, "amount", "NEGATIVE_NEEDS_CORRECTION", /row 2 amount: must not be negative/],
    ["zero", { amount: "0.00" }, "amount", "NOT_POSITIVE", /row 2 amount: must be greater than 0/],
    [
      "a correction that is not negative",
      { amount: "5.00", correction: true },
      "amount",
      "CORRECTION_MUST_BE_NEGATIVE",
      /row 2 amount: a correction reverses money/,
    ],
    ["more than 2 decimals", { amount: "12.345" }, "amount", "TOO_MANY_DECIMALS", /row 2 amount: must have at most 2 decimals/],
    ["exponent notation", { amount: "1e5" }, "amount", "NOT_MONEY", /row 2 amount: is not an amount/],
    ["NaN", { amount: "NaN" }, "amount", "NOT_MONEY", /row 2 amount/],
    ["a JSON number", { amount: 12.5 }, "amount", "NOT_MONEY", /row 2 amount: .*a number/],
    ["a huge amount", { amount: "99999999999999.00" }, "amount", "NUMBER_RANGE", /row 2 amount: must be between/],
    ["a bad date", { date: "2025-02-30" }, "date", "NOT_A_DATE", /row 2 date: is not a date/],
    ["a malformed date", { date: "07/03/2025" }, "date", "NOT_A_DATE", /row 2 date/],
    ["an unknown enum", { category: "DONATION" }, "category", "UNKNOWN_VALUE", /row 2 category/],
    [
      "a reference used twice in the batch",
      { reference: "R-1" },
      "reference",
      "DUPLICATE_IN_BATCH",
      /row 2 reference: "R-1" is also used by row 1 of this batch/,
    ],
    ["an empty reference", { reference: "" }, "reference", "EMPTY", /row 2 reference: must not be empty/],
  ];

  it.each(cases)("%s", async (_label, override, field, reason, message) => {
    const before = await tableCounts(server.knex);
    const response = await server.gql(RECORD_REVENUE, { entries: [remittance("R-1"), remittance("R-2", override)] });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].extensions?.invalid[0]).toMatchObject({ index: 1, row: 2, field, reason });
    expect(response.errors?.map((e) => e.message).join("\n")).toMatch(message);
    expect(await tableCounts(server.knex)).toEqual(before);
  });

  it("says the same in Chinese when the caller asks for it", async () => {
    const response = await server.gqlIn("zh-CN,zh;q=0.9", RECORD_REVENUE, {
      entries: [remittance("R-1"), remittance("R-1"), remittance("R-3", { unitCode: "west" })],
    });
    expect(response.errors?.[0].message).toBe(
      "有 2 行有误,均未保存:第 2 行 凭证号(reference): 凭证号“R-1”已在本批第 1 行使用;第 3 行 单位(unitCode): 没有代码或名称为“west”的单位",
    );
    expect(response.errors?.[0].extensions?.invalid.map((e: { message: string }) => e.message)).toEqual([
      "凭证号“R-1”已在本批第 1 行使用",
      "没有代码或名称为“west”的单位",
    ]);
  });

  it("lists every bad entry of a batch with index, field and reason", async () => {
    const response = await server.gql(RECORD_REVENUE, {
      entries: [remittance("R-1"), remittance("R-2", { unitCode: "nowhere" }), remittance("R-3", { amount: "-5" }), remittance("R-3")],
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: "BAD_USER_INPUT",
      invalid: [
        {
          index: 1,
          row: 2,
          field: "unitCode",
          reason: "UNKNOWN_UNIT",
          params: { unit: "nowhere" },
          message: 'no unit has the code or name "nowhere"',
        },
        {
          index: 2,
          row: 3,
          field: "amount",
          reason: "NEGATIVE_NEEDS_CORRECTION",
          params: { got: "-5.00" },
          message: expect.stringContaining("must not be negative (got -5.00)"),
        },
        {
          index: 3,
          row: 4,
          field: "reference",
          reason: "DUPLICATE_IN_BATCH",
          params: { reference: "R-3", row: 3 },
          message: '"R-3" is also used by row 3 of this batch',
        },
      ],
    });
    expect(await server.knex("revenue_records").count({ n: "*" })).toEqual([{ n: 0 }]);
  });

  it("refuses a warranty exchange on a non-repair cost", async () => {
    const response = await server.gql(RECORD_COSTS, {
      entries: [{ unitCode: "north", date: "2025-03-15", category: "MEALS", amount: "10.00", reference: "C-9", warrantyExchange: true }],
    });
    expect(response.errors?.[0].extensions?.invalid).toEqual([
      {
        index: 0,
        row: 1,
        field: "warrantyExchange",
        reason: "WARRANTY_ONLY_REPAIR",
        params: { category: "MEALS" },
        message: "only repair material can be a warranty exchange (category is MEALS)",
      },
    ]);
    expect(await server.knex("cost_records").count({ n: "*" })).toEqual([{ n: 0 }]);
  });

  it("refuses unknown enum values of the other kinds", async () => {
    for (const [mutation, entry] of [
      [RECORD_CALLBACKS, { unitCode: "north", date: "2025-01-01", outcome: "HAPPY", reference: "X" }],
      [RECORD_DISPATCHES, { unitCode: "north", date: "2025-01-01", kind: "PARADE", outcome: "ON_TIME", reference: "X" }],
      [RECORD_COSTS, { unitCode: "north", date: "2025-01-01", category: "BRIBES", amount: "1.00", reference: "X" }],
    ] as const) {
      const response = await server.gql(mutation, { entries: [entry] });
      expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0].extensions?.invalid[0]).toMatchObject({
        index: 0,
        row: 1,
        field: expect.stringMatching(/^(outcome|kind|category)$/),
      });
    }
    const counts = await tableCounts(server.knex);
    expect(counts.callbacks + counts.dispatch_orders + counts.cost_records).toBe(0);
  });
});

describe("references already stored", () => {
  it("are reported as duplicates and not stored twice", async () => {
    expect((await server.gql(RECORD_REVENUE, { entries: [remittance("R-1"), remittance("R-2")] })).data.recordRevenue).toEqual({
      inserted: 2,
      duplicates: [],
    });
    const again = await server.gql(RECORD_REVENUE, { entries: [remittance("R-2"), remittance("R-3"), remittance("R-1")] });
    expect(again.data.recordRevenue).toEqual({ inserted: 1, duplicates: ["R-2", "R-1"] });
    const sum = await server.knex("revenue_records").sum({ total: "amount" }).first();
    expect(sum?.total).toBe("3601.50");
  });

  it("are stored once under concurrent identical batches", async () => {
    const entries = Array.from({ length: 300 }, (_, i) => remittance(`CONC-${i}`, { amount: "100.00" }));
    const results = await Promise.all(Array.from({ length: 6 }, () => server.gql(RECORD_REVENUE, { entries })));
    for (const result of results) expect(result.errors).toBeUndefined();
    const inserted = results.map((r) => r.data.recordRevenue.inserted);
    const duplicates = results.map((r) => r.data.recordRevenue.duplicates.length);
    expect(inserted.reduce((a, b) => a + b, 0)).toBe(300);
    for (let i = 0; i < results.length; i++) expect(inserted[i] + duplicates[i]).toBe(300);
    const row = await server.knex("revenue_records").count({ n: "*" }).sum({ total: "amount" }).first();
    expect(row).toEqual({ n: 300, total: "30000.00" });
  });
});

describe("listing", () => {
  it("pages through a year's records by cursor in date order with the total count and sum", async () => {
    const entries = Array.from({ length: 25 }, (_, i) =>
      remittance(`P-${String(i).padStart(2, "0")}`, { date: `2025-${String((i % 12) + 1).padStart(2, "0")}-10` }),
    );
    entries.push(remittance("P-OTHER-YEAR", { date: "2024-12-31" }));
    await server.gql(RECORD_REVENUE, { entries });
    const LIST = `query($after: String) { revenueRecords(filter: { year: 2025 }, first: 10, after: $after) {
      totalCount sum pageInfo { hasNextPage endCursor } edges { node { date reference } } } }`;
    const seen: string[] = [];
    const dates: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const response: any = await server.gql(LIST, { after });
      expect(response.errors).toBeUndefined();
      const connection = response.data.revenueRecords;
      expect(connection.totalCount).toBe(25);
      expect(connection.sum).toBe("30012.50");
      for (const edge of connection.edges) {
        seen.push(edge.node.reference);
        dates.push(edge.node.date);
      }
      expect(connection.pageInfo.hasNextPage).toBe(page < 2);
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(dates).toEqual([...dates].sort());
    const march = await server.gql(`{ revenueRecords(filter: { year: 2025, from: "2025-03-01", to: "2025-03-31" }) { totalCount } }`);
    // i % 12 === 2 for i = 2 and 14
    expect(march.data.revenueRecords.totalCount).toBe(2);
    const bad = await server.gql(`{ revenueRecords(filter: { year: 2025 }, first: 5000) { totalCount } }`);
    expect(bad.errors?.[0].extensions?.invalid).toEqual([
      {
        field: "first",
        reason: "WHOLE_NUMBER_RANGE",
        params: { min: 0, max: 1000, got: "5000" },
        message: "must be a whole number from 0 to 1000 (got 5000)",
      },
    ]);
  });
});
