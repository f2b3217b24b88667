import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { ASSESSMENT, FINALIZE, RECORD_REVENUE, REOPEN, SET_CONTRACT, SET_SCHEME, SUBMIT_SCORE } from "../support/operations.ts";
import { startTestServer, tableCounts, type TestServer } from "../support/test-server.ts";

let server: TestServer;
const example = readWorkedExample();

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, example);
});
afterAll(() => server?.close());

/**
 * Each test states the state of 2025 it needs, so any one of them can run alone or in any order
 * (vitest -t, a retry, a reordering) without depending on what an earlier test left behind.
 */
async function with2025(state: "open" | "finalised") {
  const finalised = (await server.knex("finalized_years").where({ year: 2025 }).first()) !== undefined;
  if (state === "finalised" && !finalised) expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
  if (state === "open" && finalised) expect((await server.gql(REOPEN, { year: 2025, reason: "this test needs 2025 open" })).errors).toBeUndefined();
}

const NEXT_YEAR_RECORD = { unitCode: "north", date: "2026-01-05", category: "VIEWING_FEE", amount: "1.00", reference: "NEXT-1" };

const summary = (assessment: any) => assessment.results.map((r: any) => [r.unit.code, r.total, r.rank, r.grade, r.pay.net]);

describe("finalising a year", () => {
  it("is refused while a unit is incomplete, listing each unit and what it lacks", async () => {
    await with2025("open");
    const removed = await server
      .knex("committee_scores as s")
      .join("units as u", "u.id", "s.unit_id")
      .where({ "u.code": "east", "s.dimension": "COOPERATION" })
      .select("s.*");
    await server
      .knex("committee_scores")
      .whereIn(
        "id",
        removed.map((r) => r.id),
      )
      .del();
    const response = await server.gql(FINALIZE, { year: 2025 });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: "INCOMPLETE_ASSESSMENT",
      incompleteUnits: [{ unitCode: "east", missing: [{ dimension: "COOPERATION", have: 0, need: 3 }] }],
    });
    expect(response.errors?.[0].message).toContain("east");
    expect(await server.knex("finalized_years").count({ n: "*" })).toEqual([{ n: 0 }]);
    await server.knex("committee_scores").insert(removed);
  });

  it("freezes every result; concurrent finalisations store it once", async () => {
    await with2025("open");
    const live = (await server.gql(ASSESSMENT, { year: 2025 })).data.assessment;
    const [first, second] = await Promise.all([server.gql(FINALIZE, { year: 2025 }), server.gql(FINALIZE, { year: 2025 })]);
    const outcomes = [first, second].map((r) => r.errors?.[0].extensions?.code ?? "OK").sort();
    expect(outcomes).toEqual(["OK", "YEAR_FINALIZED"]);
    const frozen = (await server.gql(ASSESSMENT, { year: 2025 })).data.assessment;
    expect(frozen.finalized).toBe(true);
    expect(frozen.finalizedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(summary(frozen)).toEqual(summary(live));
    expect(frozen.results).toEqual(live.results);
    expect(await server.knex("frozen_results").where({ year: 2025 }).count({ n: "*" })).toEqual([{ n: 5 }]);
  });

  it("refuses every API write to the finalised year with YEAR_FINALIZED and stores nothing", async () => {
    await with2025("finalised");
    await server.knex("revenue_records").where({ reference: "NEXT-1" }).del();
    const before = await tableCounts(server.knex);
    const writes: [string, Record<string, unknown>][] = [
      [RECORD_REVENUE, { entries: [{ unitCode: "north", date: "2025-06-01", category: "VIEWING_FEE", amount: "1.00", reference: "LATE-1" }] }],
      [
        SET_CONTRACT,
        {
          input: {
            ...example.targets[0],
            revenueTarget: "1.00",
            revenueCommissionRate: 1,
            overTargetRate: 1,
            underTargetDeductionRate: 1,
            repairSavingsRewardRate: 1,
          },
        },
      ],
      [SET_SCHEME, { year: 2025, input: { revenueCap: 150 } }],
      [SUBMIT_SCORE, { input: { year: 2025, unitCode: "north", dimension: "SATISFACTION", member: "committee1", score: 10 } }],
      [
        `mutation($input: ImplementationRuleInput!) { fileImplementationRule(input: $input) { id } }`,
        { input: { unitCode: "north", year: 2025, title: "t", text: "x", filedOn: "2025-02-01", reference: "LATE-RULES" } },
      ],
    ];
    for (const [mutation, variables] of writes) {
      const response = await server.gql(mutation, variables);
      expect(response.errors?.[0].extensions?.code, mutation.slice(0, 40)).toBe("YEAR_FINALIZED");
    }
    expect(await tableCounts(server.knex)).toEqual(before);
    // Other years stay open.
    const nextYear = await server.gql(RECORD_REVENUE, { entries: [NEXT_YEAR_RECORD] });
    expect(nextYear.data.recordRevenue.inserted).toBe(1);
  });

  it("is enforced by the database itself, not only by the API", async () => {
    await with2025("finalised");
    expect((await server.gql(RECORD_REVENUE, { entries: [NEXT_YEAR_RECORD] })).errors).toBeUndefined();
    for (const statement of [
      "update revenue_records set amount = amount + 1 where record_date = '2025-01-01'",
      "delete from cost_records where record_date >= '2025-01-01' and record_date < '2026-01-01'",
      "insert into callbacks (unit_id, record_date, reference, outcome) select id, '2025-05-05', 'SQL-1', 'SATISFIED' from units limit 1",
      "update revenue_records set record_date = '2025-02-02' where reference = 'NEXT-1'",
      "update contracts set revenue_target = 1 where year = 2025",
      "update committee_scores set score = 0 where year = 2025",
      "insert into schemes (year, parameters) values (2025, '{}')",
    ]) {
      await expect(server.knex.raw(statement), statement).rejects.toMatchObject({ code: "SA001" });
    }
  });

  it("keeps the frozen result even if the underlying data and scheme are changed behind its back", async () => {
    await with2025("finalised");
    const frozen = (await server.gql(ASSESSMENT, { year: 2025 })).data.assessment;
    const original = await server.knex("revenue_records").where({ reference: "north-2025-W01-VIEWING_FEE" }).first("amount");
    // A superuser can switch the guard off; even then the finalised result is read, not recomputed.
    const behindItsBack = async (change: (trx: any) => Promise<unknown>) =>
      server.knex.transaction(async (trx) => {
        await trx.raw("alter table schemes disable trigger schemes_finalized_guard");
        await trx.raw("alter table revenue_records disable trigger revenue_records_finalized_guard");
        await change(trx);
        await trx.raw("alter table schemes enable trigger schemes_finalized_guard");
        await trx.raw("alter table revenue_records enable trigger revenue_records_finalized_guard");
      });
    await behindItsBack(async (trx) => {
      await trx("schemes").insert({ year: 2025, parameters: JSON.stringify({ weights: { REVENUE: 90, COST: 1, SATISFACTION: 1, COOPERATION: 1 } }) });
      await trx("revenue_records").where({ reference: "north-2025-W01-VIEWING_FEE" }).update({ amount: "999999.00" });
    });
    const after = (await server.gql(ASSESSMENT, { year: 2025 })).data.assessment;
    expect(after.results).toEqual(frozen.results);
    const simulated = await server.gql(`query { simulateAssessment(year: 2025, scheme: { revenueCap: 100 }) { results { unit { code } rank } } }`);
    expect(simulated.errors).toBeUndefined();
    expect((await server.gql(ASSESSMENT, { year: 2025 })).data.assessment.results).toEqual(frozen.results);
    await behindItsBack(async (trx) => {
      await trx("schemes").where({ year: 2025 }).del();
      await trx("revenue_records").where({ reference: "north-2025-W01-VIEWING_FEE" }).update({ amount: original.amount });
    });
  });

  it("reopens with a reason recorded in the audit log, after which the year can change and be finalised again", async () => {
    await with2025("finalised");
    await server.knex("revenue_records").where({ reference: "LATE-SOUTH" }).del();
    const southBefore = (await server.gql(ASSESSMENT, { year: 2025 })).data.assessment.results.find((r: any) => r.unit.code === "south").total;
    const noReason = await server.gql(REOPEN, { year: 2025, reason: " " });
    expect(noReason.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const reopened = await server.gql(REOPEN, { year: 2025, reason: "南站补录12月上解收据" });
    expect(reopened.data.reopenAssessment.finalized).toBe(false);
    const late = await server.gql(RECORD_REVENUE, {
      entries: [{ unitCode: "south", date: "2025-12-30", category: "ARREARS", amount: "100000.00", reference: "LATE-SOUTH" }],
    });
    expect(late.data.recordRevenue.inserted).toBe(1);
    const audit = await server.gql(`{ auditLog(year: 2025) { actor action reason } }`);
    const lifecycle = audit.data.auditLog.filter((a: any) => ["reopenAssessment", "finalizeAssessment"].includes(a.action));
    expect(audit.data.auditLog[0].action).toBe("recordRevenue");
    expect(lifecycle.slice(0, 2).map((a: any) => [a.action, a.reason])).toEqual([
      ["reopenAssessment", "南站补录12月上解收据"],
      ["finalizeAssessment", null],
    ]);
    expect(lifecycle[0].actor).toBe("test-admin");
    const again = await server.gql(FINALIZE, { year: 2025 });
    const south = again.data.finalizeAssessment.results.find((r: any) => r.unit.code === "south");
    expect(south.total).toBeGreaterThan(southBefore);
    await expect(server.knex.raw("delete from audit_log")).rejects.toMatchObject({ code: "SA002" });
    await expect(server.knex.raw("update audit_log set reason = 'x'")).rejects.toMatchObject({ code: "SA002" });
    const notFinalized = await server.gql(REOPEN, { year: 2024, reason: "nothing to reopen" });
    expect(notFinalized.errors?.[0].extensions?.code).toBe("NOT_FINALIZED");
  });
});
