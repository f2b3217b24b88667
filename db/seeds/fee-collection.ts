import { Decimal } from "decimal.js";
import type { Knex } from "knex";
import type { Dataset, DatasetUnit } from "../src/dataset.ts";
import { between, seededRandom } from "./history.ts";

/**
 * The demo years' fee collection (ASSESSMENT.md §9), derived from each year's remittances so the
 * figures agree with them:
 *
 * * the tariff 25.00 / 30.00 / 18.00 yuan per household per month;
 * * the household register: each station collects from residential households, the fee hall from
 *   network-upgraded ones, the collective group from registered collective accounts; each month's
 *   households are the month's VIEWING_FEE remittances over the fee and a collection rate drawn in
 *   the unit's range (stations 85–98 %, the hall 95–102 % with fees paid in advance, the group
 *   90–99 %), so the rate shown is that rate to within rounding;
 * * the arrears register: enough households that the year's ARREARS remittances are 55–75 % of the
 *   opening arrears, with a dunning log for about one household in twelve (a few dozen per unit),
 *   those paid in full PAID and a few declared UNCOLLECTABLE with a reason.
 *
 * Deterministic: every draw comes from seededRandom (year, unit, purpose).
 */

export const DEMO_TARIFF = { RESIDENTIAL: "25.00", UPGRADED: "30.00", COLLECTIVE: "18.00" } as const;
type HouseholdClass = keyof typeof DEMO_TARIFF;

const CLASS_OF: Record<DatasetUnit["kind"], HouseholdClass> = { STATION: "RESIDENTIAL", FEE_HALL: "UPGRADED", COLLECTIVE_GROUP: "COLLECTIVE" };
const RATE_RANGE: Record<DatasetUnit["kind"], [number, number]> = { STATION: [0.85, 0.98], FEE_HALL: [0.95, 1.02], COLLECTIVE_GROUP: [0.9, 0.99] };
const PREFIX: Record<string, string> = { north: "BJ", south: "NJ", east: "DJ", hall: "DT", collective: "JT" };

const SURNAMES = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅兰文辉玉珍荣新春海波宁";
const STREETS: Record<string, string[]> = {
  north: ["人民西路", "人民东路", "苏石路", "郴州大道", "石榴湾路"],
  south: ["国庆南路", "燕泉路", "城前岭路", "洛仙岭路", "郴江路"],
  east: ["京广路", "环城南路", "燕泉东路", "苏仙北路", "南塔路"],
  hall: ["五岭大道", "青年大道", "中兴路", "北湖路"],
  collective: ["兴隆步行街", "解放路", "友谊路", "文化路"],
};
const OUTCOMES: Record<string, string[]> = {
  NOTICE: ["已张贴催费通知", "通知已送达"],
  PHONE: ["电话无人接听", "承诺月底前缴费", "称已外出务工,返乡后缴清", "电话已停机"],
  SMS: ["已发送催缴短信", "短信已读,未回复"],
  VISIT: ["上门催收,当场缴费", "上门未遇,留言", "上门催收,部分缴费", "户主表示有困难,分期缴纳"],
};
const UNCOLLECTABLE_REASONS = ["房屋已拆迁,户主下落不明", "户主已去世,无继承人", "用户已迁出本市,无法联系"];
const METHODS = ["NOTICE", "PHONE", "SMS", "VISIT"] as const;

const sum = (amounts: string[]) => amounts.reduce((s, a) => s.plus(a), new Decimal(0));
const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

export interface FeeCollectionSeed {
  tariff: { year: number; household_class: string; monthly_fee: string }[];
  register: { unitCode: string; year: number; month: number; household_class: string; households: number }[];
  arrears: {
    unitCode: string;
    year: number;
    reference: string;
    name: string;
    contact: string;
    address: string;
    years_in_arrears: string;
    amount_owed: string;
    status: string;
    status_reason: string | null;
  }[];
  dunning: { unitCode: string; reference: string; year: number; action_date: string; method: string; outcome: string; amount_paid: string }[];
}

export function feeCollectionFor(dataset: Dataset): FeeCollectionSeed {
  const { year } = dataset;
  const seed: FeeCollectionSeed = {
    tariff: Object.entries(DEMO_TARIFF).map(([household_class, monthly_fee]) => ({ year, household_class, monthly_fee })),
    register: [],
    arrears: [],
    dunning: [],
  };
  for (const unit of dataset.units) {
    const cls = CLASS_OF[unit.kind];
    const fee = new Decimal(DEMO_TARIFF[cls]);
    const [low, high] = RATE_RANGE[unit.kind];
    const rates = seededRandom(year, unit.code, "collection rate");
    const revenue = dataset.revenue.filter((r) => r.unitCode === unit.code);
    for (let month = 1; month <= 12; month++) {
      const prefix = `${year}-${String(month).padStart(2, "0")}-`;
      const collected = sum(revenue.filter((r) => r.category === "VIEWING_FEE" && r.date.startsWith(prefix)).map((r) => r.amount));
      const rate = between(rates, low, high);
      if (collected.lte(0)) continue;
      const households = collected.div(fee.times(rate)).toDecimalPlaces(0).toNumber();
      seed.register.push({ unitCode: unit.code, year, month, household_class: cls, households });
    }
    addArrears(seed, unit, year, sum(revenue.filter((r) => r.category === "ARREARS").map((r) => r.amount)));
  }
  return seed;
}

function addArrears(seed: FeeCollectionSeed, unit: DatasetUnit, year: number, recovered: Decimal): void {
  const random = seededRandom(year, unit.code, "arrears");
  const fee = Number(DEMO_TARIFF[CLASS_OF[unit.kind]]);
  const opening = recovered.div(between(random, 0.55, 0.75));
  const streets = STREETS[unit.code] ?? ["建设路", "和平路"];
  let total = new Decimal(0);
  for (let i = 1; total.lt(opening); i++) {
    const years = Math.round(between(random, 0.2, 1) ** 2 * 60) / 10 + 0.3; // mostly recent, a tail of old debts
    const amount = new Decimal(fee * 12 * years * between(random, 0.7, 1)).toDecimalPlaces(2);
    total = total.plus(amount);
    const reference = `${PREFIX[unit.code] ?? unit.code.toUpperCase()}-${year}-${String(i).padStart(4, "0")}`;
    const name = `${pick([...SURNAMES], random)}${pick([...GIVEN], random)}${random() < 0.6 ? pick([...GIVEN], random) : ""}`;
    const contact = `1${pick(["38", "39", "37", "36", "58", "59", "87", "88"], random)}${String(Math.floor(random() * 1e8)).padStart(8, "0")}`;
    const address = `${pick(streets, random)}${Math.floor(between(random, 1, 300))}号${Math.floor(between(random, 1, 8))}栋${Math.floor(between(random, 1, 6))}单元${Math.floor(between(random, 1, 18))}0${Math.floor(between(random, 1, 4))}`;
    const household = {
      unitCode: unit.code,
      year,
      reference,
      name,
      contact,
      address,
      years_in_arrears: years.toFixed(1),
      amount_owed: amount.toFixed(2),
      status: "OPEN",
      status_reason: null as string | null,
    };
    seed.arrears.push(household);
    if (random() < 1 / 12) addDunning(seed, household, amount, random);
    else if (years > 4 && random() < 0.15) {
      household.status = "UNCOLLECTABLE";
      household.status_reason = pick(UNCOLLECTABLE_REASONS, random);
    }
  }
}

function addDunning(seed: FeeCollectionSeed, household: FeeCollectionSeed["arrears"][number], amount: Decimal, random: () => number): void {
  const actions = 1 + Math.floor(random() * 4);
  let day = Math.floor(between(random, 0, 200));
  let paid = new Decimal(0);
  for (let a = 0; a < actions; a++) {
    day += Math.floor(between(random, 5, 45));
    if (day > 364) break;
    const date = new Date(Date.UTC(household.year, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    if (!date.startsWith(String(household.year))) break;
    const method = a === actions - 1 && actions > 1 ? "VISIT" : pick(METHODS, random);
    const last = a === actions - 1;
    // The last action of some logs settles the debt; some visits bring in part of it.
    let payment = new Decimal(0);
    if (last && random() < 0.45) payment = amount.minus(paid);
    else if (method === "VISIT" && random() < 0.4)
      payment = amount
        .minus(paid)
        .times(between(random, 0.2, 0.5))
        .toDecimalPlaces(2);
    paid = paid.plus(payment);
    const outcome = payment.gt(0) ? (payment.plus(paid.minus(payment)).gte(amount) ? "上门收清" : "部分缴费") : pick(OUTCOMES[method], random);
    seed.dunning.push({
      unitCode: household.unitCode,
      reference: household.reference,
      year: household.year,
      action_date: date,
      method,
      outcome,
      amount_paid: payment.toFixed(2),
    });
  }
  if (paid.gte(amount)) household.status = "PAID";
}

/** Writes the seed of the demo years (inside the demo data's transaction). */
export async function loadFeeCollection(trx: Knex.Transaction, datasets: Dataset[]): Promise<Record<string, number>> {
  const units = new Map((await trx("units").select<{ id: number; code: string }[]>("id", "code")).map((u) => [u.code, u.id]));
  const counts = { fee_tariffs: 0, household_register: 0, arrears_households: 0, dunning_actions: 0 };
  for (const dataset of datasets) {
    const seed = feeCollectionFor(dataset);
    await trx.batchInsert("fee_tariffs", seed.tariff, 500);
    await trx.batchInsert(
      "household_register",
      seed.register.map(({ unitCode, ...row }) => ({ ...row, unit_id: units.get(unitCode)! })),
      500,
    );
    await trx.batchInsert(
      "arrears_households",
      seed.arrears.map(({ unitCode, ...row }) => ({
        ...row,
        unit_id: units.get(unitCode)!,
        status_changed_by: row.status === "OPEN" ? null : "demo",
      })),
      500,
    );
    const inserted = await trx("arrears_households")
      .where({ year: dataset.year })
      .select<{ id: string; unit_id: number; reference: string }[]>("id", "unit_id", "reference");
    const idOf = new Map(inserted.map((h) => [`${h.unit_id}/${h.reference}`, h.id]));
    await trx.batchInsert(
      "dunning_actions",
      seed.dunning.map(({ unitCode, reference, ...row }) => ({ ...row, household_id: idOf.get(`${units.get(unitCode)}/${reference}`)! })),
      500,
    );
    counts.fee_tariffs += seed.tariff.length;
    counts.household_register += seed.register.length;
    counts.arrears_households += seed.arrears.length;
    counts.dunning_actions += seed.dunning.length;
  }
  return counts;
}
