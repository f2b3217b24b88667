import type { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { plainOf } from "./decimal.ts";
import { plainText } from "./decimal-text.ts";
import {
  type Fixed,
  FIXED_ONE,
  FIXED_ZERO,
  compare,
  fixed2Of,
  fixedOf,
  fixedOfCount,
  fixedOfNumber,
  plainOfFixed,
  roundHalfUp,
  shownOfFixed,
  toFixedOf,
} from "./fixed.ts";
import { div40, minus40, plus40, times40 } from "./fixed-context.ts";
import { both, type ExplanationSource, part, steps } from "./explain.ts";
import { ScoredDimension } from "./scored-dimension.ts";
import type { Bilingual, CommitteeAggregate, DimensionResult, ExplanationPart, Language, RaterScore } from "./types.ts";

/** The aggregate as shown plus the exact average the dimension score is computed from. */
export interface CommitteeOutcome {
  aggregate: CommitteeAggregate;
  /** Average of the counted scores (to the context's 40 digits, unrounded for display); null when nobody scored. */
  average: Fixed | null;
}

// Code-unit order, not locale order: the same input must drop the same member on every machine.
function byMember(a: RaterScore, b: RaterScore): number {
  return a.member < b.member ? -1 : a.member > b.member ? 1 : 0;
}

/**
 * A copy in member order, stable. A committee is a handful of members: an insertion sort in place
 * allocates nothing, where Array.prototype.sort allocates a work array per call (two committee
 * dimensions per unit made that a tenth of a scored year's garbage).
 */
function sortedByMember(scores: RaterScore[]): RaterScore[] {
  const sorted = scores.slice();
  if (sorted.length > 32) return sorted.sort(byMember);
  for (let i = 1; i < sorted.length; i++) {
    const item = sorted[i];
    let j = i - 1;
    for (; j >= 0 && byMember(sorted[j], item) > 0; j--) sorted[j + 1] = sorted[j];
    sorted[j + 1] = item;
  }
  return sorted;
}

/**
 * The mean of the values, in the order given, as the decimal context computes it, leaving out
 * the ones at the indices dropped (-1: none).
 */
function average(values: Fixed[], droppedA = -1, droppedB = -1): Fixed | null {
  let sum = FIXED_ZERO;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === droppedA || i === droppedB) continue;
    sum = plus40(sum, values[i]);
    count++;
  }
  return count === 0 ? null : div40(sum, fixedOfCount(count));
}

/**
 * 去掉一个最高分和一个最低分: with at least `trimThreshold` scores exactly one highest and one
 * lowest are dropped (when several share the extreme, the first by member name goes), else the
 * plain average. Trimming never applies below 3 scores, where it would leave nothing to average.
 */
export function committeeOutcome(scores: RaterScore[], trimThreshold: number): CommitteeOutcome {
  const trimmed = scores.length >= Math.max(trimThreshold, 3);
  // Everything below walks the raters in member order, so "the first by name" is the first found.
  const raters = sortedByMember(scores);
  const values = raters.map((rater) => fixedOf(rater.score));
  if (!trimmed) {
    const avg = average(values);
    return { aggregate: { counted: raters, dropped: [], average: avg ? toFixedOf(avg, 4) : null, trimmed }, average: avg };
  }
  let low = 0;
  let top = values[0];
  for (let i = 1; i < values.length; i++) {
    if (compare(values[i], values[low]) < 0) low = i;
    if (compare(values[i], top) > 0) top = values[i];
  }
  // The first member holding the top score, other than the one already dropped as lowest.
  let high = 0;
  while (high === low || compare(values[high], top) !== 0) high++;
  const avg = average(values, low, high)!;
  const highest = raters[high];
  const lowest = raters[low];
  return {
    aggregate: {
      counted: raters.filter((_, i) => i !== low && i !== high),
      dropped: [highest, lowest],
      average: toFixedOf(avg, 4),
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
  return `${s.member} ${plainText(s.score)}`;
}

/**
 * Who scored, who was dropped as highest/lowest and what the counted scores average to (`equals`:
 * "= 81.25" or "≈ 88.6667"). Only the explanation reads it, once per language, and keeps the text
 * it builds from it; so each language is written on demand here and not kept twice.
 */
class CommitteeSentence implements Bilingual {
  constructor(
    readonly aggregate: CommitteeAggregate,
    readonly equals: string,
    readonly total: number,
    readonly trimThreshold: number,
  ) {}

  get zh(): string {
    return this.describe("zh");
  }

  get en(): string {
    return this.describe("en");
  }

  private describe(language: Language): string {
    const { aggregate, equals, total, trimThreshold } = this;
    const counted = aggregate.counted.map(rater).join(language === "zh" ? "、" : ", ");
    if (aggregate.trimmed) {
      const high = rater(aggregate.droppedHighest!);
      const low = rater(aggregate.droppedLowest!);
      return language === "zh"
        ? `评分小组 ${total} 人评分,去掉最高分 ${high}、最低分 ${low};计入 ${counted};平均 ${equals}。`
        : `Committee: ${total} scores, dropped highest ${high} and lowest ${low}; counted ${counted}; average ${equals}.`;
    }
    return language === "zh"
      ? `评分小组 ${total} 人评分(不足 ${trimThreshold} 人,不去最高最低分);计入 ${counted};平均 ${equals}。`
      : `Committee: ${total} scores (fewer than ${trimThreshold}, none dropped); counted ${counted}; average ${equals}.`;
  }
}

const NO_COMMITTEE: Bilingual = Object.freeze({ zh: "无评分小组评分,仅按客观分计。", en: "No committee scores: the objective part alone counts." });

/** How a dimension's objective part is explained: its own inputs (counts) and how it was computed. */
export interface ObjectiveTexts {
  inputs: ExplanationPart[];
  text: Bilingual;
}

export interface BlendedDimensionParts<O> {
  dimension: Dimension.SATISFACTION | Dimension.COOPERATION;
  /** The objective part and its display text (shownOfFixed). */
  objective: Fixed;
  objectiveShown: string;
  /** What the objective part's texts are written from, and how (listed before the blend's parts). */
  objectiveFacts: O;
  describeObjective: (facts: O) => ObjectiveTexts;
  committee: RaterScore[];
  /** The scheme's share of the objective part in this dimension. */
  objectiveShare: number;
  scheme: SchemeParameters;
}

/**
 * The satisfaction and cooperation scores are built the same way (§4): an objective part blended
 * with the committee's aggregate, explained from the same numbers. One place for both.
 * share × objective + (1 − share) × committee, or the objective alone when nobody scored.
 */
export function blendedDimension<O>(parts: BlendedDimensionParts<O>): DimensionResult {
  const { objective, objectiveShown, committee, objectiveShare, scheme } = parts;
  const outcome = committeeOutcome(committee, scheme.trimThreshold);
  const average = outcome.average;
  let committeeShare: Fixed | null = null;
  let score: Fixed;
  if (average === null) {
    score = roundHalfUp(objective, 2);
  } else {
    const share = fixedOfNumber(objectiveShare);
    committeeShare = minus40(FIXED_ONE, share);
    score = roundHalfUp(plus40(times40(share, objective), times40(committeeShare, average)), 2);
  }
  const scoreText = fixed2Of(score);
  const facts: BlendedFacts<O> = {
    objectiveFacts: parts.objectiveFacts,
    describeObjective: parts.describeObjective,
    objectiveShown,
    objectiveShare,
    average,
    committeeShare,
    score: scoreText,
    aggregate: outcome.aggregate,
    raters: committee.length,
    trimThreshold: scheme.trimThreshold,
  };
  const values = {
    dimension: parts.dimension,
    applicable: true,
    score: scoreText,
    weight: scheme.weights[parts.dimension],
    objective: objectiveShown,
    committee: outcome.aggregate,
  };
  return new ScoredDimension(values, facts, describeBlended);
}

/** What a blended dimension's texts are written from. */
interface BlendedFacts<O> {
  objectiveFacts: O;
  describeObjective: (facts: O) => ObjectiveTexts;
  objectiveShown: string;
  objectiveShare: number;
  /** The committee's exact average and 1 − share; null when nobody scored. */
  average: Fixed | null;
  committeeShare: Fixed | null;
  score: string;
  aggregate: CommitteeAggregate;
  raters: number;
  trimThreshold: number;
}

function describeBlended<O>(f: BlendedFacts<O>): ExplanationSource {
  const objective = f.describeObjective(f.objectiveFacts);
  // Each displayed number is formatted once and the same text used wherever it appears.
  const avgShown = f.average === null ? null : shownOfFixed(f.average);
  let blend: Bilingual;
  let raters: Bilingual;
  if (avgShown === null) {
    blend = {
      zh: `无评分小组评分,得分 = 客观分 ${f.objectiveShown} = ${f.score}`,
      en: `no committee scores, score = objective ${f.objectiveShown} = ${f.score}`,
    };
    raters = NO_COMMITTEE;
  } else {
    blend = both(`${plainOf(f.objectiveShare)} × ${f.objectiveShown} + ${plainOfFixed(f.committeeShare!)} × ${avgShown.shown} = ${f.score}`);
    raters = new CommitteeSentence(f.aggregate, avgShown.equals, f.raters, f.trimThreshold);
  }
  const inputs = [
    ...objective.inputs,
    part("客观分", "objective", f.objectiveShown),
    part("评分小组平均分", "committee average", avgShown ? avgShown.shown : "—"),
    part("客观分占比", "objective share", plainOf(f.objectiveShare)),
  ];
  return { inputs, formula: steps(objective.text, blend), extra: [raters] };
}
