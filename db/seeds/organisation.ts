import { createHash } from "node:crypto";
import type { Knex } from "knex";
import { minimalPdf } from "./minimal-pdf.ts";

/**
 * The organisation behind the demo years, as the plan (客户服务部工作实施方案) describes it: the
 * three stations' districts (区域范围, verbatim), heads and deputy heads (the deputy manager heads
 * every station, a supervisor is each one's deputy), English names, each unit's roster (定员) and
 * vehicles, the committee of each year, and who filed and received each unit's 实施细则.
 */

interface Person {
  name: string;
  post: "HEAD" | "DEPUTY_HEAD" | "SUPERVISOR" | "STAFF" | "TEMPORARY";
  /** Only in these years (default: every demo year). */
  years?: number[];
  from?: Partial<Record<number, string>>;
  to?: Partial<Record<number, string>>;
}

interface UnitOrganisation {
  nameEn: string;
  region: string | null;
  head: string;
  deputy: string | null;
  staff: Person[];
  vehicles: { plate: string; kind: string }[];
  /** Who files the unit's rules (a display name, as the product records the filer). */
  filer: string;
}

/** 副经理(兼各管理片站站长): one deputy manager heads all three stations. */
const DEPUTY_MANAGER = "周志刚";

export const ORGANISATION: Record<string, UnitOrganisation> = {
  north: {
    nameEn: "North management station",
    region: "人民西路、人民东路、苏石路、沿郴州大道至石榴湾大桥一线以北地区",
    head: DEPUTY_MANAGER,
    deputy: "李明",
    staff: [
      { name: DEPUTY_MANAGER, post: "HEAD" },
      { name: "李明", post: "DEPUTY_HEAD" },
      { name: "王海涛", post: "STAFF" },
      { name: "赵小军", post: "STAFF" },
      { name: "孙丽", post: "STAFF" },
      { name: "钱进", post: "TEMPORARY" },
      { name: "吴刚", post: "TEMPORARY" },
    ],
    vehicles: [{ plate: "湘L·A6231", kind: "工程车" }],
    filer: "城北管理站站长",
  },
  south: {
    nameEn: "South management station",
    region: "东到沿国庆路从老汽车站到郴江商贸城、燕泉河沿南一线,南到城前岭,西到洛仙岭,北到人民西路",
    head: DEPUTY_MANAGER,
    deputy: "陈伟",
    staff: [
      { name: DEPUTY_MANAGER, post: "HEAD" },
      { name: "陈伟", post: "DEPUTY_HEAD" },
      { name: "郑晓东", post: "STAFF" },
      { name: "冯建华", post: "STAFF" },
      { name: "何平", post: "STAFF" },
      { name: "罗文", post: "TEMPORARY", from: { 2024: "2024-04-01" } },
    ],
    vehicles: [{ plate: "湘L·B2817", kind: "工程车" }],
    filer: "城南管理站站长",
  },
  east: {
    nameEn: "East management station",
    region: "东到京广线,南到环城南路沿线,西从湘南大酒店到郴江商贸城、沿燕泉河一线,北到人民东路、苏石路、沿郴州大道至石榴湾一线",
    head: DEPUTY_MANAGER,
    deputy: "刘洋",
    staff: [
      { name: DEPUTY_MANAGER, post: "HEAD" },
      { name: "刘洋", post: "DEPUTY_HEAD" },
      { name: "黄志强", post: "STAFF" },
      { name: "林芳", post: "STAFF" },
      { name: "高翔", post: "TEMPORARY" },
      // Left in October 2025 and not yet replaced: the 2025 roster is one short of the contract.
      { name: "谢宇", post: "TEMPORARY", to: { 2025: "2025-10-15" } },
    ],
    vehicles: [{ plate: "湘L·C5096", kind: "工程车" }],
    filer: "城东管理站站长",
  },
  hall: {
    nameEn: "Fee-collection hall",
    region: null,
    head: "张丽",
    deputy: null,
    staff: [
      { name: "张丽", post: "SUPERVISOR" },
      { name: "唐静", post: "STAFF" },
      { name: "许梅", post: "STAFF" },
      { name: "邓佳", post: "TEMPORARY" },
    ],
    vehicles: [],
    filer: "客服部内勤",
  },
  collective: {
    nameEn: "Collective-accounts group",
    region: null,
    head: "马骏",
    deputy: null,
    staff: [
      { name: "马骏", post: "SUPERVISOR" },
      { name: "彭磊", post: "STAFF" },
    ],
    vehicles: [],
    filer: "客服部内勤",
  },
};

/** The committee of every demo year: the five members who score. */
const COMMITTEE = ["committee1", "committee2", "committee3", "committee4", "committee5"];

/** The north station revised its 2025 rules in March: version 2, with the signed copy attached. */
const NORTH_2025_REVISION = {
  title: "城北管理站2025年实施细则(修订)",
  addition: "\n\n## 修订说明\n\n- 三月起,维修工单须在 **24 小时** 内回访,回访结果每周报送部门内勤。\n- 附件为签字盖章的报备件。",
  filedOn: "2025-03-10",
};

/** Writes the organisation of the demo years (after the datasets, whose units and rules it completes). */
export async function loadOrganisation(trx: Knex.Transaction, years: number[]): Promise<Record<string, number>> {
  const units = new Map((await trx("units").select<{ id: number; code: string }[]>("id", "code")).map((u) => [u.code, u.id]));
  let staff = 0;
  let vehicles = 0;
  for (const [code, unit] of Object.entries(ORGANISATION)) {
    const unitId = units.get(code);
    if (unitId === undefined) continue;
    await trx("units")
      .where({ id: unitId })
      .update({ name_en: unit.nameEn, region: unit.region, head_name: unit.head, deputy_head_name: unit.deputy });
    await trx("unit_names").where({ unit_id: unitId }).update({ name_en: unit.nameEn });
    const people = years.flatMap((year) =>
      unit.staff
        .filter((p) => !p.years || p.years.includes(year))
        .map((p) => ({ unit_id: unitId, year, name: p.name, post: p.post, from_date: p.from?.[year] ?? null, to_date: p.to?.[year] ?? null })),
    );
    if (people.length > 0) await trx("unit_staff").insert(people);
    const cars = years.flatMap((year) => unit.vehicles.map((v) => ({ unit_id: unitId, year, plate: v.plate, kind: v.kind })));
    if (cars.length > 0) await trx("unit_vehicles").insert(cars);
    staff += people.length;
    vehicles += cars.length;
  }

  await trx("committee_members")
    .insert(COMMITTEE.map((name) => ({ name })))
    .onConflict("name")
    .ignore();
  const members = await trx("committee_members").whereIn("name", COMMITTEE).select<{ id: number }[]>("id");
  await trx("committee_memberships")
    .insert(years.flatMap((year) => members.map((m) => ({ year, member_id: m.id }))))
    .onConflict(["year", "member_id"])
    .ignore();

  return {
    unit_staff: staff,
    unit_vehicles: vehicles,
    committee_memberships: years.length * members.length,
    ...(await fileRules(trx, units, years)),
  };
}

/**
 * Who filed each unit's rules, and their receipt: every earlier year acknowledged by the
 * department and the deputy GM; in the newest year the department has acknowledged them and the
 * deputy GM not yet. North's newest rules have a revised second version with a PDF attached.
 */
async function fileRules(trx: Knex.Transaction, units: Map<string, number>, years: number[]): Promise<Record<string, number>> {
  const newest = Math.max(...years);
  for (const [code, unit] of Object.entries(ORGANISATION)) {
    const unitId = units.get(code);
    if (unitId !== undefined) await trx("implementation_rules").where({ unit_id: unitId }).update({ filed_by: unit.filer });
  }
  const northId = units.get("north");
  const original = northId ? await trx("implementation_rules").where({ unit_id: northId, year: newest, version: 1 }).first() : undefined;
  let attachments = 0;
  if (original) {
    const [revision] = await trx("implementation_rules")
      .insert({
        unit_id: northId,
        year: newest,
        version: 2,
        title: NORTH_2025_REVISION.title,
        body: original.body + NORTH_2025_REVISION.addition,
        filed_on: NORTH_2025_REVISION.filedOn,
        reference: `north-${newest}-RULES-2`,
        filed_by: ORGANISATION.north.filer,
      })
      .returning("id");
    const content = minimalPdf(`North management station - implementation rules ${newest}, revised ${NORTH_2025_REVISION.filedOn} (signed copy)`);
    const [file] = await trx("rule_files")
      .insert({
        file_name: `城北管理站${newest}年实施细则(修订)签字件.pdf`,
        content_type: "application/pdf",
        size: content.length,
        sha256: createHash("sha256").update(content).digest("hex"),
        content,
      })
      .returning("id");
    await trx("implementation_rule_attachments").insert({ rule_id: revision.id, file_id: file.id, position: 0 });
    attachments = 1;
  }
  const rules = await trx("implementation_rules")
    .whereIn("year", years)
    .select<{ id: number; year: number; filed_on: string }[]>("id", "year", "filed_on");
  const receipts = rules.flatMap((rule) => [
    { rule_id: rule.id, recipient: "DEPARTMENT", acknowledged_by: "客服部内勤", acknowledged_at: `${rule.filed_on}T10:00:00+08:00` },
    ...(rule.year < newest
      ? [{ rule_id: rule.id, recipient: "EXECUTIVE", acknowledged_by: "分管副总", acknowledged_at: `${rule.filed_on}T16:00:00+08:00` }]
      : []),
  ]);
  await trx.batchInsert("rule_acknowledgements", receipts, 500);
  return { rule_acknowledgements: receipts.length, rule_files: attachments };
}
