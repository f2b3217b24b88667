// The assessment rules of ASSESSMENT.md §4–6 as pure functions: no database, no API, no I/O.
export type {
  Bilingual,
  CallbackCounts,
  CommitteeAggregate,
  ComplaintCounts,
  DimensionResult,
  DispatchCounts,
  ExplanationPart,
  Language,
  MissingScores,
  PayLines,
  RaterScore,
  UnitContractTerms,
  UnitInputs,
  UnitResult,
} from "./types.ts";
export { assessUnit, assessUnits, scoreDimensions } from "./assess-year.ts";
export { aggregateCommittee, committeeOutcome } from "./committee.ts";
export type { CommitteeOutcome } from "./committee.ts";
export { missingScores } from "./completeness.ts";
export { scoreCooperation } from "./cooperation.ts";
export type { CooperationInput } from "./cooperation.ts";
export { scoreCost } from "./cost.ts";
export type { CostInput } from "./cost.ts";
export { explanationText } from "./explain.ts";
export { computePay } from "./pay.ts";
export { completionPercent, scoreRevenue } from "./revenue.ts";
export type { RevenueInput } from "./revenue.ts";
export { scoreSatisfaction } from "./satisfaction.ts";
export type { SatisfactionInput } from "./satisfaction.ts";
export { gradeFor, rankResults, weightedTotal } from "./total-grade-rank.ts";
export { withholdOtherRaters } from "./withhold-raters.ts";
export type { Rankable, WeightedScore } from "./total-grade-rank.ts";
