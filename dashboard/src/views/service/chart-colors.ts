/**
 * Outcome colours read as traffic lights (good, middling, bad) in every chart of the view. The
 * units sit on an axis here, so these need not avoid the unit colours — but they stay distinct.
 */
export const OUTCOME_COLORS: Record<string, string> = {
  callbacksSatisfied: "#2f855a",
  callbacksBasicallySatisfied: "#d69e2e",
  callbacksDissatisfied: "#c53030",
  dispatchesOnTime: "#2f855a",
  dispatchesLate: "#d69e2e",
  dispatchesRefused: "#c53030",
  complaints: "#dd6b20",
  repeatComplaints: "#9b2c2c",
};
