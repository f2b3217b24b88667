import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UPSERT_UNIT } from "../support/operations.ts";
import { upload, xlsxFile } from "../support/spreadsheets.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * The §9 import kinds through POST /api/import (the one import service every door uses): the
 * household register (households) and the arrears register (arrears), checked then stored,
 * with the same refusals as the GraphQL batches.
 */
let server: TestServer;
let clerk: string;
const count = async (table: string) => Number((await server.knex(table).count({ n: "*" }).first())!.n);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  server = await startTestServer();
  for (const [code, name, kind] of [
    ["north", "城北管理站", "STATION"],
    ["hall", "收费大厅", "FEE_HALL"],
  ]) {
    expect((await server.gql(UPSERT_UNIT, { input: { code, name, kind } })).errors).toBeUndefined();
  }
  clerk = await server.userWithRoles("fee-import-clerk", ["CLERK"]);
  await server.gql(`mutation { setTariff(year: 2025, residential: "25.00", upgraded: "30.00", collective: "18.00") { isSet } }`);
});
afterAll(() => server?.close());

const register = (bad = false) =>
  xlsxFile([
    {
      name: "户数",
      rows: [
        ["2025年户数登记"],
        ["单位", "月份", "普通用户", "网改用户", "集体户"],
        ["城北站", "2025年3月", 1200, 150, null],
        ["north", day("2025-04-01"), 1210, "150", bad ? -2 : 0],
        ["收费大厅", bad ? "2025-13" : "2025/3", null, 900, 40],
      ],
    },
  ]);

describe("POST /api/import?kind=households", () => {
  it("reports a bad row with sheet, row, column and reason, storing nothing", async () => {
    const { status, body } = await upload(server, clerk, {
      kind: "households",
      dryRun: false,
      file: await register(true),
      fileName: "户数.xlsx",
      token: clerk,
      language: "zh",
    });
    expect(status).toBe(422);
    expect(body.invalid).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: "户数", row: 5, column: "B", field: "month", code: "MONTH_FORMAT" }),
        expect.objectContaining({ sheet: "户数", row: 4, field: "collective", code: "WHOLE_NUMBER_RANGE" }),
      ]),
    );
    expect(await count("household_register")).toBe(0);
  });

  it("imports the register; the month's receivable follows; the same file again is all duplicates, other counts a conflict", async () => {
    const { status, body } = await upload(server, clerk, {
      kind: "households",
      dryRun: false,
      file: await register(),
      fileName: "户数.xlsx",
      token: clerk,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "households", rows: 3, inserted: 3 });
    expect(await count("household_register")).toBe(9);
    const march = (await server.gql(`{ collection(year: 2025, unitCode: "north", month: 3) { receivable } }`)).data.collection;
    expect(march.receivable).toBe("34500.00");
    const hall = (await server.gql(`{ collection(year: 2025, unitCode: "hall", month: 3) { receivable } }`)).data.collection;
    expect(hall.receivable).toBe("27720.00"); // 900 × 30.00 + 40 × 18.00

    const again = await upload(server, clerk, { kind: "households", dryRun: false, file: await register(), fileName: "户数.xlsx", token: clerk });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ inserted: 0, duplicateCount: 3 });
    expect(again.body.duplicates).toEqual(["north/2025-03", "north/2025-04", "hall/2025-03"]);

    const changed = Buffer.from("单位,月份,普通用户,网改用户\r\nnorth,2025-03,1300,150\r\n", "utf8");
    const conflict = await upload(server, clerk, { kind: "households", dryRun: false, file: changed, fileName: "户数.csv", token: clerk });
    expect(conflict.status).toBe(422);
    expect(conflict.body.conflicts).toEqual([expect.objectContaining({ reference: "north/2025-03", code: "CONFLICTS_STORED" })]);
    expect((await server.gql(`{ collection(year: 2025, unitCode: "north", month: 3) { receivable } }`)).data.collection.receivable).toBe("34500.00");
  });

  it("is refused for a station head like recordHouseholds", async () => {
    const head = await server.userWithRoles("fee-import-head", ["STATION_HEAD"], { unitCode: "north" });
    const { status } = await upload(server, clerk, { kind: "households", dryRun: true, file: await register(), fileName: "户数.xlsx", token: head });
    expect(status).toBe(403);
  });
});

describe("POST /api/import?kind=arrears", () => {
  const sheet = (amount: string) =>
    Buffer.from(
      "单位,户号,户主姓名,联系电话,地址,欠费年数,欠费金额\r\n" +
        `城北管理站,BJ-0101,赵六,13611112222,城北区人民路1号,2,${amount}\r\n` +
        "north,BJ-0102,钱七,13633334444,城北区人民路2号,0.5年,300\r\n",
      "utf8",
    );

  it("needs the year (a column or the form's year) and refuses a negative amount naming the row", async () => {
    const noYear = await upload(server, clerk, { kind: "arrears", dryRun: true, file: sheet('"1,200.00"'), fileName: "欠费户.csv", token: clerk });
    expect(noYear.status).toBe(422);
    expect(noYear.body.invalid).toEqual(expect.arrayContaining([expect.objectContaining({ row: 2, field: "year", code: "REQUIRED" })]));
    const negative = await upload(server, clerk, {
      kind: "arrears",
      dryRun: true,
      file: sheet("-5"),
      fileName: "欠费户.csv",
      token: clerk,
      fields: { year: "2025" },
    });
    expect(negative.status).toBe(422);
    expect(negative.body.invalid).toEqual([expect.objectContaining({ row: 2, column: "G", field: "amountOwed", code: "NOT_NEGATIVE" })]);
    expect(await count("arrears_households")).toBe(0);
  });

  it("imports the register for the year given with the file; it is listed, masked for the deputy GM", async () => {
    const { status, body } = await upload(server, clerk, {
      kind: "arrears",
      dryRun: false,
      file: sheet('"1,200.00"'),
      fileName: "欠费户.csv",
      token: clerk,
      fields: { year: "2025" },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "arrears", rows: 2, inserted: 2 });
    expect(body.totals).toEqual([expect.objectContaining({ unitCode: "north", category: "2025", count: 2, amount: "1500.00" })]);
    const listed = (await server.gql(`{ arrearsHouseholds(year: 2025) { reference name yearsInArrears aging amountOwed } }`)).data.arrearsHouseholds;
    expect(listed).toEqual([
      { reference: "BJ-0101", name: "赵六", yearsInArrears: 2, aging: "FROM_1_TO_3", amountOwed: "1200.00" },
      { reference: "BJ-0102", name: "钱七", yearsInArrears: 0.5, aging: "UNDER_1", amountOwed: "300.00" },
    ]);
    const executive = await server.userWithRoles("fee-import-gm", ["EXECUTIVE"]);
    const masked = (await server.gqlAs(executive, `{ arrearsHouseholds(year: 2025) { name contact } }`)).data.arrearsHouseholds;
    expect(masked).toEqual([
      { name: "赵*", contact: "136****2222" },
      { name: "钱*", contact: "136****4444" },
    ]);
    expect((await server.gql(`{ collection(year: 2025, unitCode: "north") { openingArrears } }`)).data.collection.openingArrears).toBe("1500.00");
  });
});
