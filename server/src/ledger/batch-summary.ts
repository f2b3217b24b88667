import type { Decimal } from "decimal.js";
import { Dec, formatMoney } from "../common/money.ts";
import { yearOf } from "../years/year.ts";
import type { LedgerEntryInput } from "./ledger.types.ts";

/** How many references an audit entry lists by name; the rest are counted. */
const LISTED_REFERENCES = 100;

type SummedEntry = LedgerEntryInput & { amount?: Decimal; category?: string; outcome?: string; kind?: string };

/**
 * What a stored batch changed, for the audit log: the references (the first hundred by name),
 * and per unit and category (or outcome) the count and, for money, the sum.
 */
export function batchSummary(table: string, stored: SummedEntry[], duplicates: number) {
  const groups = new Map<string, { unitCode: string; group: string | null; count: number; amount: Decimal | null }>();
  for (const entry of stored) {
    const group = entry.category ?? entry.outcome ?? entry.kind ?? null;
    const key = `${entry.unitCode}/${group}`;
    const current = groups.get(key) ?? { unitCode: entry.unitCode, group, count: 0, amount: entry.amount === undefined ? null : new Dec(0) };
    current.count++;
    if (current.amount && entry.amount) current.amount = current.amount.plus(entry.amount);
    groups.set(key, current);
  }
  const years = [...new Set(stored.map((e) => yearOf(e.date)))];
  return {
    ...(years.length === 1 ? { year: years[0] } : { years }),
    kind: table,
    inserted: stored.length,
    duplicates,
    references: stored.slice(0, LISTED_REFERENCES).map((e) => e.reference),
    ...(stored.length > LISTED_REFERENCES ? { moreReferences: stored.length - LISTED_REFERENCES } : {}),
    totals: [...groups.values()].map((g) => ({
      unitCode: g.unitCode,
      group: g.group,
      count: g.count,
      ...(g.amount ? { amount: formatMoney(g.amount) } : {}),
    })),
  };
}
