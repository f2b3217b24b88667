import DataLoader from "dataloader";
import type { Knex } from "knex";
import { historyOfScores } from "./score.repository.ts";
import type { ScoreRevision } from "./score.type.ts";

export function createScoreLoaders(knex: Knex) {
  return {
    scoreHistory: new DataLoader<number, ScoreRevision[]>(async (ids) => {
      const byScore = await historyOfScores(knex, ids);
      return ids.map((id) => byScore.get(id) ?? []);
    }),
  };
}
