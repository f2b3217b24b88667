import type { Language } from "./request-context.ts";

/**
 * Why one field of an input is refused: a stable code that scripts and the dashboard can act on,
 * its values, and the text for people in both languages. `extensions.invalid[]` carries the code
 * as `reason`, the values as `params` and the text in the request's language as `message`.
 */
export type ReasonParams = Record<string, string | number>;

interface ReasonText {
  zh: (p: ReasonParams) => string;
  en: (p: ReasonParams) => string;
}

const got = (p: ReasonParams) => (p.got === undefined ? "" : ` (got ${p.got})`);
const gotZh = (p: ReasonParams) => (p.got === undefined ? "" : `(实际为 ${p.got})`);

export const FIELD_REASONS = {
  REQUIRED: { zh: () => "必填", en: () => "is required" },
  EMPTY: { zh: () => "不能为空", en: () => "must not be empty" },
  TOO_SHORT: { zh: (p) => `至少需要 ${p.min} 个字符`, en: (p) => `needs at least ${p.min} characters` },
  TOO_LONG: { zh: (p) => `最多 ${p.max} 个字符${gotZh(p)}`, en: (p) => `must be at most ${p.max} characters${got(p)}` },
  NOT_NEGATIVE: { zh: (p) => `不能为负数${gotZh(p)}`, en: (p) => `must not be negative${got(p)}` },
  NOT_POSITIVE: { zh: (p) => `必须大于 0${gotZh(p)}`, en: (p) => `must be greater than 0${got(p)}` },
  NOT_MONEY: {
    zh: (p) => `不是金额(应为 "1234.50" 这样的数字,最多两位小数)${gotZh(p)}`,
    en: (p) => `is not an amount such as "1234.50" with at most 2 decimals${got(p)}`,
  },
  RATE_RANGE: { zh: (p) => `必须是 0 到 100 之间的百分数${gotZh(p)}`, en: (p) => `must be a percentage between 0 and 100${got(p)}` },
  TOO_MANY_DECIMALS: { zh: (p) => `最多 ${p.max} 位小数${gotZh(p)}`, en: (p) => `must have at most ${p.max} decimals${got(p)}` },
  WHOLE_NUMBER_RANGE: {
    zh: (p) => `必须是 ${p.min} 到 ${p.max} 之间的整数${gotZh(p)}`,
    en: (p) => `must be a whole number from ${p.min} to ${p.max}${got(p)}`,
  },
  NUMBER_RANGE: { zh: (p) => `必须在 ${p.min} 到 ${p.max} 之间${gotZh(p)}`, en: (p) => `must be between ${p.min} and ${p.max}${got(p)}` },
  YEAR_RANGE: { zh: (p) => `必须是 2000 到 2100 之间的年份${gotZh(p)}`, en: (p) => `must be a year from 2000 to 2100${got(p)}` },
  NOT_A_DATE: {
    zh: (p) => `不是日期(应为 2025-03-07、2025/3/7 或 2025年3月7日)${gotZh(p)}`,
    en: (p) => `is not a date such as 2025-03-07${got(p)}`,
  },
  DATE_OUTSIDE_YEAR: { zh: (p) => `必须是 ${p.year} 年内的日期${gotZh(p)}`, en: (p) => `must be a day of ${p.year}${got(p)}` },
  REFERENCE_CHARS: {
    zh: () => "只能包含字母、数字和 - _ . / # :,并以字母或数字开头",
    en: () => "may hold only letters, digits and - _ . / # : (starting with a letter or digit)",
  },
  UNKNOWN_UNIT: { zh: (p) => `没有代码或名称为“${p.unit}”的单位`, en: (p) => `no unit has the code or name "${p.unit}"` },
  UNKNOWN_VALUE: {
    zh: (p) => `“${p.got}”不是可选值(可选:${p.allowed})`,
    en: (p) => `"${p.got}" is not one of the allowed values (${p.allowed})`,
  },
  DUPLICATE_IN_BATCH: {
    zh: (p) => `凭证号“${p.reference}”已在本批第 ${p.row} 行使用`,
    en: (p) => `"${p.reference}" is also used by row ${p.row} of this batch`,
  },
  NEGATIVE_NEEDS_CORRECTION: {
    zh: (p) => `不能为负数${gotZh(p)};冲红应标为更正(correction)并注明所冲凭证号`,
    en: (p) => `must not be negative${got(p)}; a reversal of an earlier remittance is entered as a correction`,
  },
  CORRECTION_MUST_BE_NEGATIVE: {
    zh: (p) => `冲红金额必须为负数${gotZh(p)}`,
    en: (p) => `a correction reverses money, so its amount must be negative${got(p)}`,
  },
  CORRECTS_UNKNOWN: { zh: (p) => `被冲红的凭证“${p.reference}”不存在`, en: (p) => `the corrected receipt "${p.reference}" is not stored` },
  CORRECTS_OTHER_UNIT: {
    zh: (p) => `被冲红的凭证“${p.reference}”属于另一单位(${p.unit})`,
    en: (p) => `the corrected receipt "${p.reference}" belongs to another unit (${p.unit})`,
  },
  CORRECTS_A_CORRECTION: { zh: (p) => `“${p.reference}”本身是冲红凭证,不能再冲红`, en: (p) => `"${p.reference}" is itself a correction` },
  CORRECTION_EXCEEDS: {
    zh: (p) => `冲红合计 ${p.total} 超过原凭证金额 ${p.original}`,
    en: (p) => `the corrections (${p.total}) would exceed the original amount (${p.original})`,
  },
  WARRANTY_ONLY_REPAIR: {
    zh: (p) => `只有维修材料才能是保修换新(类别为 ${p.category})`,
    en: (p) => `only repair material can be a warranty exchange (category is ${p.category})`,
  },
  BATCH_TOO_LARGE: { zh: (p) => `每次最多 ${p.max} 条${gotZh(p)}`, en: (p) => `at most ${p.max} entries per call${got(p)}` },
  USERNAME_FORMAT: {
    zh: () => "须为 2–40 个小写字母、数字、. _ 或 -,以字母开头",
    en: () => "must be 2–40 lower-case letters, digits, . _ or -, starting with a letter",
  },
  ROLES_REQUIRED: { zh: () => "至少选择一个角色", en: () => "give at least one role" },
  HEAD_NEEDS_UNIT: { zh: () => "站长需要指定所管单位", en: () => "a station head needs the unit they head" },
  UNIT_CODE_FORMAT: {
    zh: () => "须为小写字母、数字、- 或 _,以字母开头,最多 32 个字符",
    en: () => "must be lower-case letters, digits, - or _, start with a letter, at most 32 characters",
  },
  COMMITTEE_DIMENSION_ONLY: {
    zh: (p) => `考核小组只评 SATISFACTION(满意度)和 COOPERATION(协作)${gotZh(p)}`,
    en: (p) => `the committee scores only SATISFACTION and COOPERATION${got(p)}`,
  },
  MEMBER_REQUIRED: { zh: () => "请填写录入的纸质评分表所属的委员", en: () => "name the committee member whose paper form you are entering" },
  MONTH_FORMAT: {
    zh: (p) => `不是月份(应为 2025-03 这样的年-月,年份 2000 到 2100)${gotZh(p)}`,
    en: (p) => `is not a month such as 2025-03 (year 2000–2100)${got(p)}`,
  },
  MONTH_AND_QUARTER: { zh: () => "月份和季度只能给一个", en: () => "give a month or a quarter, not both" },
  UNKNOWN_HOUSEHOLD: {
    zh: (p) => `${p.unit} ${p.year} 年的欠费户登记中没有户号“${p.reference}”`,
    en: (p) => `${p.unit}'s arrears register of ${p.year} has no household "${p.reference}"`,
  },
  REASON_REQUIRED: { zh: () => "认定为无法收回须写明原因", en: () => "an UNCOLLECTABLE decision needs a reason" },
  GIVEN_TWICE: { zh: (p) => `${p.value} 重复出现`, en: (p) => `${p.value} is given twice` },
  FAIL_HAS_NO_THRESHOLD: { zh: () => "不合格没有分数线:低于合格线即为不合格", en: () => "FAIL has no threshold: it is every total below PASS" },
  WEIGHT_NEEDED: { zh: () => "至少一个权重须大于 0", en: () => "at least one weight must be above 0" },
  THRESHOLDS_DESCEND: {
    zh: (p) => `须满足 优秀 > 良好 > 合格${gotZh(p)}`,
    en: (p) => `must descend EXCELLENT > GOOD > PASS${got(p)}`,
  },
  YEAR_SPAN: {
    zh: (p) => `须在起始年份到起始年份 + ${p.max} 之间${gotZh(p)}`,
    en: (p) => `must be from fromYear to fromYear + ${p.max}${got(p)}`,
  },
  MUST_DIFFER: { zh: (p) => `须与 ${p.other} 不同`, en: (p) => `must differ from ${p.other}` },
  NOT_ALLOWED_HERE: { zh: (p) => `此处不能使用${gotZh(p)}`, en: (p) => `cannot be used here${got(p)}` },
  FORMULA_CELL: { zh: () => "单元格是公式:请粘贴为数值后再导入", en: () => "the cell is a formula: paste it as a value before importing" },
  NOT_BEFORE_FROM: { zh: (p) => `不能早于起始日期 ${p.from}${gotZh(p)}`, en: (p) => `must not be before the start ${p.from}${got(p)}` },
  UNKNOWN_USER: { zh: (p) => `没有用户名为“${p.got}”的用户`, en: (p) => `no user has the username "${p.got}"` },
  UNKNOWN_ATTACHMENT: {
    zh: (p) => `附件 ${p.got} 不存在,或不是您上传的、也不属于该单位本年的细则`,
    en: (p) => `attachment ${p.got} does not exist, or is neither your upload nor a file of this unit's rules of the year`,
  },
  CELL_GIVEN_TWICE: {
    zh: (p) => `${p.unit} 的 ${p.dimension} 已在第 ${p.row} 行给出`,
    en: (p) => `${p.unit} ${p.dimension} is also given in row ${p.row}`,
  },
  CONFLICTS_IN_FILE: {
    zh: (p) => `凭证号“${p.reference}”在第 ${p.row} 行已出现,但内容不同(${p.difference})`,
    en: (p) => `"${p.reference}" is also on row ${p.row} with different content (${p.difference})`,
  },
  IN_FINALIZED_YEAR: { zh: (p) => `${p.year} 年已定稿,不能再导入该年的记录`, en: (p) => `${p.year} is finalised: its records can no longer change` },
  CONFLICTS_STORED: {
    zh: (p) => `凭证号“${p.reference}”已存储,但内容不同(${p.difference})`,
    en: (p) => `"${p.reference}" is already stored with different content (${p.difference})`,
  },
} satisfies Record<string, ReasonText>;

export type ReasonCode = keyof typeof FIELD_REASONS;

/** How people call the fields the API names (Chinese; English readers see the field name). */
const FIELD_LABELS_ZH: Record<string, string> = {
  unitCode: "单位",
  unit: "单位",
  date: "日期",
  category: "类别",
  amount: "金额",
  reference: "凭证号",
  corrects: "所冲凭证号",
  correction: "冲红",
  warrantyExchange: "保修换新",
  outcome: "结果",
  repeat: "二次投诉",
  kind: "类型",
  year: "年份",
  revenueTarget: "创收任务",
  staffCount: "人员",
  vehicleCount: "车辆",
  baseExpense: "基本费用",
  repairBudget: "维修材料费",
  repairBudgetFromMonth: "维修材料费起始月份",
  revenueCommissionRate: "收入提成",
  overTargetRate: "超收提成",
  underTargetDeductionRate: "欠收例扣",
  repairSavingsRewardRate: "节余奖励",
  score: "分数",
  comment: "评语",
  member: "委员",
  dimension: "考核维度",
  name: "名称",
  title: "标题",
  text: "正文",
  username: "用户名",
  password: "密码",
  displayName: "姓名",
  roles: "角色",
  reason: "原因",
  entries: "条目",
  quarter: "季度",
  month: "月份",
  plate: "车牌号",
  post: "岗位",
  from: "起始日期",
  to: "截止日期",
  members: "委员",
  scores: "评分",
  copyFrom: "复制自年份",
  residential: "普通用户户数",
  upgraded: "网改用户户数",
  collective: "集体户户数",
  contact: "联系电话",
  address: "地址",
  yearsInArrears: "欠费年数",
  amountOwed: "欠费金额",
  amountPaid: "缴费金额",
  method: "催缴方式",
  status: "状态",
  revenueCollectionShare: "收缴率占比",
  revenueTargetChangePct: "创收任务调整幅度",
  attachmentIds: "附件",
  filedOn: "报备日期",
};

export function fieldLabel(field: string, language: Language): string {
  if (language === "en") return field;
  const last =
    field
      .replace(/\[\d+\]/g, "")
      .split(".")
      .pop() ?? field;
  const label = FIELD_LABELS_ZH[last];
  return label ? `${label}(${field})` : field;
}

export function reasonText(reason: ReasonCode, params: ReasonParams, language: Language): string {
  return FIELD_REASONS[reason][language](params);
}
