// The assessment rules of ASSESSMENT.md §4–6 as pure functions: no database, no API, no I/O.
export type { DimensionResult, PayLines, RaterScore, UnitContractTerms, UnitInputs, UnitResult } from "./types.ts";
export { assessUnit, assessUnits } from "./assess-year.ts";
export { aggregateCommittee } from "./committee.ts";
export { scoreCooperation } from "./cooperation.ts";
export { scoreCost } from "./cost.ts";
export { explanationText } from "./explain.ts";
export { computePay } from "./pay.ts";
export { scoreRevenue } from "./revenue.ts";
export { scoreSatisfaction } from "./satisfaction.ts";
export { gradeFor, rankInPlace, rankResults, weightedTotal } from "./total-grade-rank.ts";
export { withholdOtherRaters } from "./withhold-raters.ts";
export { completionRate } from "./revenue.ts";
