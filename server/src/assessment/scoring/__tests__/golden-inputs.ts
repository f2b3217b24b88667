import { Dimension, Grade } from "../../../common/enums.ts";
import { DEFAULT_SCHEME } from "../../../scheme/scheme.model.ts";
import type { SchemeParameters } from "../../../scheme/scheme.model.ts";
import type { RaterScore, UnitInputs } from "../index.ts";

/**
 * A seeded, reproducible spread of unit inputs for the golden test: the same seed always yields
 * the same units, so the snapshot pins the engine's output and any change to it shows as a diff.
 */

// mulberry32: small, fast and identical on every machine (no Math.random).
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { next, int, pick };
}

type Random = ReturnType<typeof generator>;

/** An amount with exactly 2 decimals (as the SQL sums give), between low and high yuan. */
function amount(r: Random, low: number, high: number): string {
  const fen = BigInt(int53(r, low * 100, high * 100));
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

function int53(r: Random, low: number, high: number): number {
  return low + Math.floor(r.next() * (high - low + 1));
}

// Some values written the way other callers (CLI, what-if, tests) pass them: no decimals, one, three.
const ODD_AMOUNTS = ["0", "1000000", "1234.5", "1234567.894", "999999999999.99", "0.01", "-0.00", "12.005"];

const MEMBERS = ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "张三", "李四", "王五", "Zoe", "adam", "m10"];
// Short forms as tests write them and stored forms as numeric(5,2) returns them ("88.50", "80.00").
const SCORE_TEXTS = [
  "0",
  "100",
  "60",
  "75",
  "80",
  "80.0",
  "88.5",
  "90.25",
  "92.125",
  "70.5",
  "99.99",
  "65",
  "88.50",
  "80.00",
  "100.00",
  "0.00",
  "73.33",
];

function committee(r: Random): RaterScore[] {
  const size = r.pick([0, 1, 2, 3, 3, 4, 5, 5, 5, 6, 7, 7]);
  const members = [...MEMBERS];
  // Fisher–Yates with the seeded generator: the same members in the same order on every run.
  for (let i = members.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [members[i], members[j]] = [members[j], members[i]];
  }
  members.length = size;
  // Ties are common in real scoring (several members give 80): draw from a narrow pool half the time.
  const narrow = r.next() < 0.5;
  return members.map((member) => ({ member, score: narrow ? r.pick(["80", "85", "90", "80.00", "85.00"]) : r.pick(SCORE_TEXTS) }));
}

function unitInputs(r: Random, i: number): UnitInputs {
  const target = r.next() < 0.08 ? r.pick(["1000000", "0.01", "3000000.00", "1234.5"]) : amount(r, 100_000, 5_000_000);
  const targetYuan = Number(target);
  const revenueShape = r.int(0, 9);
  const revenueActual =
    revenueShape === 0
      ? amount(r, -50_000, 0) // corrections exceeding takings
      : revenueShape === 1
        ? target
        : revenueShape === 2
          ? r.pick(ODD_AMOUNTS)
          : amount(r, 0, Math.max(1, Math.round(targetYuan * 1.6)));
  const noBudget = r.next() < 0.1;
  const repairBudget = noBudget ? "0" : r.next() < 0.1 ? "0.00" : amount(r, 10_000, 300_000);
  const baseExpense = noBudget ? r.pick(["0", "0.00"]) : amount(r, 0, 800_000);
  const budgetYuan = Number(repairBudget) + Number(baseExpense);
  const costShape = r.int(0, 5);
  const repairCost = costShape === 0 ? "0" : costShape === 1 ? repairBudget : amount(r, 0, Math.max(1, Math.round(Number(repairBudget) * 1.5)));
  const otherCost = costShape === 2 ? amount(r, -1_000, 0) : amount(r, 0, Math.max(1, Math.round(budgetYuan * 0.9)));
  const noCallbacks = r.next() < 0.15;
  const noDispatches = r.next() < 0.15;
  const collectionShape = r.int(0, 4);
  const base: UnitInputs = {
    unitCode: `u${String(r.int(0, 999)).padStart(3, "0")}-${i}`,
    unitName: r.pick(["城北管理站", "城南管理站", "收费大厅", "集体户收费组", "East station"]),
    contract: {
      revenueTarget: target,
      baseExpense,
      repairBudget,
      repairBudgetFromMonth: r.int(1, 12),
      revenueCommissionRate: r.pick(["6.00", "5.50", "0", "0.00", "8", "12.345"]),
      overTargetRate: r.pick(["15.00", "10.00", "0.00", "20.5"]),
      underTargetDeductionRate: r.pick(["10.00", "5.00", "0", "7.25"]),
      repairSavingsRewardRate: r.pick(["30.00", "25.00", "0.00", "33.33"]),
    },
    revenueActual,
    repairCost,
    otherCost,
    callbacks: noCallbacks
      ? { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 }
      : { satisfied: r.int(0, 400), basicallySatisfied: r.int(0, 60), dissatisfied: r.int(0, 40) },
    complaints: r.next() < 0.1 ? { plain: r.int(20, 120), repeat: r.int(5, 40) } : { plain: r.int(0, 8), repeat: r.int(0, 3) },
    dispatches: noDispatches ? { onTime: 0, late: 0, refused: 0 } : { onTime: r.int(0, 80), late: r.int(0, 15), refused: r.pick([0, 0, 0, 1, 2, 9]) },
    committee: { SATISFACTION: committee(r), COOPERATION: committee(r) },
  };
  // Absent, null, and set (including 0 and above 100): the REVENUE blend must treat each as §9 says.
  if (collectionShape === 1) base.collectionRate = null;
  if (collectionShape >= 2) base.collectionRate = r.pick(["90.00", "100.00", "105.50", "0.00", "87.33", "99.995"]);
  return base;
}

/** `count` units from `seed`; unit codes are unique, and some totals tie so ranks share. */
export function goldenUnits(count: number, seed = 16): UnitInputs[] {
  const r = generator(seed);
  const units = Array.from({ length: count }, (_, i) => unitInputs(r, i));
  // Identical units under different codes: equal totals, shared ranks, ties listed by code.
  for (let i = 0; i + 1 < count; i += 37) units[i + 1] = { ...units[i], unitCode: `${units[i].unitCode}-twin` };
  return units;
}

/** The schemes the golden units are assessed under: the default and some a committee might choose. */
export const GOLDEN_SCHEMES: Record<string, SchemeParameters> = {
  default: DEFAULT_SCHEME,
  collectionShare: { ...DEFAULT_SCHEME, revenueCollectionShare: 0.3 },
  trimAboveRaters: { ...DEFAULT_SCHEME, trimThreshold: 8, minRaters: 5 },
  trimAtThree: { ...DEFAULT_SCHEME, trimThreshold: 3, minRaters: 1 },
  fractional: {
    ...DEFAULT_SCHEME,
    weights: { [Dimension.REVENUE]: 35, [Dimension.COST]: 0, [Dimension.SATISFACTION]: 40, [Dimension.COOPERATION]: 25 },
    revenueCap: 150,
    costCap: 105.5,
    savingBonusPerPct: 0.25,
    overspendPenaltyPerPct: 1.5,
    complaintPenalty: 1.5,
    repeatComplaintPenalty: 2.25,
    refusedDispatchPenalty: 7.5,
    satisfactionObjectiveShare: 0.65,
    cooperationObjectiveShare: 0.3,
    revenueCollectionShare: 0.15,
    gradeThresholds: { [Grade.EXCELLENT]: 92.5, [Grade.GOOD]: 81.25, [Grade.PASS]: 60 },
  },
};
