/**
 * The five record kinds and the household register the clerk enters, as column specs: one grid component serves them all.
 * Fields and enum values follow the schema's *Input types (RevenueInput, CostInput …).
 */
/** `month`: "2025-03" (the household register, §9); `count`: households, empty meaning 0. */
export type ColumnKind = "unit" | "date" | "enum" | "money" | "text" | "bool" | "month" | "count";

export interface ColumnSpec {
  field: string;
  kind: ColumnKind;
  options?: readonly string[];
  /** Money that may be negative when this boolean field of the row is set (冲红 corrections). */
  negativeWhen?: string;
}

export const RECORD_KINDS = ["revenue", "costs", "callbacks", "complaints", "dispatches", "households"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const COLUMNS: Record<RecordKind, readonly ColumnSpec[]> = {
  revenue: [
    { field: "unitCode", kind: "unit" },
    { field: "date", kind: "date" },
    { field: "category", kind: "enum", options: ["VIEWING_FEE", "INSPECTION_FEE", "ARREARS"] },
    { field: "amount", kind: "money", negativeWhen: "correction" },
    { field: "reference", kind: "text" },
    { field: "correction", kind: "bool" },
  ],
  costs: [
    { field: "unitCode", kind: "unit" },
    { field: "date", kind: "date" },
    { field: "category", kind: "enum", options: ["REPAIR_MATERIAL", "SALARY", "OVERTIME", "MEALS", "COMMUNICATION", "VEHICLE", "OTHER"] },
    { field: "amount", kind: "money" },
    { field: "reference", kind: "text" },
    { field: "warrantyExchange", kind: "bool" },
  ],
  callbacks: [
    { field: "unitCode", kind: "unit" },
    { field: "date", kind: "date" },
    { field: "outcome", kind: "enum", options: ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] },
    { field: "reference", kind: "text" },
  ],
  complaints: [
    { field: "unitCode", kind: "unit" },
    { field: "date", kind: "date" },
    { field: "reference", kind: "text" },
    { field: "repeat", kind: "bool" },
  ],
  dispatches: [
    { field: "unitCode", kind: "unit" },
    { field: "date", kind: "date" },
    { field: "kind", kind: "enum", options: ["EMERGENCY_REPAIR", "INSPECTION", "OTHER"] },
    { field: "outcome", kind: "enum", options: ["ON_TIME", "LATE", "REFUSED"] },
    { field: "reference", kind: "text" },
  ],
  // 户数: a unit's paying households at the start of a month per class (HouseholdsInput).
  households: [
    { field: "unitCode", kind: "unit" },
    { field: "month", kind: "month" },
    { field: "residential", kind: "count" },
    { field: "upgraded", kind: "count" },
    { field: "collective", kind: "count" },
  ],
};
