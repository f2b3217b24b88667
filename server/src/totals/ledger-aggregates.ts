import type { Knex } from "knex";

/**
 * The sums and counts of the five ledgers, written once and grouped either per unit or per unit
 * and month. Year totals, monthly totals and the assessment's inputs all come from here, so a
 * rule (what counts as repair cost, which outcome counts half) exists in one place. Costs are
 * read through the `classified_costs` view, which holds the repair-window and warranty rule.
 */
export const LEDGERS = ["revenue", "costs", "callbacks", "complaints", "dispatches"] as const;
export type Ledger = (typeof LEDGERS)[number];

export interface AggregateOptions {
  /** Records dated in [from, to). */
  from: string;
  to: string;
  /** Also group by calendar month (1–12). */
  byMonth?: boolean;
  /** Only these units (null: every unit). */
  units?: number[] | null;
}

const money = (condition: string, alias: string) => `coalesce(sum(amount) filter (where ${condition}), 0)::numeric(16,2)::text as ${alias}`;
const count = (condition: string, alias: string) => `count(*) filter (where ${condition})::int as ${alias}`;

/**
 * `counted` is the rows that count at all: a voided callback, complaint or dispatch is kept and
 * shown in the ledger but excluded from every figure, here and nowhere else.
 */
const SOURCES: Record<Ledger, { table: string; columns: string[]; counted?: string }> = {
  revenue: {
    table: "revenue_records",
    columns: [
      money("category = 'VIEWING_FEE'", "viewing_fee"),
      money("category = 'INSPECTION_FEE'", "inspection_fee"),
      money("category = 'ARREARS'", "arrears"),
      money("true", "total"),
    ],
  },
  costs: {
    table: "classified_costs",
    columns: [
      money("counted_as = 'REPAIR'", "repair_cost"),
      money("counted_as = 'REPAIR_BEFORE_WINDOW'", "repair_cost_before_window"),
      money("counted_as = 'WARRANTY_EXCHANGE'", "warranty_exchange"),
      money("counted_as = 'OTHER'", "other_cost"),
    ],
  },
  callbacks: {
    table: "callbacks",
    columns: [
      count("outcome = 'SATISFIED'", "satisfied"),
      count("outcome = 'BASICALLY_SATISFIED'", "basically_satisfied"),
      count("outcome = 'DISSATISFIED'", "dissatisfied"),
    ],
    counted: "voided_at is null",
  },
  complaints: { table: "complaints", columns: [count("not is_repeat", "plain"), count("is_repeat", "repeat")], counted: "voided_at is null" },
  dispatches: {
    table: "dispatch_orders",
    columns: [count("outcome = 'ON_TIME'", "on_time"), count("outcome = 'LATE'", "late"), count("outcome = 'REFUSED'", "refused")],
    counted: "voided_at is null",
  },
};

/** One aggregate statement over one ledger; rows carry unit_id (and month when grouped by it). */
export function aggregateLedger(knex: Knex, ledger: Ledger, options: AggregateOptions) {
  const { table, columns, counted } = SOURCES[ledger];
  const query = knex(table).where("record_date", ">=", options.from).andWhere("record_date", "<", options.to);
  if (counted) query.whereRaw(counted);
  if (options.units) query.whereIn("unit_id", options.units);
  if (options.byMonth) {
    query.groupByRaw("unit_id, extract(month from record_date)").select("unit_id", knex.raw("extract(month from record_date)::int as month"));
  } else {
    query.groupBy("unit_id").select("unit_id");
  }
  return query.select(columns.map((c) => knex.raw(c)));
}
