import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { FINALIZE, REOPEN } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * The committee of a year and its scoring sheet: membership per year, a member's whole sheet
 * saved all or nothing, and the progress the committee sees — who is missing, never the scores.
 */
let server: TestServer;
let member6: string;
let member1: string;

const SUBMIT = `mutation($year: Int!, $scores: [SheetScoreInput!]!) {
  submitScores(year: $year, scores: $scores) { unit { code } dimension member { name } score comment history { score } }
}`;
const PROGRESS = `query($year: Int!) { scoringProgress(year: $year) { unit { code } dimension raters minRaters missing complete } }`;
const MEMBERS = `mutation($year: Int!, $members: [String!]!) { setCommitteeMembers(year: $year, members: $members) { name } }`;

const UNITS = ["north", "south", "east", "hall", "collective"];
const sheet = (score: (unit: string, dimension: string) => number) =>
  UNITS.flatMap((unitCode) =>
    ["SATISFACTION", "COOPERATION"].map((dimension) => ({ unitCode, dimension, score: score(unitCode, dimension), comment: null as string | null })),
  );

type Progress = { unit: { code: string }; dimension: string; raters: number; minRaters: number; missing: string[]; complete: boolean };
const missingOf = (rows: Progress[]) => rows.flatMap((r) => r.missing.map((m) => `${r.unit.code}/${r.dimension}/${m}`));

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, readWorkedExample());
  member6 = await server.userWithRoles("sheet-member6", ["COMMITTEE"], { memberName: "committee6" });
  member1 = await server.userWithRoles("sheet-member1", ["COMMITTEE"], { memberName: "committee1" });
});
afterAll(() => server?.close());

describe("the committee of a year", () => {
  it("counts the members who scored as the year's committee, keeping their scores valid", async () => {
    const members = await server.gql(`{ committeeMembers(year: 2025) { name } }`);
    expect(members.data.committeeMembers.map((m: { name: string }) => m.name)).toEqual([
      "committee1",
      "committee2",
      "committee3",
      "committee4",
      "committee5",
    ]);
  });

  it("refuses a sheet from a committee user who is not on the year's committee", async () => {
    const refused = await server.gqlAs(member6, SUBMIT, { year: 2025, scores: sheet(() => 80) });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0].message).toBe("committee6 is not on the 2025 committee: the committee or an administrator adds members first");
  });

  it("adds a member, whose missing cells then show in the progress", async () => {
    const set = await server.gqlAs(member1, MEMBERS, {
      year: 2025,
      members: ["committee1", "committee2", "committee3", "committee4", "committee5", "committee6"],
    });
    expect(set.errors).toBeUndefined();
    expect(set.data.setCommitteeMembers).toHaveLength(6);
    const progress = (await server.gqlAs(member1, PROGRESS, { year: 2025 })).data.scoringProgress as Progress[];
    expect(progress).toHaveLength(10);
    const missing = missingOf(progress);
    expect(missing.filter((m) => m.endsWith("/committee6"))).toHaveLength(10);
    // The worked example has 42 of the 50 scores of its five members: 8 are missing besides committee6's 10.
    expect(missing).toHaveLength(18);
    expect(progress.every((p) => p.minRaters === 3)).toBe(true);
  });

  it("refuses removing a member who has already scored", async () => {
    const refused = await server.gqlAs(member1, MEMBERS, {
      year: 2025,
      members: ["committee2", "committee3", "committee4", "committee5", "committee6"],
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", members: ["committee1"] });
    expect((await server.gql(`{ committeeMembers(year: 2025) { name } }`)).data.committeeMembers).toHaveLength(6);
  });
});

describe("a member's scoring sheet", () => {
  it("rejects the whole sheet for one bad cell, naming each, and stores nothing", async () => {
    const before = await server.knex("committee_scores").count({ n: "*" });
    const cells = sheet(() => 80);
    cells[3] = { ...cells[3], score: 101 };
    cells[7] = { ...cells[7], unitCode: "nowhere" };
    cells.push({ ...cells[0] });
    const refused = await server.gqlAs(member6, SUBMIT, { year: 2025, scores: cells });
    expect(refused.errors?.[0].extensions?.invalid.map((e: { row: number; field: string; reason: string }) => [e.row, e.field, e.reason])).toEqual([
      [4, "score", "NUMBER_RANGE"],
      [8, "unitCode", "UNKNOWN_UNIT"],
      [11, "dimension", "CELL_GIVEN_TWICE"],
    ]);
    expect(await server.knex("committee_scores").count({ n: "*" })).toEqual(before);
  });

  it("stores all units and dimensions in one save, and the progress shrinks by them", async () => {
    const before = missingOf((await server.gqlAs(member1, PROGRESS, { year: 2025 })).data.scoringProgress);
    const saved = await server.gqlAs(member6, SUBMIT, {
      year: 2025,
      scores: sheet((unit, dimension) => (dimension === "SATISFACTION" ? 85 : 78) + UNITS.indexOf(unit)),
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.submitScores).toHaveLength(10);
    expect(saved.data.submitScores.every((s: { member: { name: string } }) => s.member.name === "committee6")).toBe(true);
    const after = missingOf((await server.gqlAs(member1, PROGRESS, { year: 2025 })).data.scoringProgress);
    expect(before.filter((m) => !after.includes(m))).toEqual(before.filter((m) => m.endsWith("/committee6")));
    expect(after).toHaveLength(before.length - 10);
  });

  it("keeps a changed cell's previous value in history and leaves unchanged cells alone", async () => {
    const cells = sheet((unit, dimension) => (dimension === "SATISFACTION" ? 85 : 78) + UNITS.indexOf(unit));
    cells[0] = { ...cells[0], score: 90, comment: "回访及时" };
    const saved = await server.gqlAs(member6, SUBMIT, { year: 2025, scores: cells });
    const north = saved.data.submitScores.find(
      (s: { unit: { code: string }; dimension: string }) => s.unit.code === "north" && s.dimension === "SATISFACTION",
    );
    expect(north).toMatchObject({ score: 90, comment: "回访及时", history: [{ score: 85 }] });
    expect(saved.data.submitScores.filter((s: { history: unknown[] }) => s.history.length > 0)).toHaveLength(1);
  });

  it("shows a member who is missing, never another member's scores, until finalisation", async () => {
    const own = await server.gqlAs(member1, `{ committeeScores(year: 2025) { member { name } } }`);
    expect(new Set(own.data.committeeScores.map((s: { member: { name: string } }) => s.member.name))).toEqual(new Set(["committee1"]));
    const progress = await server.gqlAs(member1, `{ scoringProgress(year: 2025) { missing raters } }`);
    expect(JSON.stringify(progress.data)).not.toMatch(/score/);
  });

  it("shows a station head only their own unit's progress", async () => {
    const head = await server.userWithRoles("sheet-head", ["STATION_HEAD"], { unitCode: "south" });
    const progress = await server.gqlAs(head, PROGRESS, { year: 2025 });
    expect(new Set(progress.data.scoringProgress.map((p: Progress) => p.unit.code))).toEqual(new Set(["south"]));
  });

  it("refuses sheets and membership changes of a finalised year, and from roles that do not score", async () => {
    const clerk = await server.userWithRoles("sheet-clerk", ["CLERK"]);
    expect((await server.gqlAs(clerk, SUBMIT, { year: 2025, scores: sheet(() => 70) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
    expect((await server.gqlAs(member6, SUBMIT, { year: 2025, scores: sheet(() => 70) })).errors?.[0].extensions?.code).toBe("YEAR_FINALIZED");
    expect((await server.gqlAs(member1, MEMBERS, { year: 2025, members: ["committee1"] })).errors?.[0].extensions?.code).toBe("YEAR_FINALIZED");
    await server.gql(REOPEN, { year: 2025, reason: "sheet test: reopen after the finalised-year refusals" });
  });
});

describe("an administrator entering a paper sheet", () => {
  it("names the member, who joins the year's committee", async () => {
    const saved = await server.gql(
      `mutation($scores: [SheetScoreInput!]!) { submitScores(year: 2025, scores: $scores, member: "委员七") { member { name } } }`,
      { scores: sheet(() => 75).slice(0, 2) },
    );
    expect(saved.errors).toBeUndefined();
    const members = await server.gql(`{ committeeMembers(year: 2025) { name } }`);
    expect(members.data.committeeMembers.map((m: { name: string }) => m.name)).toContain("委员七");
  });
});
