import { dec, plain } from "./decimal.ts";
import { buildExplanation } from "./explain.ts";
import type { Bilingual, DimensionResult, RaterScore } from "./types.ts";

/**
 * Until a year is finalised a committee member sees only their own scores (and a station head
 * none), so that nobody scores with the others' numbers in mind. The preview still shows the
 * committee average the score was computed from; this removes the other members' names and
 * scores from the committee part and rewrites the raters' sentence of the explanation from the
 * same inputs and formula the engine produced. Dimensions without a committee part are returned
 * unchanged. `ownMember` is the viewer's committee name, or null for a viewer who scores nothing.
 */
export function withholdOtherRaters(result: DimensionResult, ownMember: string | null, trimThreshold: number): DimensionResult {
  const committee = result.committee;
  if (!committee || committee.average === null) return result;
  const isOwn = (rater: RaterScore) => ownMember !== null && rater.member === ownMember;
  const total = committee.counted.length + committee.dropped.length;
  const ownCounted = committee.counted.filter(isOwn);
  const ownDropped = committee.dropped.filter(isOwn);
  const withheld = total - ownCounted.length - ownDropped.length;
  if (withheld === 0) return result;
  const ownDroppedAsHighest = ownDropped.find((r) => r === committee.droppedHighest);
  const ownDroppedAsLowest = ownDropped.find((r) => r === committee.droppedLowest);

  const sentence = describeWithheld({
    total,
    countedCount: committee.counted.length,
    average: committee.average,
    trimmed: committee.trimmed,
    trimThreshold,
    ownCounted: ownCounted[0],
    ownDroppedAsHighest,
    ownDroppedAsLowest,
    ownNotYet: ownMember !== null && ownCounted.length + ownDropped.length === 0,
  });
  // Field by field, in a result's order: the engine's results keep their texts behind getters.
  return {
    dimension: result.dimension,
    applicable: result.applicable,
    score: result.score,
    weight: result.weight,
    objective: result.objective,
    committee: {
      counted: ownCounted,
      dropped: ownDropped,
      average: committee.average,
      trimmed: committee.trimmed,
      droppedHighest: ownDroppedAsHighest,
      droppedLowest: ownDroppedAsLowest,
      withheld,
    },
    inputs: result.inputs,
    formula: result.formula,
    explanation: buildExplanation(result.inputs, result.formula, [sentence]),
  };
}

interface WithheldFacts {
  total: number;
  countedCount: number;
  average: string;
  trimmed: boolean;
  trimThreshold: number;
  ownCounted?: RaterScore;
  ownDroppedAsHighest?: RaterScore;
  ownDroppedAsLowest?: RaterScore;
  ownNotYet: boolean;
}

function describeWithheld(f: WithheldFacts): Bilingual {
  const average = plain(dec(f.average));
  const how: Bilingual = f.trimmed
    ? {
        zh: `评分小组 ${f.total} 人评分,去掉一个最高分和一个最低分,计入 ${f.countedCount} 个;平均 ${average}。`,
        en: `Committee: ${f.total} scores, the highest and the lowest dropped, ${f.countedCount} counted; average ${average}.`,
      }
    : {
        zh: `评分小组 ${f.total} 人评分(不足 ${f.trimThreshold} 人,不去最高最低分);平均 ${average}。`,
        en: `Committee: ${f.total} scores (fewer than ${f.trimThreshold}, none dropped); average ${average}.`,
      };
  const score = (r: RaterScore) => plain(dec(r.score));
  let own: Bilingual = { zh: "", en: "" };
  if (f.ownCounted) own = { zh: `您的评分 ${score(f.ownCounted)} 计入。`, en: ` Your score ${score(f.ownCounted)} is counted.` };
  else if (f.ownDroppedAsHighest)
    own = {
      zh: `您的评分 ${score(f.ownDroppedAsHighest)} 作为最高分去掉。`,
      en: ` Your score ${score(f.ownDroppedAsHighest)} was dropped as the highest.`,
    };
  else if (f.ownDroppedAsLowest)
    own = {
      zh: `您的评分 ${score(f.ownDroppedAsLowest)} 作为最低分去掉。`,
      en: ` Your score ${score(f.ownDroppedAsLowest)} was dropped as the lowest.`,
    };
  else if (f.ownNotYet) own = { zh: "您尚未评分。", en: " You have not scored yet." };
  return {
    zh: `${how.zh}${own.zh}其他委员的评分在定稿后公开。`,
    en: `${how.en}${own.en} The other members' scores are shown once the year is finalised.`,
  };
}
