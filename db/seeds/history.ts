import { Decimal } from "decimal.js";
import type {
  Dataset,
  DatasetCallback,
  DatasetComplaint,
  DatasetCost,
  DatasetDispatch,
  DatasetImplementationRule,
  DatasetRevenue,
  DatasetScore,
  DatasetTarget,
  DatasetUnit,
} from "../src/dataset.ts";

/**
 * Earlier demo years derived from the base (2025) worked example, so the dashboard shows
 * believable multi-year trends: targets grow year over year, viewing fees peak around Spring
 * Festival and dip in summer, the east station improves year after year, the south station
 * declines, the other units stay roughly level.
 *
 * Deterministic: every random choice comes from a seeded generator (mulberry32) whose seed is
 * derived from the year, the unit and what is being generated, never from Math.random. Money is
 * built with Decimal and rounded half-up to the fen; JS numbers are only used for factors.
 */

// ---------------------------------------------------------------------------------------------
// The story the demo tells
// ---------------------------------------------------------------------------------------------

/** Contract size (targets and budgets) relative to the base year, by years before it. */
const TARGET_SCALE: Record<number, number> = { 1: 0.94, 2: 0.88 };

/** How a unit looked in an earlier year. Shares and shifts are relative to the base year. */
interface Drift {
  /** Revenue actually collected / revenue target. */
  completion: number;
  /** Costs that count (see `countsAsCost`) / (repair budget + base expense). */
  costRatio: number;
  /** Added to the share of SATISFIED callbacks. */
  satisfiedShift: number;
  /** Complaints compared with the base year. */
  complaintDelta: number;
  /** Added to the share of on-time dispatch orders. */
  onTimeShift: number;
  /** Points added to every committee score. */
  committeeShift: number;
}

/**
 * Units whose history is a trend rather than "like the base year, with noise", by years before
 * the base year. East improves (completion ~90% → ~96% → 101%, costs coming under control,
 * fewer complaints); south declines (~104% → ~98% → 93%, cost control slipping, more complaints).
 */
const TRENDS: Record<string, Record<number, Drift>> = {
  east: {
    1: { completion: 0.96, costRatio: 1.03, satisfiedShift: -0.05, complaintDelta: 1, onTimeShift: -0.15, committeeShift: -3 },
    2: { completion: 0.9, costRatio: 1.07, satisfiedShift: -0.1, complaintDelta: 2, onTimeShift: -0.25, committeeShift: -6 },
  },
  south: {
    1: { completion: 0.98, costRatio: 0.97, satisfiedShift: 0.04, complaintDelta: -1, onTimeShift: 0.1, committeeShift: 2 },
    2: { completion: 1.04, costRatio: 0.94, satisfiedShift: 0.08, complaintDelta: -2, onTimeShift: 0.2, committeeShift: 5 },
  },
};

/**
 * Viewing fees by month: annual subscriptions are paid around Spring Festival (January–February),
 * summer is slow. Inspection fees and old arrears have no season, only weekly noise.
 */
const VIEWING_BY_MONTH = [1.3, 1.2, 1.0, 0.95, 0.95, 0.9, 0.78, 0.8, 0.95, 1.0, 1.0, 1.05];

/** Spring Festival dates: the four weeks before it see an extra rush of annual subscriptions. */
const SPRING_FESTIVAL: Record<number, string> = {
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
};
const FESTIVAL_RUSH = 1.2;

/** Weekly remittances are dated on the Monday of their ISO week (0 = Monday … 6 = Sunday). */
const REMITTANCE_WEEKDAY = 0;

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/** Derives the dataset of `year` (one or two years before `base.year`) from the base year. */
export function generateHistoryYear(base: Dataset, year: number): Dataset {
  const yearsBack = base.year - year;
  const scale = TARGET_SCALE[yearsBack];
  if (scale === undefined) {
    throw new Error(`demo history goes back ${Object.keys(TARGET_SCALE).join(" or ")} years from ${base.year}, not to ${year}`);
  }
  const context: Context = { base, year, yearsBack, scale };
  const units = base.units.map((unit) => unitYear(context, unit.code));
  return {
    year,
    scheme: {},
    units: base.units,
    targets: units.map((u) => u.target),
    revenue: units.flatMap((u) => u.revenue),
    costs: units.flatMap((u) => u.costs),
    callbacks: units.flatMap((u) => u.callbacks),
    complaints: units.flatMap((u) => u.complaints),
    dispatches: units.flatMap((u) => u.dispatches),
    committeeScores: units.flatMap((u) => u.committeeScores),
    implementationRules: implementationRulesFor(base.units, year),
  };
}

interface Context {
  base: Dataset;
  year: number;
  yearsBack: number;
  /** Contract size relative to the base year. */
  scale: number;
}

/** One unit's records for the year. */
function unitYear(context: Context, unitCode: string) {
  const { base, year } = context;
  const baseTarget = base.targets.find((t) => t.unitCode === unitCode);
  if (!baseTarget) throw new Error(`the base year has no target for unit "${unitCode}"`);
  const target = scaleTarget(baseTarget, year, context.scale);
  const drift = driftFor(context, baseTarget);
  const of = <T extends { unitCode: string }>(records: T[]) => records.filter((r) => r.unitCode === unitCode);
  return {
    target,
    revenue: unitRevenue(context, of(base.revenue), target, drift),
    costs: unitCosts(context, of(base.costs), target, drift),
    callbacks: unitCallbacks(context, unitCode, of(base.callbacks), drift),
    complaints: unitComplaints(context, unitCode, of(base.complaints), drift),
    dispatches: unitDispatches(context, unitCode, of(base.dispatches), drift),
    committeeScores: of(base.committeeScores).map((s) => shiftScore(s, year, drift)),
  };
}

/**
 * The unit's drift for the year: the trend table for east and south (with half a point of
 * jitter on completion so the figures don't look typed in), otherwise the base year's own
 * completion and cost ratio with ±3% noise.
 */
function driftFor(context: Context, baseTarget: DatasetTarget): Drift {
  const { base, year, yearsBack } = context;
  const unitCode = baseTarget.unitCode;
  const random = seededRandom(year, unitCode, "drift");
  const trend = TRENDS[unitCode]?.[yearsBack];
  if (trend) {
    return {
      ...trend,
      completion: trend.completion + between(random, -0.005, 0.005),
      costRatio: trend.costRatio * between(random, 0.99, 1.01),
    };
  }
  const actual = sum(base.revenue.filter((r) => r.unitCode === unitCode).map((r) => r.amount));
  const counted = base.costs.filter((c) => c.unitCode === unitCode && countsAsCost(c, baseTarget.repairBudgetFromMonth));
  const budget = new Decimal(baseTarget.repairBudget).plus(baseTarget.baseExpense);
  return {
    completion: actual.div(baseTarget.revenueTarget).toNumber() * between(random, 0.97, 1.03),
    costRatio: budget.isZero()
      ? 1
      : sum(counted.map((c) => c.amount))
          .div(budget)
          .toNumber() * between(random, 0.97, 1.03),
    satisfiedShift: between(random, -0.03, 0.03),
    complaintDelta: intBetween(random, -1, 1),
    onTimeShift: 0,
    committeeShift: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Contracts
// ---------------------------------------------------------------------------------------------

/** The base contract scaled to the year; money rounded to whole thousands like real contracts. */
function scaleTarget(t: DatasetTarget, year: number, scale: number): DatasetTarget {
  const scaled = (money: string) => toThousand(new Decimal(money).times(scale));
  return {
    ...t,
    year,
    revenueTarget: scaled(t.revenueTarget),
    baseExpense: scaled(t.baseExpense),
    repairBudget: scaled(t.repairBudget),
  };
}

// ---------------------------------------------------------------------------------------------
// Weekly remittances
// ---------------------------------------------------------------------------------------------

/**
 * The unit's base remittances moved to the same ISO weeks of the year, reshaped by season and a
 * few percent of weekly noise, then scaled as a whole so the year lands on the drift's completion.
 */
function unitRevenue(context: Context, baseRecords: DatasetRevenue[], target: DatasetTarget, drift: Drift): DatasetRevenue[] {
  const { year, base } = context;
  const random = seededRandom(year, target.unitCode, "revenue");
  const shaped = baseRecords.map((r) => {
    const week = weekOf(r.reference);
    const date = remittanceDate(year, week);
    const season = r.category === "VIEWING_FEE" ? viewingSeason(date) : 1;
    const noise = between(random, 0.96, 1.04);
    // A correction (negative remittance) in the base year becomes a small ordinary remittance.
    const amount = new Decimal(r.amount).abs().times(season * noise);
    return { ...r, date, reference: rereference(r.reference, r.unitCode, base.year, year), amount };
  });
  const wanted = new Decimal(target.revenueTarget).times(drift.completion);
  const factor = wanted.div(sum(shaped.map((r) => r.amount)));
  return shaped.map((r) => ({ ...r, amount: toFen(r.amount.times(factor)) }));
}

/** The ISO week a base remittance belongs to; its reference carries it (`north-2025-W07-…`). */
function weekOf(reference: string): number {
  const match = /-W(\d{1,2})-/.exec(reference);
  if (!match) throw new Error(`remittance reference "${reference}" does not name its week (-Wnn-)`);
  return Number(match[1]);
}

/** The remittance day of ISO week `week` of `year`, kept inside the calendar year. */
function remittanceDate(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4); // ISO week 1 is the week containing 4 January
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // 0 = Monday
  const day = new Date(jan4 + ((week - 1) * 7 - jan4Weekday + REMITTANCE_WEEKDAY) * DAY);
  return formatDate(clampToYear(day, year));
}

function viewingSeason(date: string): number {
  const festival = SPRING_FESTIVAL[Number(date.slice(0, 4))];
  const daysBeforeFestival = festival ? (Date.parse(festival) - Date.parse(date)) / DAY : -1;
  const rush = daysBeforeFestival >= 0 && daysBeforeFestival < 28 ? FESTIVAL_RUSH : 1;
  return VIEWING_BY_MONTH[monthOf(date) - 1] * rush;
}

// ---------------------------------------------------------------------------------------------
// Costs
// ---------------------------------------------------------------------------------------------

/** Whether a cost counts against the budget: everything but repair material outside the window or exchanged under warranty. */
function countsAsCost(c: DatasetCost, repairBudgetFromMonth: number): boolean {
  if (c.category !== "REPAIR_MATERIAL") return true;
  return !c.warrantyExchange && monthOf(c.date) >= repairBudgetFromMonth;
}

/**
 * The same cost records as the base year (monthly repair purchases, the February purchase before
 * the window, the warranty exchange, the year-end lump sums), on the same days of the year.
 * The counting ones get some noise and are then scaled together so spending / budget lands on
 * the drift's cost ratio; the non-counting ones simply follow the contract size.
 */
function unitCosts(context: Context, baseRecords: DatasetCost[], target: DatasetTarget, drift: Drift): DatasetCost[] {
  const { year, base, scale } = context;
  const random = seededRandom(year, target.unitCode, "costs");
  const shaped = baseRecords.map((c) => {
    const counts = countsAsCost(c, target.repairBudgetFromMonth);
    // Monthly material purchases vary more than year-end lump sums such as salaries.
    const spread = c.category === "REPAIR_MATERIAL" ? 0.08 : 0.03;
    const noise = between(random, 1 - spread, 1 + spread);
    return {
      record: { ...c, date: sameDayIn(c.date, year), reference: rereference(c.reference, c.unitCode, base.year, year) },
      counts,
      amount: new Decimal(c.amount).times(noise),
    };
  });
  const budget = new Decimal(target.repairBudget).plus(target.baseExpense);
  const countedTotal = sum(shaped.filter((c) => c.counts).map((c) => c.amount));
  const countedFactor = budget.isZero() || countedTotal.isZero() ? new Decimal(scale) : budget.times(drift.costRatio).div(countedTotal);
  return shaped.map(({ record, counts, amount }) => ({
    ...record,
    amount: toFen(amount.times(counts ? countedFactor : scale)),
  }));
}

// ---------------------------------------------------------------------------------------------
// Callbacks, complaints, dispatch orders, committee scores
// ---------------------------------------------------------------------------------------------

/** About as many callbacks as the base year (±15%), outcomes shifted by the drift, spread over the year. */
function unitCallbacks(context: Context, unitCode: string, baseRecords: DatasetCallback[], drift: Drift): DatasetCallback[] {
  const random = seededRandom(context.year, unitCode, "callbacks");
  const count = Math.round(baseRecords.length * between(random, 0.85, 1.15));
  const counts = tally(
    baseRecords.map((r) => r.outcome),
    ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const,
  );
  const outcomes = shuffle(allocate(count, shiftedShares(counts, "SATISFIED", drift.satisfiedShift)), random);
  const dates = spreadDates(context.year, count, random);
  return outcomes.map((outcome, i) => ({
    unitCode,
    date: dates[i],
    outcome,
    reference: `${unitCode}-${context.year}-CB${pad(i, 3)}`,
  }));
}

/** The base year's complaints plus the drift's delta; about one in four is a repeat complaint. */
function unitComplaints(context: Context, unitCode: string, baseRecords: DatasetComplaint[], drift: Drift): DatasetComplaint[] {
  const random = seededRandom(context.year, unitCode, "complaints");
  const count = Math.max(0, baseRecords.length + drift.complaintDelta);
  return spreadDates(context.year, count, random).map((date, i) => ({
    unitCode,
    date,
    repeat: random() < 0.25,
    reference: `${unitCode}-${context.year}-CP${pad(i, 2)}`,
  }));
}

/**
 * Dispatch orders go to the units that received some in the base year (the stations), about as
 * many (±1), with the on-time share shifted by the drift.
 */
function unitDispatches(context: Context, unitCode: string, baseRecords: DatasetDispatch[], drift: Drift): DatasetDispatch[] {
  if (baseRecords.length === 0) return [];
  const random = seededRandom(context.year, unitCode, "dispatches");
  const count = Math.max(1, baseRecords.length + intBetween(random, -1, 1));
  const counts = tally(
    baseRecords.map((r) => r.outcome),
    ["ON_TIME", "LATE", "REFUSED"] as const,
  );
  const outcomes = shuffle(allocate(count, shiftedShares(counts, "ON_TIME", drift.onTimeShift)), random);
  const dates = spreadDates(context.year, count, random);
  return outcomes.map((outcome, i) => ({
    unitCode,
    date: dates[i],
    kind: random() < 0.55 ? "EMERGENCY_REPAIR" : "INSPECTION",
    outcome,
    reference: `${unitCode}-${context.year}-DP${pad(i, 2)}`,
  }));
}

/** The same member scores the same unit and dimension as in the base year (same coverage), shifted by the drift ±3. */
function shiftScore(s: DatasetScore, year: number, drift: Drift): DatasetScore {
  const random = seededRandom(year, s.unitCode, s.dimension, s.member, "score");
  const score = Math.round(s.score + drift.committeeShift + intBetween(random, -3, 3));
  return { ...s, score: Math.max(0, Math.min(100, score)) };
}

/** Counts of each outcome, in the given order. */
function tally<K extends string>(values: K[], keys: readonly K[]): [K, number][] {
  return keys.map((k) => [k, values.filter((v) => v === k).length]);
}

/**
 * Outcome shares of the base year with `shift` added to the favoured outcome (clamped to 0–1);
 * the rest is split over the other outcomes in their base proportions (evenly if they had none).
 */
function shiftedShares<K extends string>(counts: [K, number][], favoured: K, shift: number): [K, number][] {
  const total = counts.reduce((n, [, c]) => n + c, 0);
  if (total === 0) return [];
  const favouredCount = counts.find(([k]) => k === favoured)?.[1] ?? 0;
  const share = Math.max(0, Math.min(1, favouredCount / total + shift));
  const others = counts.filter(([k]) => k !== favoured);
  const othersTotal = total - favouredCount;
  return [[favoured, share], ...others.map(([k, c]): [K, number] => [k, (1 - share) * (othersTotal > 0 ? c / othersTotal : 1 / others.length)])];
}

/** `count` outcomes distributed by share, largest remainder first, so the counts add up exactly. */
function allocate<K extends string>(count: number, shares: [K, number][]): K[] {
  const exact = shares.map(([k, s]) => ({ k, whole: Math.floor(s * count), rest: s * count - Math.floor(s * count) }));
  let missing = count - exact.reduce((n, e) => n + e.whole, 0);
  for (const e of [...exact].sort((a, b) => b.rest - a.rest)) {
    if (missing-- <= 0) break;
    e.whole += 1;
  }
  return exact.flatMap((e) => Array<K>(e.whole).fill(e.k));
}

// ---------------------------------------------------------------------------------------------
// Implementation rules
// ---------------------------------------------------------------------------------------------

/** The body of a unit's implementation rules (实施细则), by kind of unit. */
function ruleBody(unit: DatasetUnit): string {
  switch (unit.kind) {
    case "STATION":
      return (
        `本站负责${unit.region ?? "本站辖区"}的有线电视收费、网络维修和稽查工作。` +
        "全年确保完成公司下达的创收任务，维修材料费在预算内节约使用，节余按比例奖励，超支自负。" +
        "跨辖区重大突击抢修和突击稽查服从部门统一调度。" +
        "每周收入按时上解公司财务部，并报送部门内勤。"
      );
    case "FEE_HALL":
      return (
        "收费大厅负责大厅收费服务和用户咨询，做到文明服务、唱收唱付，票款当日核对。" +
        "每周收入按时上解公司财务部，并报送部门内勤。" +
        "协助各管理站做好用户缴费资料的录入工作。"
      );
    case "COLLECTIVE_GROUP":
      return (
        "集体户收费组负责在册集体户收视费的征收，建立集体户台账并逐户核对用户数量。" +
        "主动走访集体户单位，清收老欠费，挖掘收费潜力。" +
        "每周收入按时上解公司财务部，并报送部门内勤。"
      );
  }
}

/** Each unit files its implementation rules for the year in January or February. */
export function implementationRulesFor(units: DatasetUnit[], year: number): DatasetImplementationRule[] {
  return units.map((unit) => {
    const random = seededRandom(year, unit.code, "rules");
    const filedOn = `${year}-${pad(random() < 0.6 ? 1 : 2, 2)}-${pad(intBetween(random, 5, 25), 2)}`;
    return {
      unitCode: unit.code,
      title: `${unit.name}${year}年实施细则`,
      body: ruleBody(unit),
      filedOn,
      reference: `${unit.code}-${year}-RULES`,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Small helpers: money, dates, references, randomness
// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000;

function toFen(value: Decimal): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

function toThousand(value: Decimal): string {
  return value.div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(1000).toFixed(2);
}

function sum(amounts: (string | Decimal)[]): Decimal {
  return amounts.reduce<Decimal>((total, a) => total.plus(a), new Decimal(0));
}

/**
 * The base record's reference for the year: `north-2025-RM03` → `north-2024-RM03`. References
 * that don't follow the `unit-year-` pattern get it prepended, so they still embed the year.
 */
function rereference(reference: string, unitCode: string, baseYear: number, year: number): string {
  const prefix = `${unitCode}-${baseYear}-`;
  const rest = reference.startsWith(prefix) ? reference.slice(prefix.length) : reference;
  return `${unitCode}-${year}-${rest}`;
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

function clampToYear(date: Date, year: number): Date {
  const first = new Date(Date.UTC(year, 0, 1));
  const last = new Date(Date.UTC(year, 11, 31));
  return date < first ? first : date > last ? last : date;
}

/** The same month and day in another year (29 February becomes the 28th where needed). */
function sameDayIn(date: string, year: number): string {
  const month = monthOf(date);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month, 2)}-${pad(Math.min(Number(date.slice(8, 10)), lastDay), 2)}`;
}

/** `count` dates in ascending order, one at a random day of each equal slice of the year. */
function spreadDates(year: number, count: number, random: () => number): string[] {
  const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY;
  return Array.from({ length: count }, (_, i) => formatDate(new Date(Date.UTC(year, 0, 1) + Math.floor(((i + random()) * days) / count) * DAY)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** A mulberry32 generator seeded from a hash (FNV-1a) of the parts, so each stream is independent. */
export function seededRandom(...parts: (string | number)[]): () => number {
  let state = 0x811c9dc5;
  for (const ch of parts.join("/")) state = Math.imul(state ^ ch.charCodeAt(0), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function between(random: () => number, low: number, high: number): number {
  return low + random() * (high - low);
}

function intBetween(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
