/**
 * A year of records in the shape of the specification's worked example. The demo data and the
 * tests both speak it. Money is a decimal string with two decimals, dates are 'YYYY-MM-DD'.
 */
export interface Dataset {
  year: number;
  /** Scheme parameters that differ from the defaults (the worked example leaves it empty). */
  scheme: Record<string, unknown>;
  units: DatasetUnit[];
  targets: DatasetTarget[];
  revenue: DatasetRevenue[];
  costs: DatasetCost[];
  callbacks: DatasetCallback[];
  complaints: DatasetComplaint[];
  dispatches: DatasetDispatch[];
  committeeScores: DatasetScore[];
  implementationRules?: DatasetImplementationRule[];
}

export interface DatasetUnit {
  code: string;
  name: string;
  kind: "STATION" | "FEE_HALL" | "COLLECTIVE_GROUP";
  region: string | null;
}

export interface DatasetTarget {
  unitCode: string;
  year: number;
  revenueTarget: string;
  staffCount: number;
  vehicleCount: number;
  baseExpense: string;
  repairBudget: string;
  repairBudgetFromMonth: number;
  revenueCommissionRate: string;
  overTargetRate: string;
  underTargetDeductionRate: string;
  repairSavingsRewardRate: string;
}

interface DatasetRecord {
  unitCode: string;
  date: string;
  reference: string;
}

export interface DatasetRevenue extends DatasetRecord {
  category: "VIEWING_FEE" | "INSPECTION_FEE" | "ARREARS";
  amount: string;
}

export interface DatasetCost extends DatasetRecord {
  category: "REPAIR_MATERIAL" | "SALARY" | "OVERTIME" | "MEALS" | "COMMUNICATION" | "VEHICLE" | "OTHER";
  amount: string;
  warrantyExchange: boolean;
}

export interface DatasetCallback extends DatasetRecord {
  outcome: "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED";
}

export interface DatasetComplaint extends DatasetRecord {
  repeat: boolean;
}

export interface DatasetDispatch extends DatasetRecord {
  kind: "EMERGENCY_REPAIR" | "INSPECTION" | "OTHER";
  outcome: "ON_TIME" | "LATE" | "REFUSED";
}

export interface DatasetScore {
  unitCode: string;
  dimension: "SATISFACTION" | "COOPERATION";
  member: string;
  score: number;
  comment?: string;
}

export interface DatasetImplementationRule {
  unitCode: string;
  title: string;
  body: string;
  filedOn: string;
  reference: string;
}
