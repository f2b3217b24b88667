import type { Decimal } from "decimal.js";
import type { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { D, ONE, dec, equalsShown, fixed2, plain, round2, shown } from "./decimal.ts";
import { buildExplanation, part, steps } from "./explain.ts";
import type { Bilingual, CommitteeAggregate, DimensionResult, ExplanationPart, RaterScore } from "./types.ts";

/** The aggregate as shown plus the exact average the dimension score is computed from. */
export interface CommitteeOutcome {
  aggregate: CommitteeAggregate;
  /** Exact (unrounded) average of the counted scores; null when nobody scored. */
  average: Decimal | null;
}

// Code-unit order, not locale order: the same input must drop the same member on every machine.
function byMember(a: RaterScore, b: RaterScore): number {
  return a.member < b.member ? -1 : a.member > b.member ? 1 : 0;
}

function byScoreThenMember(a: RaterScore, b: RaterScore): number {
  return dec(a.score).comparedTo(dec(b.score)) || byMember(a, b);
}

function average(scores: RaterScore[]): Decimal | null {
  if (scores.length === 0) return null;
  return scores.reduce((sum, s) => sum.plus(dec(s.score)), new D(0)).div(scores.length);
}

/**
 * 去掉一个最高分和一个最低分: with at least `trimThreshold` scores exactly one highest and one
 * lowest are dropped (when several share the extreme, the first by member name goes), else the
 * plain average. Trimming never applies below 3 scores, where it would leave nothing to average.
 */
export function committeeOutcome(scores: RaterScore[], trimThreshold: number): CommitteeOutcome {
  const trimmed = scores.length >= Math.max(trimThreshold, 3);
  if (!trimmed) {
    const counted = [...scores].sort(byMember);
    const avg = average(counted);
    return { aggregate: { counted, dropped: [], average: avg ? avg.toFixed(4) : null, trimmed }, average: avg };
  }
  const ascending = [...scores].sort(byScoreThenMember);
  const lowest = ascending[0];
  const top = dec(ascending[ascending.length - 1].score);
  // The first member (by name) holding the top score, other than the one already dropped as lowest.
  const highest = ascending.find((s, i) => i > 0 && dec(s.score).eq(top))!;
  const counted = scores.filter((s) => s !== lowest && s !== highest).sort(byMember);
  const avg = average(counted)!;
  return {
    aggregate: {
      counted,
      dropped: [highest, lowest],
      average: avg.toFixed(4),
      trimmed,
      droppedHighest: highest,
      droppedLowest: lowest,
    },
    average: avg,
  };
}

export function aggregateCommittee(scores: RaterScore[], trimThreshold: number): CommitteeAggregate {
  return committeeOutcome(scores, trimThreshold).aggregate;
}

function rater(s: RaterScore): string {
  return `${s.member} ${plain(dec(s.score))}`;
}

/** Who scored, who was dropped as highest/lowest and what the counted scores average to. */
export function describeCommittee(outcome: CommitteeOutcome, total: number, trimThreshold: number): Bilingual {
  const { aggregate, average: avg } = outcome;
  if (avg === null) {
    return { zh: "无评分小组评分,仅按客观分计。", en: "No committee scores: the objective part alone counts." };
  }
  const countedZh = aggregate.counted.map(rater).join("、");
  const countedEn = aggregate.counted.map(rater).join(", ");
  const avgText = equalsShown(avg);
  if (aggregate.trimmed) {
    const high = rater(aggregate.droppedHighest!);
    const low = rater(aggregate.droppedLowest!);
    return {
      zh: `评分小组 ${total} 人评分,去掉最高分 ${high}、最低分 ${low};计入 ${countedZh};平均 ${avgText}。`,
      en: `Committee: ${total} scores, dropped highest ${high} and lowest ${low}; counted ${countedEn}; average ${avgText}.`,
    };
  }
  return {
    zh: `评分小组 ${total} 人评分(不足 ${trimThreshold} 人,不去最高最低分);计入 ${countedZh};平均 ${avgText}。`,
    en: `Committee: ${total} scores (fewer than ${trimThreshold}, none dropped); counted ${countedEn}; average ${avgText}.`,
  };
}

/** share × objective + (1 − share) × committee, or the objective alone when nobody scored. */
export function blendWithCommittee(objective: Decimal, committeeAverage: Decimal | null, share: number): { score: Decimal; formula: Bilingual } {
  if (committeeAverage === null) {
    const score = round2(objective);
    return {
      score,
      formula: {
        zh: `无评分小组评分,得分 = 客观分 ${shown(objective)} = ${fixed2(score)}`,
        en: `no committee scores, score = objective ${shown(objective)} = ${fixed2(score)}`,
      },
    };
  }
  const objectiveShare = dec(share);
  const committeeShare = ONE.minus(objectiveShare);
  const score = round2(objectiveShare.times(objective).plus(committeeShare.times(committeeAverage)));
  const text = `${plain(objectiveShare)} × ${shown(objective)} + ${plain(committeeShare)} × ${shown(committeeAverage)} = ${fixed2(score)}`;
  return { score, formula: { zh: text, en: text } };
}

export interface BlendedDimensionParts {
  dimension: Dimension.SATISFACTION | Dimension.COOPERATION;
  /** The objective part and how it was computed. */
  objective: Decimal;
  objectiveText: Bilingual;
  /** The dimension's own inputs (counts), listed before the blend's parts. */
  inputs: ExplanationPart[];
  committee: RaterScore[];
  /** The scheme's share of the objective part in this dimension. */
  objectiveShare: number;
  scheme: SchemeParameters;
}

/**
 * The satisfaction and cooperation scores are built the same way (§4): an objective part blended
 * with the committee's aggregate, explained from the same numbers. One place for both.
 */
export function blendedDimension(parts: BlendedDimensionParts): DimensionResult {
  const { objective, objectiveText, committee, objectiveShare, scheme } = parts;
  const outcome = committeeOutcome(committee, scheme.trimThreshold);
  const blend = blendWithCommittee(objective, outcome.average, objectiveShare);
  const inputs = [
    ...parts.inputs,
    part("客观分", "objective", shown(objective)),
    part("评分小组平均分", "committee average", outcome.average ? shown(outcome.average) : "—"),
    part("客观分占比", "objective share", plain(dec(objectiveShare))),
  ];
  const formula = steps(objectiveText, blend.formula);
  const raters = describeCommittee(outcome, committee.length, scheme.trimThreshold);
  return {
    dimension: parts.dimension,
    applicable: true,
    score: fixed2(blend.score),
    weight: scheme.weights[parts.dimension],
    objective: shown(objective),
    committee: outcome.aggregate,
    inputs,
    formula,
    explanation: buildExplanation(inputs, formula, [raters]),
  };
}
