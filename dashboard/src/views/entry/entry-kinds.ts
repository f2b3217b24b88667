/**
 * The five record kinds the clerk enters, as column specs: one grid component serves them all.
 * Fields and enum values follow the schema's *Input types (RevenueInput, CostInput …).
 */
export type ColumnKind = "unit" | "date" | "enum" | "money" | "text" | "bool";

export interface ColumnSpec {
  field: string;
  kind: ColumnKind;
  options?: readonly string[];
  /** Money that may be negative when this boolean field of the row is set (冲红 corrections). */
  negativeWhen?: string;
}

export const RECORD_KINDS = ["revenue", "costs", "callbacks", "complaints", "dispatches"] as const;
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
};
