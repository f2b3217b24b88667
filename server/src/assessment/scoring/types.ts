import type { Dimension, Grade } from "../../common/enums.ts";

/** One committee member's score for a unit on one dimension; a decimal string such as "88.5". */
export interface RaterScore {
  member: string;
  score: string;
}

/** The contract (目标责任书) columns the scoring needs; money and rates as decimal strings. */
export interface UnitContractTerms {
  revenueTarget: string;
  baseExpense: string;
  repairBudget: string;
  repairBudgetFromMonth: number;
  revenueCommissionRate: string;
  overTargetRate: string;
  underTargetDeductionRate: string;
  repairSavingsRewardRate: string;
}

export interface CallbackCounts {
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
}

export interface ComplaintCounts {
  plain: number;
  repeat: number;
}

export interface DispatchCounts {
  onTime: number;
  late: number;
  refused: number;
}

/** Everything one unit's assessment is computed from, already totalled for the period. */
export interface UnitInputs {
  unitCode: string;
  unitName: string;
  contract: UnitContractTerms;
  /** Sum of the period's remittances (may include negative corrections). */
  revenueActual: string;
  /** Repair material in the budget window, warranty exchanges excluded (already filtered). */
  repairCost: string;
  otherCost: string;
  callbacks: CallbackCounts;
  complaints: ComplaintCounts;
  dispatches: DispatchCounts;
  committee: { SATISFACTION: RaterScore[]; COOPERATION: RaterScore[] };
  /** §9 collection rate of the period in percent ("90.00"); absent or null: not applicable. */
  collectionRate?: string | null;
}

export type Language = "zh" | "en";

/** Text in both languages the product speaks. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** An input or intermediate value of a score, already formatted for display. */
export interface ExplanationPart {
  label: Bilingual;
  value: string;
}

export interface CommitteeAggregate {
  counted: RaterScore[];
  /** The dropped scores, highest first; empty when not trimmed. */
  dropped: RaterScore[];
  /** Average of the counted scores with 4 decimals (display only), null when there are none. */
  average: string | null;
  trimmed: boolean;
  droppedHighest?: RaterScore;
  droppedLowest?: RaterScore;
  /** Other members' scores left out of `counted`/`dropped` for this viewer (see withhold-raters.ts). */
  withheld?: number;
}

export interface DimensionResult {
  dimension: Dimension;
  applicable: boolean;
  /** Half-up to 2 decimals; null when not applicable. */
  score: string | null;
  /** The scheme weight. */
  weight: number;
  /** Objective part (satisfaction/cooperation), 2 to 4 decimals. */
  objective?: string;
  committee?: CommitteeAggregate;
  inputs: ExplanationPart[];
  /** The formula with its numbers filled in, ending with "= <score>". */
  formula: Bilingual;
  /** Inputs, committee raters and formula as readable text. */
  explanation: Bilingual;
}

/** All 2-decimal strings; net may be negative. */
export interface PayLines {
  commission: string;
  overTargetBonus: string;
  underTargetDeduction: string;
  repairSavingsReward: string;
  repairOverspendCharge: string;
  net: string;
}

export interface MissingScores {
  dimension: Dimension;
  have: number;
  need: number;
}

export interface UnitResult {
  unitCode: string;
  unitName: string;
  revenueTarget: string;
  revenueActual: string;
  /** Percentage with 2 decimals, e.g. "108.00". */
  completionRate: string;
  /** §9 collection rate (收缴率) with 2 decimals, null when not applicable (absent in results frozen before §9). */
  collectionRate?: string | null;
  repairCost: string;
  otherCost: string;
  /** Always REVENUE, COST, SATISFACTION, COOPERATION in that order. */
  scores: DimensionResult[];
  total: string;
  rank: number;
  grade: Grade;
  complete: boolean;
  missing: MissingScores[];
  pay: PayLines;
  totalFormula: Bilingual;
}
