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
