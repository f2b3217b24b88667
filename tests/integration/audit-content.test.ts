import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { FINALIZE, RECORD_REVENUE, REOPEN, SET_CONTRACT, SUBMIT_SCORE } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/** The audit log answers "who changed what": each entry carries the change itself. */
let server: TestServer;
const example = readWorkedExample();

const AUDIT = `query($action: String, $actor: String, $from: Date, $to: Date, $year: Int) {
  auditLog(action: $action, actor: $actor, from: $from, to: $to, year: $year, limit: 50) { actor action year outcome details reason }
}`;
const entries = async (variables: Record<string, unknown>) => {
  const response = await server.gql(AUDIT, variables);
  expect(response.errors).toBeUndefined();
  return response.data.auditLog.map((e: { details: string }) => ({ ...e, details: JSON.parse(e.details) }));
};

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, example);
});
afterAll(() => server?.close());

describe("the audit log", () => {
  it("records a batch's references and sums per unit and category", async () => {
    const response = await server.gql(RECORD_REVENUE, {
      entries: [
        { unitCode: "north", date: "2025-12-29", category: "VIEWING_FEE", amount: "100.10", reference: "AUD-1" },
        { unitCode: "north", date: "2025-12-29", category: "VIEWING_FEE", amount: "0.20", reference: "AUD-2" },
        { unitCode: "south", date: "2025-12-29", category: "ARREARS", amount: "50.00", reference: "AUD-3" },
      ],
    });
    expect(response.errors).toBeUndefined();
    const [entry] = await entries({ action: "recordRevenue" });
    expect(entry.year).toBe(2025);
    expect(entry.details.changes).toEqual([
      {
        year: 2025,
        kind: "revenue_records",
        inserted: 3,
        duplicates: 0,
        references: ["AUD-1", "AUD-2", "AUD-3"],
        totals: [
          { unitCode: "north", group: "VIEWING_FEE", count: 2, amount: "100.30" },
          { unitCode: "south", group: "ARREARS", count: 1, amount: "50.00" },
        ],
      },
    ]);
  });

  it("records a contract and a score before and after", async () => {
    const target = example.targets.find((t) => t.unitCode === "east")!;
    const rates = { revenueCommissionRate: 6, overTargetRate: 12, underTargetDeductionRate: 4, repairSavingsRewardRate: 30 };
    expect((await server.gql(SET_CONTRACT, { input: { ...target, ...rates, staffCount: 99 } })).errors).toBeUndefined();
    const [contract] = await entries({ action: "setContract" });
    expect(contract.details.changes[0].before.staffCount).toBe(target.staffCount);
    expect(contract.details.changes[0].after.staffCount).toBe(99);

    const score = { year: 2025, unitCode: "east", dimension: "COOPERATION", member: "committee1" };
    const old = example.committeeScores.find((s) => s.unitCode === "east" && s.dimension === "COOPERATION" && s.member === "committee1")!;
    expect((await server.gql(SUBMIT_SCORE, { input: { ...score, score: 12.5, comment: "改" } })).errors).toBeUndefined();
    const [scored] = await entries({ action: "submitScore" });
    expect(scored.details.changes[0]).toMatchObject({ before: { score: Number(old.score) }, after: { score: 12.5, comment: "改" } });
  });

  it("logs finalising and reopening once each, with the reason", async () => {
    expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
    expect((await server.gql(REOPEN, { year: 2025, reason: "东站协作评分录错,需更正" })).errors).toBeUndefined();
    expect((await entries({ action: "finalizeAssessment" })).length).toBe(1);
    const reopened = await entries({ action: "reopenAssessment" });
    expect(reopened.map((e: { reason: string }) => e.reason)).toEqual(["东站协作评分录错,需更正"]);
  });

  it("filters by who acted and by day, and lists the actions for the filter", async () => {
    const clerk = await server.userWithRoles("audit-clerk", ["CLERK"]);
    await server.gqlAs(clerk, RECORD_REVENUE, {
      entries: [{ unitCode: "east", date: "2025-12-30", category: "VIEWING_FEE", amount: "1.00", reference: "AUD-C" }],
    });
    const mine = await entries({ actor: "audit-clerk" });
    expect(mine.map((e: { action: string }) => e.action)).toEqual(["recordRevenue"]);
    expect(await entries({ actor: "audit-clerk", from: "2000-01-01", to: "2000-12-31" })).toEqual([]);
    const actions = await server.gql(`{ auditActions }`);
    expect(actions.data.auditActions).toEqual(expect.arrayContaining(["finalizeAssessment", "recordRevenue", "setContract", "submitScore"]));
  });
});
