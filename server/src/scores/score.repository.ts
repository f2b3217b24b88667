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

export async function listMembers(knex: Knex): Promise<CommitteeMember[]> {
  const rows = await knex("committee_members").select("id", "name").orderBy("name");
  return rows.map((r) => ({ id: String(r.id), name: r.name }));
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
