import type { Knex } from "knex";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import type { CommitteeMember, CommitteeScore, ScoreRevision } from "./score.type.ts";

interface ScoreRow {
  id: number;
  year: number;
  unit_id: number;
  member_id: number;
  member_name: string;
  dimension: CommitteeScore["dimension"];
  score: string;
  comment: string | null;
  updated_at: Date;
}

function toScore(row: ScoreRow): CommitteeScore {
  return {
    id: String(row.id),
    year: row.year,
    unitId: row.unit_id,
    memberId: row.member_id,
    member: { id: String(row.member_id), name: row.member_name },
    dimension: row.dimension,
    score: Number(row.score),
    comment: row.comment,
    updatedAt: row.updated_at.toISOString(),
  };
}

function selectScores(knex: Knex) {
  return knex("committee_scores as s")
    .join("committee_members as m", "m.id", "s.member_id")
    .select("s.id", "s.year", "s.unit_id", "s.member_id", "m.name as member_name", "s.dimension", "s.score", "s.comment", "s.updated_at");
}

/** The year's scores the scope may read: every member's, the viewer's own, or none. */
export async function listScores(knex: Knex, scope: ViewerScope, year: number, unitId?: number): Promise<CommitteeScore[]> {
  const members = await scope.scoreMembers(year);
  if (members === "none") return [];
  const query = selectScores(knex).where("s.year", year).orderBy(["s.unit_id", "s.dimension", "m.name"]);
  if (unitId !== undefined) query.andWhere("s.unit_id", unitId);
  if (members !== "all") query.andWhere("s.member_id", members);
  await scope.restrict(query, "s.unit_id", year);
  return ((await query) as ScoreRow[]).map(toScore);
}

export async function findScoreById(knex: Knex, id: number): Promise<CommitteeScore> {
  const row = (await selectScores(knex).where("s.id", id).first()) as ScoreRow;
  return toScore(row);
}

export async function listMembers(knex: Knex, year?: number): Promise<CommitteeMember[]> {
  const query = knex("committee_members as m").select("m.id", "m.name").orderBy("m.name");
  if (year !== undefined) query.join("committee_memberships as cm", "cm.member_id", "m.id").where("cm.year", year);
  const rows = await query;
  return rows.map((r) => ({ id: String(r.id), name: r.name }));
}

export async function isMemberOfYear(knex: Knex, year: number, memberId: number): Promise<boolean> {
  return (await knex("committee_memberships").where({ year, member_id: memberId }).first("year")) !== undefined;
}

/** Adds members to a year's committee (those already in it stay as they are). */
export async function joinYear(trx: Knex.Transaction, year: number, memberIds: number[]): Promise<void> {
  if (memberIds.length === 0) return;
  await trx("committee_memberships")
    .insert(memberIds.map((member_id) => ({ year, member_id })))
    .onConflict(["year", "member_id"])
    .ignore();
}

/** Members who scored in a year, by name, among those given. */
export async function membersWithScores(trx: Knex.Transaction, year: number, memberIds: number[]): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await trx("committee_scores as s")
    .join("committee_members as m", "m.id", "s.member_id")
    .where("s.year", year)
    .whereIn("s.member_id", memberIds)
    .distinct("m.name")
    .orderBy("m.name");
  return rows.map((r) => r.name);
}

/** Replaces a year's membership with `memberIds`. */
export async function replaceMembership(trx: Knex.Transaction, year: number, memberIds: number[]): Promise<void> {
  await trx("committee_memberships").where({ year }).whereNotIn("member_id", memberIds).del();
  await joinYear(trx, year, memberIds);
}

export interface ProgressRow {
  unitId: number;
  dimension: "SATISFACTION" | "COOPERATION";
  raters: number;
  missing: string[];
}

/**
 * Per assessed unit (a contract that year) and committee dimension: how many scores there are
 * and which of the year's members have given none. Counted by PostgreSQL; no score is read.
 */
export async function scoringCounts(knex: Knex, scope: ViewerScope, year: number): Promise<ProgressRow[]> {
  const query = knex("contracts as c")
    .crossJoin(knex.raw("(values ('SATISFACTION', 1), ('COOPERATION', 2)) as d(dimension, position)"))
    .leftJoin("committee_scores as s", (j) => j.on("s.year", "c.year").andOn("s.unit_id", "c.unit_id").andOn("s.dimension", "d.dimension"))
    .where("c.year", year)
    .groupBy("c.unit_id", "c.year", "d.dimension", "d.position")
    .orderBy(["c.unit_id", "d.position"])
    .select(
      "c.unit_id",
      "d.dimension",
      knex.raw("count(s.id)::int as raters"),
      knex.raw(`array(
        select m.name from committee_memberships cm join committee_members m on m.id = cm.member_id
        where cm.year = c.year and not exists (
          select 1 from committee_scores x
          where x.year = c.year and x.unit_id = c.unit_id and x.dimension = d.dimension and x.member_id = cm.member_id)
        order by m.name) as missing`),
    );
  await scope.restrict(query, "c.unit_id", year);
  return (await query).map((r: { unit_id: number; dimension: ProgressRow["dimension"]; raters: number; missing: string[] }) => ({
    unitId: r.unit_id,
    dimension: r.dimension,
    raters: r.raters,
    missing: r.missing,
  }));
}

/** The member's id, registering the name if it is new (safe under concurrent first use). */
export async function memberIdFor(trx: Knex.Transaction, name: string): Promise<number> {
  await trx("committee_members").insert({ name }).onConflict("name").ignore();
  const row = await trx("committee_members").where({ name }).first("id");
  return row.id;
}

export interface ScoreWrite {
  year: number;
  unitId: number;
  memberId: number;
  dimension: string;
  score: string;
  comment: string | null;
}

/**
 * Inserts the score, or replaces the existing one keeping its previous value in history.
 * Insert-first with ON CONFLICT, then lock-and-update, so concurrent submissions cannot both
 * insert or lose a history entry.
 */
export async function upsertScore(trx: Knex.Transaction, write: ScoreWrite): Promise<number> {
  const key = { year: write.year, unit_id: write.unitId, member_id: write.memberId, dimension: write.dimension };
  const [inserted] = await trx("committee_scores")
    .insert({ ...key, score: write.score, comment: write.comment })
    .onConflict(["year", "unit_id", "member_id", "dimension"])
    .ignore()
    .returning("id");
  if (inserted) return Number(inserted.id);
  const current = await trx("committee_scores").where(key).forUpdate().first("id", "score", "comment");
  // The same value sent again (a whole scoring sheet saved, a retry) is no revision.
  if (Number(current.score) === Number(write.score) && (current.comment ?? null) === write.comment) return Number(current.id);
  await trx("committee_score_history").insert({
    score_id: current.id,
    previous_score: current.score,
    previous_comment: current.comment,
  });
  await trx("committee_scores").where({ id: current.id }).update({ score: write.score, comment: write.comment, updated_at: trx.fn.now() });
  return Number(current.id);
}

export async function historyOfScores(knex: Knex, scoreIds: readonly number[]): Promise<Map<number, ScoreRevision[]>> {
  const rows = await knex("committee_score_history")
    .whereIn("score_id", [...scoreIds])
    .orderBy([
      { column: "replaced_at", order: "desc" },
      { column: "id", order: "desc" },
    ])
    .select("score_id", "previous_score", "previous_comment", "replaced_at");
  const byScore = new Map<number, ScoreRevision[]>();
  for (const row of rows) {
    const list = byScore.get(Number(row.score_id)) ?? [];
    list.push({ score: Number(row.previous_score), comment: row.previous_comment, replacedAt: row.replaced_at.toISOString() });
    byScore.set(Number(row.score_id), list);
  }
  return byScore;
}
