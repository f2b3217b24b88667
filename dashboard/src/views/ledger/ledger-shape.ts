/** The five ledgers the 台账 page lists (the record kinds of the API's RecordKind). */
export const LEDGER_KINDS = ["revenue", "costs", "callbacks", "complaints", "dispatches"] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const API_KIND: Record<LedgerKind, "REVENUE" | "COST" | "CALLBACK" | "COMPLAINT" | "DISPATCH"> = {
  revenue: "REVENUE",
  costs: "COST",
  callbacks: "CALLBACK",
  complaints: "COMPLAINT",
  dispatches: "DISPATCH",
};

/** Money ledgers are corrected (冲红); counted ledgers are voided (作废). */
export const isMoneyKind = (kind: LedgerKind) => kind === "revenue" || kind === "costs";

/** The filter's category choices per ledger (the codes RecordFilter.category takes). */
export const CATEGORY_OPTIONS: Record<LedgerKind, readonly string[]> = {
  revenue: ["VIEWING_FEE", "INSPECTION_FEE", "ARREARS"],
  costs: ["REPAIR_MATERIAL", "SALARY", "OVERTIME", "MEALS", "COMMUNICATION", "VEHICLE", "OTHER"],
  callbacks: ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"],
  complaints: ["FIRST", "REPEAT"],
  dispatches: ["ON_TIME", "LATE", "REFUSED"],
};

export const ORDERS = ["DATE_ASC", "DATE_DESC", "AMOUNT_ASC", "AMOUNT_DESC"] as const;
export type LedgerOrder = (typeof ORDERS)[number];

/** What the page's filter form holds (as typed; empty means no restriction). */
export interface LedgerFilterState {
  unitCode: string;
  from: string;
  to: string;
  category: string;
  referenceContains: string;
  correctionsOnly: boolean;
  /** Money ledgers: net figures (corrections folded into what they correct). */
  net: boolean;
}

export const EMPTY_FILTER: LedgerFilterState = {
  unitCode: "",
  from: "",
  to: "",
  category: "",
  referenceContains: "",
  correctionsOnly: false,
  net: false,
};

/** The API's RecordFilter for the form and the year shown: only what is set, trimmed. */
export function toRecordFilter(kind: LedgerKind, state: LedgerFilterState, year: number | null): Record<string, string | number | boolean> {
  const filter: Record<string, string | number | boolean> = {};
  if (year !== null) filter.year = year;
  if (state.unitCode) filter.unitCode = state.unitCode;
  if (/^\d{4}-\d{2}-\d{2}$/.test(state.from)) filter.from = state.from;
  if (/^\d{4}-\d{2}-\d{2}$/.test(state.to)) filter.to = state.to;
  if (state.category && CATEGORY_OPTIONS[kind].includes(state.category)) filter.category = state.category;
  if (state.referenceContains.trim()) filter.referenceContains = state.referenceContains.trim();
  if (state.correctionsOnly) filter.correctionsOnly = true;
  if (state.net && isMoneyKind(kind) && !state.correctionsOnly) filter.net = true;
  return filter;
}

/** Amount orders exist only for the money ledgers. */
export const orderFor = (kind: LedgerKind, order: string | null): LedgerOrder =>
  (ORDERS as readonly string[]).includes(order ?? "") && (isMoneyKind(kind) || !order!.startsWith("AMOUNT")) ? (order as LedgerOrder) : "DATE_ASC";

/** One ledger row, whatever its kind. */
export interface LedgerRow {
  id: string;
  date: string;
  reference: string;
  unitCode: string;
  /** Category, outcome, or FIRST/REPEAT for complaints. */
  category: string;
  /** Dispatches: what the order was for. */
  dispatchKind: string | null;
  amount: string | null;
  netAmount: string | null;
  correction: boolean;
  corrects: string | null;
  correctedBy: string[];
  warrantyExchange: boolean;
  voided: boolean;
  voidReason: string | null;
}

interface AnyNode {
  id: string;
  date: string;
  reference: string;
  unit: { code: string };
  category?: string;
  outcome?: string;
  repeat?: boolean;
  kind?: string;
  amount?: string;
  netAmount?: string;
  correction?: boolean;
  corrects?: string | null;
  correctedBy?: string[];
  warrantyExchange?: boolean;
  voided?: boolean;
  voidReason?: string | null;
}

/** Turns any ledger's nodes into rows of one shape. */
export function toLedgerRow(kind: LedgerKind, node: AnyNode): LedgerRow {
  return {
    id: node.id,
    date: node.date,
    reference: node.reference,
    unitCode: node.unit.code,
    category: kind === "complaints" ? (node.repeat ? "REPEAT" : "FIRST") : (node.category ?? node.outcome ?? ""),
    dispatchKind: kind === "dispatches" ? (node.kind ?? null) : null,
    amount: node.amount ?? null,
    netAmount: node.netAmount ?? null,
    correction: node.correction ?? false,
    corrects: node.corrects ?? null,
    correctedBy: node.correctedBy ?? [],
    warrantyExchange: node.warrantyExchange ?? false,
    voided: node.voided ?? false,
    voidReason: node.voidReason ?? null,
  };
}

/**
 * The amount a linked 冲红 of a row starts with: minus what is left of it (its net amount), so
 * the correction never exceeds the record. Null when nothing is left to correct.
 */
export function correctionAmount(row: Pick<LedgerRow, "netAmount" | "correction">): string | null {
  if (row.correction || row.netAmount === null) return null;
  const net = row.netAmount.trim();
  if (net.startsWith("-") || /^0+(\.0+)?$/.test(net)) return null;
  return `-${net}`;
}

/** A reference for the correction of `reference` that is not taken yet: REF-CH, REF-CH2 … */
export function correctionReference(reference: string, taken: readonly string[]): string {
  const base = `${reference}-CH`.slice(0, 100);
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const next = `${base}${n}`;
    if (!taken.includes(next)) return next;
  }
}
