import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { readXlsx } from "../support/spreadsheets.ts";
import { startTestServer, tableCounts, type TestServer } from "../support/test-server.ts";

/**
 * The arrears register (欠费户) and dunning log (催缴记录) of §9 over real HTTP and PostgreSQL:
 * batches all or nothing, aging buckets and monthly dunning sums in SQL, PAID once paid, the
 * audited UNCOLLECTABLE decision, and personal data masked per role — in lists, nested fields
 * and exports — with station heads reading only their own unit's households.
 */

const RECORD_HOUSEHOLDS = `mutation($entries: [ArrearsHouseholdInput!]!) { recordArrearsHouseholds(entries: $entries) { inserted duplicates } }`;
const RECORD_DUNNING = `mutation($entries: [DunningInput!]!) { recordDunning(entries: $entries) { inserted duplicates } }`;
const HOUSEHOLDS = `query($unitCode: String) { arrearsHouseholds(year: 2025, unitCode: $unitCode) {
  unit { code } reference name contact address masked yearsInArrears aging amountOwed amountPaid outstanding status statusReason dunningCount } }`;
const SET_STATUS = `mutation($input: ArrearsStatusInput!) { setArrearsStatus(input: $input) { reference status statusReason name } }`;

const NORTH_1 = {
  unitCode: "north",
  year: 2025,
  reference: "BJ-0001",
  name: "张三丰",
  contact: "13812345678",
  address: "城北区建设路12号3单元501",
  yearsInArrears: 2.5,
  amountOwed: "1200.00",
};
const NORTH_2 = {
  unitCode: "north",
  year: 2025,
  reference: "BJ-0002",
  name: "李四",
  contact: "13900001111",
  address: "城北区和平街8号",
  yearsInArrears: 0.5,
  amountOwed: "300",
};
const SOUTH_1 = {
  unitCode: "south",
  year: 2025,
  reference: "NJ-0001",
  name: "王小明",
  contact: "13700002222",
  address: "城南区解放路99号",
  yearsInArrears: 4,
  amountOwed: "2400.00",
};

let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, readWorkedExample());
  for (const role of ["CLERK", "COMMITTEE", "EXECUTIVE", "ANALYST"])
    tokens[role] = await server.userWithRoles(`arrears-${role.toLowerCase()}`, [role]);
  tokens.HEAD_NORTH = await server.userWithRoles("arrears-head-north", ["STATION_HEAD"], { unitCode: "north" });
  tokens.HEAD_SOUTH = await server.userWithRoles("arrears-head-south", ["STATION_HEAD"], { unitCode: "south" });
});
afterAll(() => server?.close());

describe("recording the register and the dunning log", () => {
  it("refuses a batch with bad entries all or nothing, naming index, field and reason", async () => {
    const before = await tableCounts(server.knex);
    const response = await server.gqlAs(tokens.CLERK, RECORD_HOUSEHOLDS, {
      entries: [NORTH_1, { ...NORTH_2, unitCode: "nowhere", amountOwed: "-5.00", name: "" }, { ...NORTH_1, name: "另一人" }],
    });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const invalid = ((response.errors?.[0].extensions?.invalid ?? []) as any[]).map((e) => `${e.index}/${e.field}/${e.reason}`);
    expect(invalid).toEqual(
      expect.arrayContaining(["1/unitCode/UNKNOWN_UNIT", "1/amountOwed/NOT_NEGATIVE", "1/name/EMPTY", "2/reference/GIVEN_TWICE"]),
    );
    expect(await tableCounts(server.knex)).toEqual(before);
  });

  it("stores households; the same entry again is a duplicate", async () => {
    const stored = await server.gqlAs(tokens.CLERK, RECORD_HOUSEHOLDS, { entries: [NORTH_1, NORTH_2, SOUTH_1] });
    expect(stored.data.recordArrearsHouseholds).toEqual({ inserted: 3, duplicates: [] });
    const again = await server.gqlAs(tokens.CLERK, RECORD_HOUSEHOLDS, { entries: [{ ...NORTH_2, amountOwed: "300.00" }] });
    expect(again.data.recordArrearsHouseholds).toEqual({ inserted: 0, duplicates: ["north/2025/BJ-0002"] });
    // The audit log (read by the committee) names the households by 户号 and amount, never by their personal data.
    const audit = (await server.gql(`{ auditLog(action: "recordArrearsHouseholds") { outcome details } }`)).data.auditLog;
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(audit.filter((a: any) => a.outcome === "OK").at(-1).details).changes[0].stored).toEqual(
      expect.arrayContaining([expect.objectContaining({ unitCode: "north", reference: "BJ-0001", amountOwed: "1200.00" })]),
    );
    for (const secret of ["张三丰", "13812345678", "建设路12号", "王小明"]) expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("refuses dunning of a household not in the register, and a station head's dunning of another unit", async () => {
    const unknown = await server.gqlAs(tokens.CLERK, RECORD_DUNNING, {
      entries: [{ unitCode: "north", reference: "BJ-9999", date: "2025-03-01", method: "PHONE" }],
    });
    expect(unknown.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ index: 0, field: "reference", reason: "UNKNOWN_HOUSEHOLD" })]);
    const otherUnit = await server.gqlAs(tokens.HEAD_NORTH, RECORD_DUNNING, {
      entries: [{ unitCode: "south", reference: "NJ-0001", date: "2025-03-10", method: "NOTICE" }],
    });
    expect(otherUnit.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(Number((await server.knex("dunning_actions").count({ n: "*" }).first())!.n)).toBe(0);
  });

  it("stores dunning (a station head for their own unit); a household paid in full becomes PAID", async () => {
    const byHead = await server.gqlAs(tokens.HEAD_NORTH, RECORD_DUNNING, {
      entries: [
        { unitCode: "north", reference: "BJ-0001", date: "2025-03-05", method: "PHONE", outcome: "承诺月底缴费" },
        { unitCode: "north", reference: "BJ-0001", date: "2025-03-28", method: "VISIT", outcome: "上门收清", amountPaid: "1200.00" },
      ],
    });
    expect(byHead.data.recordDunning).toEqual({ inserted: 2, duplicates: [] });
    const byClerk = await server.gqlAs(tokens.CLERK, RECORD_DUNNING, {
      entries: [
        { unitCode: "north", reference: "BJ-0002", date: "2025-04-02", method: "SMS", amountPaid: "100.00" },
        { unitCode: "south", reference: "NJ-0001", date: "2025-03-10", method: "NOTICE", outcome: "张贴催费通知" },
        { unitCode: "north", reference: "BJ-0001", date: "2025-03-05", method: "PHONE", outcome: "承诺月底缴费" },
      ],
    });
    expect(byClerk.data.recordDunning).toEqual({ inserted: 2, duplicates: ["north/BJ-0001/2025-03-05/PHONE/0.00"] });
    const north = (await server.gqlAs(tokens.CLERK, HOUSEHOLDS, { unitCode: "north" })).data.arrearsHouseholds;
    expect(north.map((h: any) => [h.reference, h.status, h.amountPaid, h.outstanding, h.dunningCount])).toEqual([
      ["BJ-0001", "PAID", "1200.00", "0.00", 2],
      ["BJ-0002", "OPEN", "100.00", "200.00", 1],
    ]);
  });

  it("sums aging buckets and each unit's monthly dunning in SQL", async () => {
    const aging = (await server.gql("{ arrearsAging(year: 2025) { unit { code } bucket households amountOwed outstanding } }")).data.arrearsAging;
    expect(aging).toEqual([
      { unit: { code: "north" }, bucket: "UNDER_1", households: 1, amountOwed: "300.00", outstanding: "200.00" },
      { unit: { code: "north" }, bucket: "FROM_1_TO_3", households: 1, amountOwed: "1200.00", outstanding: "0.00" },
      { unit: { code: "south" }, bucket: "OVER_3", households: 1, amountOwed: "2400.00", outstanding: "2400.00" },
    ]);
    const months = (await server.gql("{ dunningByMonth(year: 2025) { unit { code } month actions amountPaid } }")).data.dunningByMonth;
    expect(months).toEqual([
      { unit: { code: "north" }, month: 3, actions: 2, amountPaid: "1200.00" },
      { unit: { code: "north" }, month: 4, actions: 1, amountPaid: "100.00" },
      { unit: { code: "south" }, month: 3, actions: 1, amountPaid: "0.00" },
    ]);
    const figures = (await server.gql(`{ collection(year: 2025, unitCode: "north") { openingArrears } }`)).data.collection;
    expect(figures.openingArrears).toBe("1500.00");
  });

  it("an entered opening figure replaces the register's sum for that unit only, and is audited", async () => {
    const recovered = (await server.gql(`{ collection(year: 2025, unitCode: "north") { arrearsRecovered } }`)).data.collection.arrearsRecovered;
    const negative = await server.gqlAs(
      tokens.CLERK,
      `mutation { setOpeningArrears(year: 2025, unitCode: "north", amount: "-1.00") { openingArrears } }`,
    );
    expect(negative.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ field: "amount", reason: "NOT_NEGATIVE" })]);
    const set = await server.gqlAs(
      tokens.CLERK,
      `mutation { setOpeningArrears(year: 2025, unitCode: "north", amount: "600000.00") { unit { code } openingArrears arrearsRecovered arrearsRecoveryRate } }`,
    );
    expect(set.errors).toBeUndefined();
    const rate = Number(((Number(recovered) * 100) / 600000).toFixed(2));
    expect(set.data.setOpeningArrears).toEqual({
      unit: { code: "north" },
      openingArrears: "600000.00",
      arrearsRecovered: recovered,
      arrearsRecoveryRate: rate,
    });
    // The department: north's entered figure plus south's register (2,400.00).
    expect((await server.gql(`{ collection(year: 2025) { openingArrears } }`)).data.collection.openingArrears).toBe("602400.00");
    const audit = (await server.gql(`{ auditLog(action: "setOpeningArrears") { year outcome details } }`)).data.auditLog;
    expect(audit[0]).toMatchObject({ year: 2025, outcome: "OK" });
    expect(JSON.parse(audit[0].details).changes[0].openingArrears).toEqual({ unitCode: "north", before: null, after: "600000.00" });
    const byHead = await server.gqlAs(
      tokens.HEAD_NORTH,
      `mutation { setOpeningArrears(year: 2025, unitCode: "north", amount: "1.00") { openingArrears } }`,
    );
    expect(byHead.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("UNCOLLECTABLE needs a reason and is audited", async () => {
    const input = { unitCode: "south", year: 2025, reference: "NJ-0001", status: "UNCOLLECTABLE" };
    const bare = await server.gqlAs(tokens.CLERK, SET_STATUS, { input });
    expect(bare.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ field: "reason", reason: "REASON_REQUIRED" })]);
    const byHead = await server.gqlAs(tokens.HEAD_SOUTH, SET_STATUS, { input: { ...input, reason: "户主已迁出" } });
    expect(byHead.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const set = await server.gqlAs(tokens.CLERK, SET_STATUS, { input: { ...input, reason: "户主已迁出,无法联系" } });
    expect(set.data.setArrearsStatus).toEqual({ reference: "NJ-0001", status: "UNCOLLECTABLE", statusReason: "户主已迁出,无法联系", name: "王小明" });
    const audit = (await server.gql(`{ auditLog(action: "setArrearsStatus") { actor year outcome details } }`)).data.auditLog;
    expect(audit[0]).toMatchObject({ actor: "arrears-clerk", year: 2025, outcome: "OK" });
    expect(JSON.parse(audit[0].details).changes[0].arrearsStatus).toEqual({
      unitCode: "south",
      reference: "NJ-0001",
      before: "OPEN",
      after: "UNCOLLECTABLE",
      reason: "户主已迁出,无法联系",
    });
    expect(audit.some((a: any) => a.outcome === "BAD_USER_INPUT")).toBe(true);
  });
});

describe("personal data (§9: only the unit's own head, the clerk and administrators see it in full)", () => {
  const MASKED_NORTH_1 = { name: "张**", contact: "138****5678", address: "城北区建设路****", masked: true };
  const FULL_NORTH_1 = { name: "张三丰", contact: "13812345678", address: "城北区建设路12号3单元501", masked: false };

  it.each([
    ["ADMIN", null, FULL_NORTH_1],
    ["CLERK", "CLERK", FULL_NORTH_1],
    ["COMMITTEE", "COMMITTEE", MASKED_NORTH_1],
    ["EXECUTIVE", "EXECUTIVE", MASKED_NORTH_1],
    ["ANALYST", "ANALYST", MASKED_NORTH_1],
    ["the north head", "HEAD_NORTH", FULL_NORTH_1],
  ])("%s", async (_who, token, expected) => {
    const response = token === null ? await server.gql(HOUSEHOLDS, {}) : await server.gqlAs(tokens[token], HOUSEHOLDS, {});
    expect(response.errors).toBeUndefined();
    const household = response.data.arrearsHouseholds.find((h: any) => h.reference === "BJ-0001");
    expect(household).toMatchObject(expected);
    const south = response.data.arrearsHouseholds.find((h: any) => h.reference === "NJ-0001");
    if (token === "HEAD_NORTH") expect(south).toBeUndefined();
    else expect(south).toMatchObject(expected.masked ? { name: "王**", contact: "137****2222" } : { name: "王小明", contact: "13700002222" });
  });

  it("a station head lists only their own unit's households and dunning, and is refused another unit's", async () => {
    const own = (await server.gqlAs(tokens.HEAD_SOUTH, HOUSEHOLDS, {})).data.arrearsHouseholds;
    expect(own.map((h: any) => [h.unit.code, h.name])).toEqual([["south", "王小明"]]);
    const other = await server.gqlAs(tokens.HEAD_SOUTH, HOUSEHOLDS, { unitCode: "north" });
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const log = (await server.gqlAs(tokens.HEAD_SOUTH, "{ dunningLog(year: 2025) { household { unit { code } name } } }")).data.dunningLog;
    expect(log).toEqual([{ household: { unit: { code: "south" }, name: "王小明" } }]);
  });

  it("is masked in nested fields too: dunningLog → household, household → dunning → household", async () => {
    const nested = await server.gqlAs(
      tokens.EXECUTIVE,
      `{ dunningLog(year: 2025, unitCode: "north") { date method amountPaid household { reference name contact address masked } }
         arrearsHouseholds(year: 2025, unitCode: "north") { reference dunning { method household { name contact address } } } }`,
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.data.dunningLog.map((a: any) => [a.date, a.method, a.amountPaid, a.household.reference])).toEqual([
      ["2025-03-05", "PHONE", "0.00", "BJ-0001"],
      ["2025-03-28", "VISIT", "1200.00", "BJ-0001"],
      ["2025-04-02", "SMS", "100.00", "BJ-0002"],
    ]);
    expect(nested.data.dunningLog[0].household).toMatchObject(MASKED_NORTH_1);
    expect(nested.data.dunningLog[2].household).toMatchObject({ name: "李*", contact: "139****1111", address: "城北区和****" });
    const inner = nested.data.arrearsHouseholds[0].dunning[0].household;
    expect(inner).toEqual({ name: "张**", contact: "138****5678", address: "城北区建设路****" });
    const text = JSON.stringify(nested.data);
    for (const secret of ["张三丰", "13812345678", "建设路12号", "李四", "13900001111"]) expect(text).not.toContain(secret);

    const asHead = await server.gqlAs(tokens.HEAD_NORTH, `{ dunningLog(year: 2025) { household { name } } }`);
    expect(asHead.data.dunningLog.map((a: any) => a.household.name)).toEqual(["张三丰", "张三丰", "李四"]);
  });
});

describe("GET /api/export/arrears.csv|xlsx", () => {
  const download = async (token: string, file: string, query = "year=2025") => {
    const response = await fetch(`${server.url}/api/export/${file}?${query}`, {
      headers: { authorization: `Bearer ${token}`, "accept-language": "zh" },
    });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it("masks personal data for the deputy GM, in CSV and XLSX", async () => {
    const csv = await download(tokens.EXECUTIVE, "arrears.csv");
    expect(csv.status).toBe(200);
    const text = csv.bytes.toString("utf8");
    expect(text).toContain("户号");
    expect(text).toContain("张**");
    expect(text).toContain("138****5678");
    for (const secret of ["张三丰", "13812345678", "建设路12号", "王小明", "13700002222"]) expect(text).not.toContain(secret);
    expect(text.trim().split("\r\n")).toHaveLength(2 + 3);

    const xlsx = await download(tokens.EXECUTIVE, "arrears.xlsx");
    expect(xlsx.status).toBe(200);
    const rows = [...(await readXlsx(xlsx.bytes)).values()][0];
    const cells = JSON.stringify(rows);
    expect(cells).toContain("张**");
    for (const secret of ["张三丰", "13812345678", "王小明"]) expect(cells).not.toContain(secret);
  });

  it("gives the clerk the names in full, and a station head only their own unit's households", async () => {
    const clerk = (await download(tokens.CLERK, "arrears.csv")).bytes.toString("utf8");
    expect(clerk).toContain("张三丰");
    expect(clerk).toContain("13812345678");
    const head = (await download(tokens.HEAD_NORTH, "arrears.csv")).bytes.toString("utf8");
    expect(head).toContain("张三丰");
    expect(head).not.toContain("NJ-0001");
    expect(head).not.toContain("王");
    const open = (await download(tokens.CLERK, "arrears.csv", "year=2025&status=OPEN")).bytes.toString("utf8");
    expect(open).toContain("BJ-0002");
    expect(open).not.toContain("BJ-0001");
    const bad = await download(tokens.CLERK, "arrears.csv", "year=2025&status=LOST");
    expect(bad.status).toBe(400);
  });
});
