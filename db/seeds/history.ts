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
 * Earlier demo years derived from the 2025 worked example, so the dashboard shows believable
 * multi-year trends: targets grow every year, viewing fees peak around Spring Festival, the east
 * station improves year after year and the south station declines. Deterministic: the same
 * inputs always give the same records (a seeded generator, never Math.random).
 */

/** How each year's contract compares with 2025's. */
const TARGET_SCALE: Record<number, number> = { 2023: 0.88, 2024: 0.94 };

/** Revenue completion each unit reaches (2025's is whatever the worked example says). */
const COMPLETION: Record<string, Record<number, number>> = {
  north: { 2023: 1.06, 2024: 1.07 },
  south: { 2023: 1.04, 2024: 0.98 },
  east: { 2023: 0.9, 2024: 0.96 },
  hall: { 2023: 1.09, 2024: 1.1 },
  collective: { 2023: 0.91, 2024: 0.9 },
};

/** Spending relative to the year's budget compared with 2025 (below 1 = better cost control). */
const SPENDING: Record<string, Record<number, number>> = {
  south: { 2023: 0.9, 2024: 0.95 },
  east: { 2023: 1.04, 2024: 1.01 },
};

/** Committee score shift against 2025 (east was rated lower before, south higher). */
const SCORE_SHIFT: Record<string, Record<number, number>> = {
  east: { 2023: -6, 2024: -3 },
  south: { 2023: 5, 2024: 2 },
};

/** Viewing fees by month: annual subscriptions are paid around Spring Festival, summer is slow. */
const VIEWING_SEASON = [1.35, 1.25, 1.0, 0.95, 0.95, 0.9, 0.82, 0.82, 0.95, 1.0, 1.0, 1.05];

/** A small, fast, seedable generator (mulberry32). */
function generator(seedText: string): () => number {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fen = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const thousand = (value: Decimal) => value.div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(1000).toFixed(2);
const redate = (date: string, year: number) => `${year}${date.slice(4)}`;
const rereference = (reference: string, year: number, baseYear: number) =>
  reference.includes(`-${baseYear}-`) ? reference.replace(`-${baseYear}-`, `-${year}-`) : `${reference}-${year}`;
const month = (date: string) => Number(date.slice(5, 7));

export function generateHistoryYear(base: Dataset, year: number): Dataset {
  const scale = TARGET_SCALE[year];
  if (scale === undefined) throw new Error(`no demo history is defined for ${year}`);
  const targets = base.targets.map((t) => scaleTarget(t, year, scale));
  const targetOf = new Map(targets.map((t) => [t.unitCode, t]));
  return {
    year,
    scheme: {},
    units: base.units,
    targets,
    revenue: base.units.flatMap((u) => unitRevenue(base, u.code, year, targetOf.get(u.code)!)),
    costs: base.costs.map((c) => scaleCost(c, year, base.year, scale)),
    callbacks: base.callbacks.map((c) => shiftCallback(c, year, base.year)),
    complaints: complaintsFor(base, year),
    dispatches: base.dispatches.map((d) => shiftDispatch(d, year, base.year)),
    committeeScores: base.committeeScores.map((s) => shiftScore(s, year)),
    implementationRules: implementationRulesFor(base.units, year),
  };
}

function scaleTarget(t: DatasetTarget, year: number, scale: number): DatasetTarget {
  const times = (money: string) => thousand(new Decimal(money).times(scale));
  return {
    ...t,
    year,
    revenueTarget: times(t.revenueTarget),
    baseExpense: times(t.baseExpense),
    repairBudget: times(t.repairBudget),
  };
}

/**
 * The unit's 2025 weekly remittances, re-dated, reshaped by season and noise, then scaled so the
 * year lands on the unit's completion for that year.
 */
function unitRevenue(base: Dataset, unitCode: string, year: number, target: DatasetTarget): DatasetRevenue[] {
  const random = generator(`${unitCode}/${year}/revenue`);
  const raw = base.revenue
    .filter((r) => r.unitCode === unitCode)
    .map((r) => {
      const season = r.category === "VIEWING_FEE" ? VIEWING_SEASON[month(r.date) - 1] : 1;
      const noise = 0.96 + random() * 0.08;
      // A correction in 2025 stays a small positive remittance in the other years.
      const amount = new Decimal(r.amount).abs().times(season).times(noise.toFixed(4));
      return { ...r, date: redate(r.date, year), reference: rereference(r.reference, year, base.year), amount };
    });
  const wanted = new Decimal(target.revenueTarget).times(COMPLETION[unitCode]?.[year] ?? 1);
  const rawTotal = raw.reduce((sum, r) => sum.plus(r.amount), new Decimal(0));
  const factor = wanted.div(rawTotal);
  return raw.map((r) => ({ ...r, amount: fen(r.amount.times(factor)) }));
}

function scaleCost(c: DatasetCost, year: number, baseYear: number, scale: number): DatasetCost {
  const random = generator(`${c.reference}/${year}`);
  const spending = SPENDING[c.unitCode]?.[year] ?? 0.97 + random() * 0.04;
  return {
    ...c,
    date: redate(c.date, year),
    reference: rereference(c.reference, year, baseYear),
    amount: fen(new Decimal(c.amount).times(scale).times(spending.toFixed(4))),
  };
}

/** East's customers were less happy before; south's happier. */
function shiftCallback(c: DatasetCallback, year: number, baseYear: number): DatasetCallback {
  const random = generator(`${c.reference}/${year}`);
  const years = 2025 - year;
  let outcome = c.outcome;
  if (c.unitCode === "east" && outcome === "SATISFIED" && random() < 0.08 * years) outcome = "BASICALLY_SATISFIED";
  if (c.unitCode === "south" && outcome === "DISSATISFIED" && random() < 0.4 * years) outcome = "SATISFIED";
  return { ...c, date: redate(c.date, year), reference: rereference(c.reference, year, baseYear), outcome };
}

/** Complaints: east had more in earlier years, south fewer; the others as in 2025. */
function complaintsFor(base: Dataset, year: number): DatasetComplaint[] {
  const years = 2025 - year;
  const counts: Record<string, number> = { east: 1 + years, south: Math.max(1, 3 - years) };
  const result: DatasetComplaint[] = [];
  for (const unit of base.units) {
    const template = base.complaints.filter((c) => c.unitCode === unit.code);
    const count = counts[unit.code] ?? template.length;
    for (let i = 0; i < count; i++) {
      const monthOfYear = 1 + ((i * 3) % 12);
      result.push({
        unitCode: unit.code,
        date: `${year}-${String(monthOfYear).padStart(2, "0")}-${String(11 + (i % 3) * 5).padStart(2, "0")}`,
        repeat: template[i]?.repeat ?? i === 0,
        reference: `${unit.code}-${year}-CP${String(i).padStart(2, "0")}`,
      });
    }
  }
  return result;
}

/** The north station refused fewer dispatch orders before 2025. */
function shiftDispatch(d: DatasetDispatch, year: number, baseYear: number): DatasetDispatch {
  const random = generator(`${d.reference}/${year}`);
  const outcome = d.unitCode === "north" && d.outcome === "REFUSED" && random() < 0.35 * (2025 - year) ? "ON_TIME" : d.outcome;
  return { ...d, date: redate(d.date, year), reference: rereference(d.reference, year, baseYear), outcome };
}

function shiftScore(s: DatasetScore, year: number): DatasetScore {
  const random = generator(`${s.unitCode}/${s.dimension}/${s.member}/${year}`);
  const shift = (SCORE_SHIFT[s.unitCode]?.[year] ?? 0) + Math.round(random() * 6 - 3);
  return { ...s, score: Math.max(0, Math.min(100, Math.round(s.score + shift))) };
}

const RULE_TEXT: Record<DatasetUnit["kind"], string> = {
  STATION:
    "一、负责辖区内有线电视收费工作，确保完成公司下达的创收指标。二、负责辖区内光节点以下网络的日常维护和维修，服从跨辖区重大突击抢修的统一调度。三、负责辖区内有线电视网络稽查，服从跨辖区突击稽查的统一调度。四、每周将各类收入上解公司财务部，并报送客户服务部内勤。",
  FEE_HALL:
    "一、做好大厅收费和用户咨询服务，文明服务、唱收唱付。二、每日核对票款，每周将收入上解公司财务部并报送内勤。三、协助各片站做好用户收费资料的输入工作。",
  COLLECTIVE_GROUP:
    "一、负责在册集体户收视费的征收，建立集体户台账。二、逐户核对集体户用户数量，深入挖掘收费潜力。三、每周将收入上解公司财务部并报送内勤。",
};

/** Each unit files its implementation rules (实施细则) for the year in January or February. */
export function implementationRulesFor(units: DatasetUnit[], year: number): DatasetImplementationRule[] {
  return units.map((unit, index) => ({
    unitCode: unit.code,
    title: `${unit.name}${year}年实施细则`,
    body: RULE_TEXT[unit.kind],
    filedOn: `${year}-${index < 3 ? "01" : "02"}-${String(10 + index * 3).padStart(2, "0")}`,
    reference: `${unit.code}-${year}-RULES`,
  }));
}
