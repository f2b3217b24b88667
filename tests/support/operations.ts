/** GraphQL documents the integration tests send, written as an analyst would. */

export const UPSERT_UNIT = `mutation($input: UnitInput!) { upsertUnit(input: $input) { id code name kind region retired } }`;

export const SET_CONTRACT = `mutation($input: ContractInput!) {
  setContract(input: $input) {
    unit { code } year revenueTarget staffCount vehicleCount baseExpense repairBudget repairBudgetFromMonth
    revenueCommissionRate overTargetRate underTargetDeductionRate repairSavingsRewardRate
  }
}`;

export const SET_SCHEME = `mutation($year: Int!, $input: SchemeInput!) {
  setScheme(year: $year, input: $input) {
    year isDefault revenueCap costCap trimThreshold minRaters weights { dimension weight } gradeThresholds { grade minTotal }
  }
}`;

export const RECORD_REVENUE = `mutation($entries: [RevenueInput!]!) { recordRevenue(entries: $entries) { inserted duplicates } }`;
export const RECORD_COSTS = `mutation($entries: [CostInput!]!) { recordCosts(entries: $entries) { inserted duplicates } }`;
export const RECORD_CALLBACKS = `mutation($entries: [CallbackInput!]!) { recordCallbacks(entries: $entries) { inserted duplicates } }`;
export const RECORD_COMPLAINTS = `mutation($entries: [ComplaintInput!]!) { recordComplaints(entries: $entries) { inserted duplicates } }`;
export const RECORD_DISPATCHES = `mutation($entries: [DispatchInput!]!) { recordDispatches(entries: $entries) { inserted duplicates } }`;

export const SUBMIT_SCORE = `mutation($input: ScoreInput!) {
  submitScore(input: $input) { id year unit { code } dimension member { name } score comment history { score comment } }
}`;

export const YEAR_TOTALS = `query($year: Int!) {
  yearTotals(year: $year) {
    unit { code } revenueActual viewingFee inspectionFee arrears completionRate repairCost repairCostBeforeWindow
    warrantyExchangeAmount otherCost callbacksSatisfied callbacksBasicallySatisfied callbacksDissatisfied
    complaints repeatComplaints dispatchesOnTime dispatchesLate dispatchesRefused satisfactionScoreCount cooperationScoreCount
  }
}`;

export const ASSESSMENT = `query($year: Int!, $language: Language) {
  assessment(year: $year) {
    year finalized finalizedAt
    scheme { isDefault weights { dimension weight } }
    results {
      unit { code name } revenueTarget revenueActual completionRate repairCost otherCost
      scores { dimension applicable score weight objective explanation(language: $language) formula(language: $language)
        committee { counted { member score } dropped { member score } average trimmed } }
      total rank grade complete missing { dimension have need } totalFormula(language: $language)
      pay { commission overTargetBonus underTargetDeduction repairSavingsReward repairOverspendCharge net }
    }
  }
}`;

export const FINALIZE = `mutation($year: Int!) { finalizeAssessment(year: $year) { finalized results { unit { code } total rank } } }`;
export const REOPEN = `mutation($year: Int!, $reason: String!) { reopenAssessment(year: $year, reason: $reason) { finalized } }`;
