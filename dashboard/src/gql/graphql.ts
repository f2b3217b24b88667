/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How long a household has been in arrears (账龄). */
export type AgingBucket =
  /** 1–3 年 — one to three years (both included). */
  | 'FROM_1_TO_3'
  /** 3 年以上 — over three years. */
  | 'OVER_3'
  /** 不足 1 年 — under one year. */
  | 'UNDER_1';

/** Where the collection of an arrears household stands. */
export type ArrearsStatus =
  /** 未清 — still owed. */
  | 'OPEN'
  /** 已清 — paid in full (set when dunning payments reach the amount owed). */
  | 'PAID'
  /** 无法收回 — given up, with a reason (audited). */
  | 'UNCOLLECTABLE';

/** A change of an arrears household's status. */
export type ArrearsStatusInput = {
  /** Why; required for UNCOLLECTABLE (up to 500 characters). */
  reason?: string | null | undefined;
  /** 户号 of the household. */
  reference: string;
  /** The new status. */
  status: ArrearsStatus;
  /** The unit's code. */
  unitCode: string;
  /** The register's year. */
  year: number;
};

/** A service callback to record. */
export type CallbackInput = {
  /** The day the record is dated, YYYY-MM-DD. */
  date: string;
  /** What the customer said. */
  outcome: CallbackOutcome;
  /** Receipt, ticket or order number (1–100 characters), unique within the kind. */
  reference: string;
  /** The unit's code. */
  unitCode: string;
};

/** What the customer said on a service callback (回访). */
export type CallbackOutcome =
  /** 基本满意 — basically satisfied (counts half). */
  | 'BASICALLY_SATISFIED'
  /** 不满意 — dissatisfied. */
  | 'DISSATISFIED'
  /** 满意 — satisfied. */
  | 'SATISFIED';

/** A complaint to record. */
export type ComplaintInput = {
  /** The day the record is dated, YYYY-MM-DD. */
  date: string;
  /** Receipt, ticket or order number (1–100 characters), unique within the kind. */
  reference: string;
  /** 二次投诉 — a repeat complaint. */
  repeat?: boolean;
  /** The unit's code. */
  unitCode: string;
};

/** A unit's contract for a year; replaces the stored one for the same unit and year. */
export type ContractInput = {
  /** 基本费用, yuan, 0 or more. */
  baseExpense: string;
  /** 超收提成 %, 0–100, at most 2 decimals. */
  overTargetRate: number;
  /** 维修材料费, yuan, 0 or more. */
  repairBudget: string;
  /** First month (1–12) the repair budget covers. */
  repairBudgetFromMonth: number;
  /** 节余奖励 %, 0–100, at most 2 decimals. */
  repairSavingsRewardRate: number;
  /** 收入提成 %, 0–100, at most 2 decimals. */
  revenueCommissionRate: number;
  /** 创收任务, yuan; must be greater than 0. */
  revenueTarget: string;
  /** 人员 (0–10000). */
  staffCount: number;
  /** 欠收例扣 %, 0–100, at most 2 decimals. */
  underTargetDeductionRate: number;
  /** The unit's code. */
  unitCode: string;
  /** 车辆 (0–10000). */
  vehicleCount: number;
  /** The contract year (2000–2100). */
  year: number;
};

/** What a cost was spent on. */
export type CostCategory =
  /** 通讯费 — phone and communication. */
  | 'COMMUNICATION'
  /** 误餐费 — meal allowances. */
  | 'MEALS'
  /** 其它 — other running costs. */
  | 'OTHER'
  /** 加班费 — overtime. */
  | 'OVERTIME'
  /** 维修材料 — repair material (counts against the repair budget). */
  | 'REPAIR_MATERIAL'
  /** 工资 — salaries. */
  | 'SALARY'
  /** 车辆燃料修理费 — vehicle fuel and repair. */
  | 'VEHICLE';

/** A cost to record. */
export type CostInput = {
  /** Amount, yuan: above 0, or below 0 for a correction (冲红) of an earlier cost. */
  amount: string;
  /** What was paid for. */
  category: CostCategory;
  /** 冲红 — this entry reverses (part of) an earlier cost; its amount is negative. */
  correction?: boolean;
  /** The reference of the cost this correction (冲红) corrects: same unit, negative, never more than the cost. Implies correction. */
  corrects?: string | null | undefined;
  /** The day the record is dated, YYYY-MM-DD. */
  date: string;
  /** Receipt, ticket or order number (1–100 characters), unique within the kind. */
  reference: string;
  /** The unit's code. */
  unitCode: string;
  /** A warranty exchange of repair material (only with REPAIR_MATERIAL); never counted as cost. */
  warrantyExchange?: boolean;
};

/** The four assessment dimensions (考核内容). */
export type Dimension =
  /** 团结协作和服从调度 — cooperation and obeying dispatch. */
  | 'COOPERATION'
  /** 维修成本及其它成本控制 — cost control. */
  | 'COST'
  /** 经济指标完成情况 — revenue completion. */
  | 'REVENUE'
  /** 服务质量和群众满意程度 — service quality and satisfaction. */
  | 'SATISFACTION';

/** A dimension's weight. */
export type DimensionWeightInput = {
  /** The dimension. */
  dimension: Dimension;
  /** Its weight, 0–1000. */
  weight: number;
};

/** A dispatch order to record. */
export type DispatchInput = {
  /** The day the record is dated, YYYY-MM-DD. */
  date: string;
  /** What the order was for. */
  kind: DispatchKind;
  /** How the unit answered. */
  outcome: DispatchOutcome;
  /** Receipt, ticket or order number (1–100 characters), unique within the kind. */
  reference: string;
  /** The unit's code. */
  unitCode: string;
};

/** What a cross-district dispatch order (调度) was for. */
export type DispatchKind =
  /** 跨辖区重大突击抢修 — cross-district emergency repair. */
  | 'EMERGENCY_REPAIR'
  /** 跨辖区突击稽查 — cross-district inspection. */
  | 'INSPECTION'
  /** 其它调度 — another dispatch. */
  | 'OTHER';

/** How the unit answered a dispatch order. */
export type DispatchOutcome =
  /** 延误 — carried out late (counts half). */
  | 'LATE'
  /** 按时完成 — carried out on time. */
  | 'ON_TIME'
  /** 拒不服从 — refused (penalised). */
  | 'REFUSED';

/** How a household in arrears was reminded (催缴方式). */
export type DunningMethod =
  /** 张贴催费通知 — a posted notice. */
  | 'NOTICE'
  /** 电话 — a telephone call. */
  | 'PHONE'
  /** 短信 — a text message. */
  | 'SMS'
  /** 上门 — a visit. */
  | 'VISIT';

/** The grade a total earns under the year's thresholds. */
export type Grade =
  /** 优秀 — excellent. */
  | 'EXCELLENT'
  /** 不合格 — fail. */
  | 'FAIL'
  /** 良好 — good. */
  | 'GOOD'
  /** 合格 — pass. */
  | 'PASS';

/** A grade's threshold. */
export type GradeThresholdInput = {
  /** EXCELLENT, GOOD or PASS. */
  grade: Grade;
  /** The lowest total that earns it. */
  minTotal: number;
};

/** 户数 — a unit's paying households at the start of a month, per class; replaces the month's stored entry. */
export type HouseholdsInput = {
  /** 集体户 — registered collective accounts (0–10,000,000). */
  collective?: number;
  /** The month, "YYYY-MM" (e.g. "2025-03"). */
  month: string;
  /** 普通用户 — residential households (0–10,000,000). */
  residential?: number;
  /** The unit's code. */
  unitCode: string;
  /** 网改用户 — network-upgraded households (0–10,000,000). */
  upgraded?: number;
};

/** A filing of a unit's rules: the next version of that unit's rules for the year. */
export type ImplementationRuleInput = {
  /** Attachments: files uploaded with POST /api/rule-files by the filer, or files of an earlier version of the same rules to keep. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** The day they were filed. */
  filedOn: string;
  /** Filing number (1–100 characters), unique; default `<unit>-<year>-R<version>`. Sending a stored number again with the same content answers the stored version (a retry); with other content it is refused. */
  reference?: string | null | undefined;
  /** The rules' text, Markdown (1–50000 characters). */
  text: string;
  /** Title (1–200 characters). */
  title: string;
  /** The unit's code (a station head: their own unit). */
  unitCode: string;
  /** The year the rules are for. */
  year: number;
};

/** The language of explanation texts. */
export type Language =
  /** English. */
  | 'EN'
  /** 中文 (default). */
  | 'ZH';

/** Which records to list; every field narrows the set. */
export type RecordFilter = {
  /** Revenue and cost category, callback or dispatch outcome (its code); complaints: REPEAT or FIRST. */
  category?: string | null | undefined;
  /** Revenue and costs: only corrections (冲红). Callbacks, complaints, dispatches: only voided records. */
  correctionsOnly?: boolean | null | undefined;
  /** Records dated on or after this day. */
  from?: string | null | undefined;
  /** Revenue and costs: net figures — linked corrections are folded into the record they correct (its netAmount) and not listed. */
  net?: boolean | null | undefined;
  /** Only references containing this text (case-insensitive). */
  referenceContains?: string | null | undefined;
  /** Records dated on or before this day. */
  to?: string | null | undefined;
  /** Only this unit's records (its code). */
  unitCode?: string | null | undefined;
  /** Records dated in this calendar year. */
  year?: number | null | undefined;
};

/** The five ledgers. */
export type RecordKind =
  /** 回访 — service callbacks. */
  | 'CALLBACK'
  /** 投诉 — complaints. */
  | 'COMPLAINT'
  /** 费用 — costs. */
  | 'COST'
  /** 调度 — dispatch orders. */
  | 'DISPATCH'
  /** 上解 — revenue remittances. */
  | 'REVENUE';

/** How a ledger list is sorted (ties by entry order). */
export type RecordOrder =
  /** Smallest amount first (revenue and costs only). */
  | 'AMOUNT_ASC'
  /** Largest amount first (revenue and costs only). */
  | 'AMOUNT_DESC'
  /** Oldest first (the default). */
  | 'DATE_ASC'
  /** Newest first. */
  | 'DATE_DESC';

/** What a remittance (上解) was collected for. */
export type RevenueCategory =
  /** 老欠费 — old arrears collected. */
  | 'ARREARS'
  /** 稽查费 — anti-piracy inspection fees. */
  | 'INSPECTION_FEE'
  /** 收视费 — viewing fees. */
  | 'VIEWING_FEE';

/** A revenue remittance to record. */
export type RevenueInput = {
  /** Amount remitted, yuan: above 0, or below 0 for a correction (never 0). */
  amount: string;
  /** What the money was collected for. */
  category: RevenueCategory;
  /** 冲红 — this entry reverses (part of) an earlier remittance; only a correction may be negative, and it must be. */
  correction?: boolean;
  /** The reference of the remittance this correction (冲红) corrects: same unit, negative, and the corrections of a remittance never exceed it. Implies correction. */
  corrects?: string | null | undefined;
  /** The day the record is dated, YYYY-MM-DD. */
  date: string;
  /** Receipt, ticket or order number (1–100 characters), unique within the kind. */
  reference: string;
  /** The unit's code. */
  unitCode: string;
};

/** What a signed-in user may see and do. */
export type Role =
  /** Administrator: users, reopening a finalised year, and everything else. */
  | 'ADMIN'
  /** Analyst: read everything through the API, write nothing. */
  | 'ANALYST'
  /** 内勤 — department clerk: records and contracts of open years. */
  | 'CLERK'
  /** 绩效考核小组成员 — performance committee member: scheme, contracts, own scores, finalising. */
  | 'COMMITTEE'
  /** 分管副总等 — deputy general manager and other managers: read everything. */
  | 'EXECUTIVE'
  /** 站长 — head of one unit: that unit's figures; other units once the year is finalised. */
  | 'STATION_HEAD';

/** Who acknowledges receipt of a unit's 实施细则. */
export type RuleRecipient =
  /** 客户服务部 — the department (its clerk or an administrator). */
  | 'DEPARTMENT'
  /** 公司分管副总 — the deputy general manager. */
  | 'EXECUTIVE';

/** Changes to a scheme; every field is optional and what is left out keeps the year's value. */
export type SchemeInput = {
  /** Points lost per plain complaint. */
  complaintPenalty?: number | null | undefined;
  /** Objective share of the cooperation score, 0–1. */
  cooperationObjectiveShare?: number | null | undefined;
  /** Cap on the cost score. */
  costCap?: number | null | undefined;
  /** Grade thresholds to change. */
  gradeThresholds?: Array<GradeThresholdInput> | null | undefined;
  /** Minimum committee scores per dimension for a complete unit. */
  minRaters?: number | null | undefined;
  /** Points lost per percentage point over budget. */
  overspendPenaltyPerPct?: number | null | undefined;
  /** Points lost per refused dispatch order. */
  refusedDispatchPenalty?: number | null | undefined;
  /** Points lost per repeat complaint. */
  repeatComplaintPenalty?: number | null | undefined;
  /** Cap on the revenue score. */
  revenueCap?: number | null | undefined;
  /** 收缴率占比 — share of the collection rate blended into REVENUE, 0–1. */
  revenueCollectionShare?: number | null | undefined;
  /** Objective share of the satisfaction score, 0–1. */
  satisfactionObjectiveShare?: number | null | undefined;
  /** Bonus points per percentage point under budget. */
  savingBonusPerPct?: number | null | undefined;
  /** Score count from which highest and lowest are dropped (3 or more). */
  trimThreshold?: number | null | undefined;
  /** Weights to change. */
  weights?: Array<DimensionWeightInput> | null | undefined;
};

/** A committee member's score of a unit on a dimension; replaces that member's earlier score. */
export type ScoreInput = {
  /** An optional comment (up to 2000 characters). */
  comment?: string | null | undefined;
  /** SATISFACTION or COOPERATION (the others are not scored by the committee). */
  dimension: Dimension;
  /** Only for an administrator entering paper forms: the member's name (a new name registers a member). Others score as themselves. */
  member?: string | null | undefined;
  /** The score, 0–100, at most 2 decimals. */
  score: number;
  /** The unit's code. */
  unitCode: string;
  /** The assessment year. */
  year: number;
};

/** One cell of a committee member's scoring sheet: their score of a unit on a committee dimension. */
export type SheetScoreInput = {
  /** An optional comment (up to 2000 characters). */
  comment?: string | null | undefined;
  /** SATISFACTION or COOPERATION. */
  dimension: Dimension;
  /** The score, 0–100, at most 2 decimals. */
  score: number;
  /** The unit's code. */
  unitCode: string;
};

/** One person of a unit's roster. */
export type StaffMemberInput = {
  /** First day in post, within the year (default: the year's start). */
  from?: string | null | undefined;
  /** The person's name (1–50 characters). */
  name: string;
  /** Their post. */
  post: StaffPost;
  /** Last day in post, within the year (default: the year's end). */
  to?: string | null | undefined;
  /** Their user account's username, to link the person to it. */
  username?: string | null | undefined;
};

/** A post in a unit's roster (定岗定员). */
export type StaffPost =
  /** 副站长 — deputy head (a supervisor doubles as deputy head). */
  | 'DEPUTY_HEAD'
  /** 站长 — head (the deputy manager doubles as head). */
  | 'HEAD'
  /** 员工 — permanent staff. */
  | 'STAFF'
  /** 主管 — supervisor. */
  | 'SUPERVISOR'
  /** 临聘人员 — temporary hire. */
  | 'TEMPORARY';

/** A unit to create or update, matched by its code. A changed name is a rename from today (see renameUnit). */
export type UnitInput = {
  /** Short code: lower-case letters, digits, - or _; starts with a letter; up to 32. */
  code: string;
  /** 副站长 — deputy head. */
  deputyHeadName?: string | null | undefined;
  /** 站长 — head of the unit. */
  headName?: string | null | undefined;
  /** What kind of unit it is. */
  kind: UnitKind;
  /** Display name (1–100 characters). */
  name: string;
  /** English display name (1–100 characters). */
  nameEn?: string | null | undefined;
  /** 区域范围 — region description (up to 500 characters). */
  region?: string | null | undefined;
  /** Retire (true, from today) or reinstate (false) the unit; unchanged when left out. */
  retired?: boolean | null | undefined;
};

/** What kind of assessed unit (考核单位) this is. */
export type UnitKind =
  /** 集体户收费组 — the collective-accounts collection group. */
  | 'COLLECTIVE_GROUP'
  /** 收费大厅 — the fee-collection hall. */
  | 'FEE_HALL'
  /** 管理站 — a regional management station (collection, repair, inspection). */
  | 'STATION';

/** A user to create, or the fields of one to change (matched by username). */
export type UserInput = {
  /** Disable (true) or enable (false) the account. */
  disabled?: boolean | null | undefined;
  /** Name to show (required when creating). */
  displayName?: string | null | undefined;
  /** For a committee member: the name scores are entered under. */
  memberName?: string | null | undefined;
  /** New password, at least 10 characters (required when creating). */
  password?: string | null | undefined;
  /** Roles (required when creating). */
  roles?: Array<Role> | null | undefined;
  /** For a station head: the unit's code. */
  unitCode?: string | null | undefined;
  /** Sign-in name: 2–40 lower-case letters, digits, . _ or -. */
  username: string;
};

/** One vehicle of a unit. */
export type VehicleInput = {
  /** First day assigned, within the year (default: the year's start). */
  from?: string | null | undefined;
  /** What kind of vehicle (1–50 characters). */
  kind: string;
  /** Number plate (1–20 characters), unique within the unit and year. */
  plate: string;
  /** Last day assigned, within the year (default: the year's end). */
  to?: string | null | undefined;
};

export type YearStatusQueryVariables = Exact<{
  year: number;
}>;


export type YearStatusQuery = { assessment: { year: number, finalized: boolean } };

export type UnitRefFragment = { code: string, name: string };

export type UnitsQueryVariables = Exact<{
  year: number;
}>;


export type UnitsQuery = { units: Array<{ id: string, code: string, name: string, nameEn: string | null, kind: UnitKind, retiredFrom: string | null, nameInYear: string, nameEnInYear: string | null }> };

export type YearsQueryVariables = Exact<{ [key: string]: never; }>;


export type YearsQuery = { years: Array<number> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { username: string, displayName: string, roles: Array<Role>, unitCode: string | null, memberName: string | null } | null };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { username: string, displayName: string, roles: Array<Role>, unitCode: string | null, memberName: string | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ArrearsPageQueryVariables = Exact<{
  year: number;
  unitCode?: string | null | undefined;
  status?: ArrearsStatus | null | undefined;
  aging?: AgingBucket | null | undefined;
}>;


export type ArrearsPageQuery = { arrearsHouseholds: Array<{ id: string, year: number, reference: string, name: string, contact: string, address: string, masked: boolean, yearsInArrears: number, aging: AgingBucket, amountOwed: string, amountPaid: string, outstanding: string, dunningCount: number, status: ArrearsStatus, statusReason: string | null, unit: { code: string, name: string } }>, arrearsAging: Array<{ bucket: AgingBucket, households: number, amountOwed: string, outstanding: string, unit: { code: string, name: string } }>, dunningByMonth: Array<{ month: number, actions: number, amountPaid: string, unit: { code: string, name: string } }> };

export type ArrearsDunningLogQueryVariables = Exact<{
  year: number;
  unitCode: string;
  reference: string;
}>;


export type ArrearsDunningLogQuery = { dunningLog: Array<{ id: string, date: string, method: DunningMethod, outcome: string, amountPaid: string }> };

export type ArrearsSetStatusMutationVariables = Exact<{
  input: ArrearsStatusInput;
}>;


export type ArrearsSetStatusMutation = { setArrearsStatus: { id: string, status: ArrearsStatus, statusReason: string | null } };

export type CommitteeScoreFieldsFragment = { id: string, dimension: Dimension, score: number, comment: string | null, updatedAt: string, member: { name: string }, unit: { code: string, name: string } };

export type AssessmentPageQueryVariables = Exact<{
  year: number;
  language: Language;
}>;


export type AssessmentPageQuery = { assessment: { year: number, finalized: boolean, finalizedAt: string | null, scheme: { isDefault: boolean, minRaters: number, weights: Array<{ dimension: Dimension, weight: number }> }, results: Array<{ rank: number, total: number, grade: Grade, complete: boolean, completionRate: number, collectionRate: number | null, revenueActual: string, revenueTarget: string, repairCost: string, otherCost: string, totalFormula: string, missing: Array<{ dimension: Dimension, have: number, need: number }>, unit: { code: string, name: string }, pay: { commission: string, overTargetBonus: string, underTargetDeduction: string, repairSavingsReward: string, repairOverspendCharge: string, net: string }, scores: Array<{ dimension: Dimension, score: number | null, weight: number, applicable: boolean, objective: number | null, explanation: string, formula: string, inputs: Array<{ label: string, value: string }>, committee: { average: number | null, trimmed: boolean, withheld: number, counted: Array<{ member: string, score: number }>, dropped: Array<{ member: string, score: number }> } | null }> }> } };

export type FinalizeAssessmentMutationVariables = Exact<{
  year: number;
}>;


export type FinalizeAssessmentMutation = { finalizeAssessment: { year: number, finalized: boolean, finalizedAt: string | null } };

export type ReopenAssessmentMutationVariables = Exact<{
  year: number;
  reason: string;
}>;


export type ReopenAssessmentMutation = { reopenAssessment: { year: number, finalized: boolean } };

export type AssessmentCommitteeMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentCommitteeMembersQuery = { committeeMembers: Array<{ id: string, name: string }> };

export type AssessmentCommitteeScoresQueryVariables = Exact<{
  year: number;
}>;


export type AssessmentCommitteeScoresQuery = { committeeScores: Array<{ id: string, dimension: Dimension, score: number, comment: string | null, updatedAt: string, member: { name: string }, unit: { code: string, name: string } }> };

export type AssessmentSubmitScoreMutationVariables = Exact<{
  input: ScoreInput;
}>;


export type AssessmentSubmitScoreMutation = { submitScore: { id: string, dimension: Dimension, score: number, comment: string | null, updatedAt: string, member: { name: string }, unit: { code: string, name: string } } };

export type AssessmentFinalizeBlockersQueryVariables = Exact<{
  year: number;
}>;


export type AssessmentFinalizeBlockersQuery = { scoringProgress: Array<{ dimension: Dimension, raters: number, minRaters: number, missing: Array<string>, complete: boolean, unit: { code: string } }> };

export type AssessmentRulesQueryVariables = Exact<{
  year: number;
}>;


export type AssessmentRulesQuery = { implementationRules: Array<{ id: string, version: number, title: string, filedOn: string, unit: { code: string }, acknowledgements: Array<{ recipient: RuleRecipient }>, versions: Array<{ id: string, version: number, title: string, filedOn: string }> }> };

export type AuditLogPageQueryVariables = Exact<{
  year?: number | null | undefined;
  limit: number;
  actor?: string | null | undefined;
  action?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditLogPageQuery = { auditActions: Array<string>, auditLog: Array<{ id: string, at: string, actor: string, action: string, year: number | null, reason: string | null, outcome: string, details: string }> };

export type TariffQueryVariables = Exact<{
  year: number;
}>;


export type TariffQuery = { tariff: { year: number, isSet: boolean, residential: string, upgraded: string, collective: string } };

export type SetTariffMutationVariables = Exact<{
  year: number;
  residential: string;
  upgraded: string;
  collective: string;
}>;


export type SetTariffMutation = { setTariff: { year: number, isSet: boolean, residential: string, upgraded: string, collective: string } };

export type ContractTermsFragment = { year: number, revenueTarget: string, staffCount: number, vehicleCount: number, baseExpense: string, repairBudget: string, repairBudgetFromMonth: number, revenueCommissionRate: number, overTargetRate: number, underTargetDeductionRate: number, repairSavingsRewardRate: number, unit: { code: string, name: string } };

export type ContractsPageQueryVariables = Exact<{
  year: number;
}>;


export type ContractsPageQuery = { contracts: Array<{ staffOnRoster: number, vehiclesOnRoster: number, year: number, revenueTarget: string, staffCount: number, vehicleCount: number, baseExpense: string, repairBudget: string, repairBudgetFromMonth: number, revenueCommissionRate: number, overTargetRate: number, underTargetDeductionRate: number, repairSavingsRewardRate: number, unit: { code: string, name: string } }> };

export type ContractsSetContractMutationVariables = Exact<{
  input: ContractInput;
}>;


export type ContractsSetContractMutation = { setContract: { year: number, revenueTarget: string, staffCount: number, vehicleCount: number, baseExpense: string, repairBudget: string, repairBudgetFromMonth: number, revenueCommissionRate: number, overTargetRate: number, underTargetDeductionRate: number, repairSavingsRewardRate: number, unit: { code: string, name: string } } };

export type CostYearQueryVariables = Exact<{
  year: number;
}>;


export type CostYearQuery = { contracts: Array<{ repairBudget: string, baseExpense: string, repairBudgetFromMonth: number, unit: { code: string, name: string } }>, yearTotals: Array<{ repairCost: string, otherCost: string, repairCostBeforeWindow: string, warrantyExchangeAmount: string, unit: { code: string, name: string } }> };

export type CostMonthlyQueryVariables = Exact<{
  year: number;
}>;


export type CostMonthlyQuery = { monthlyTotals: Array<{ month: number, repairCost: string, otherCost: string, unit: { code: string } }> };

export type EntryRecordRevenueMutationVariables = Exact<{
  entries: Array<RevenueInput> | RevenueInput;
}>;


export type EntryRecordRevenueMutation = { recordRevenue: { inserted: number, duplicates: Array<string> } };

export type EntryRecordCostsMutationVariables = Exact<{
  entries: Array<CostInput> | CostInput;
}>;


export type EntryRecordCostsMutation = { recordCosts: { inserted: number, duplicates: Array<string> } };

export type EntryRecordCallbacksMutationVariables = Exact<{
  entries: Array<CallbackInput> | CallbackInput;
}>;


export type EntryRecordCallbacksMutation = { recordCallbacks: { inserted: number, duplicates: Array<string> } };

export type EntryRecordComplaintsMutationVariables = Exact<{
  entries: Array<ComplaintInput> | ComplaintInput;
}>;


export type EntryRecordComplaintsMutation = { recordComplaints: { inserted: number, duplicates: Array<string> } };

export type EntryRecordDispatchesMutationVariables = Exact<{
  entries: Array<DispatchInput> | DispatchInput;
}>;


export type EntryRecordDispatchesMutation = { recordDispatches: { inserted: number, duplicates: Array<string> } };

export type EntryRecordHouseholdsMutationVariables = Exact<{
  entries: Array<HouseholdsInput> | HouseholdsInput;
}>;


export type EntryRecordHouseholdsMutation = { recordHouseholds: { inserted: number, duplicates: Array<string> } };

export type ImportHistoryQueryVariables = Exact<{
  limit: number;
}>;


export type ImportHistoryQuery = { imports: Array<{ at: string, actor: string, kind: string, fileName: string, sha256: string, rows: number, inserted: number, duplicates: number }> };

export type RevenueLedgerQueryVariables = Exact<{
  filter?: RecordFilter | null | undefined;
  orderBy?: RecordOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RevenueLedgerQuery = { revenueRecords: { totalCount: number, sum: string | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string, reference: string, category: RevenueCategory, amount: string, netAmount: string, correction: boolean, corrects: string | null, correctedBy: Array<string>, recordedAt: string, unit: { id: string, code: string } } }> } };

export type CostLedgerQueryVariables = Exact<{
  filter?: RecordFilter | null | undefined;
  orderBy?: RecordOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CostLedgerQuery = { costRecords: { totalCount: number, sum: string | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string, reference: string, category: CostCategory, amount: string, netAmount: string, correction: boolean, corrects: string | null, correctedBy: Array<string>, warrantyExchange: boolean, recordedAt: string, unit: { id: string, code: string } } }> } };

export type CallbackLedgerQueryVariables = Exact<{
  filter?: RecordFilter | null | undefined;
  orderBy?: RecordOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CallbackLedgerQuery = { callbackRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string, reference: string, outcome: CallbackOutcome, voided: boolean, voidReason: string | null, voidedBy: string | null, voidedAt: string | null, recordedAt: string, unit: { id: string, code: string } } }> } };

export type ComplaintLedgerQueryVariables = Exact<{
  filter?: RecordFilter | null | undefined;
  orderBy?: RecordOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ComplaintLedgerQuery = { complaintRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string, reference: string, repeat: boolean, voided: boolean, voidReason: string | null, voidedBy: string | null, voidedAt: string | null, recordedAt: string, unit: { id: string, code: string } } }> } };

export type DispatchLedgerQueryVariables = Exact<{
  filter?: RecordFilter | null | undefined;
  orderBy?: RecordOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DispatchLedgerQuery = { dispatchRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string, reference: string, kind: DispatchKind, outcome: DispatchOutcome, voided: boolean, voidReason: string | null, voidedBy: string | null, voidedAt: string | null, recordedAt: string, unit: { id: string, code: string } } }> } };

export type LedgerVoidRecordMutationVariables = Exact<{
  kind: RecordKind;
  reference: string;
  reason: string;
}>;


export type LedgerVoidRecordMutation = { voidRecord: boolean };

export type PayPayrollQueryVariables = Exact<{
  year: number;
  quarter?: number | null | undefined;
}>;


export type PayPayrollQuery = { payroll: Array<{ quarter: number | null, periodStart: string, periodEnd: string, revenueTarget: string, revenueActual: string, repairBudget: string, repairCost: string, unit: { code: string, name: string }, pay: { commission: string, overTargetBonus: string, underTargetDeduction: string, repairSavingsReward: string, repairOverspendCharge: string, net: string } }> };

export type RevenueCollectionQueryVariables = Exact<{
  year: number;
}>;


export type RevenueCollectionQuery = { collectionByMonth: Array<{ unit: { code: string, name: string } | null, months: Array<{ month: number, hasRegister: boolean, collectionRate: number | null }> }>, collectionByUnit: Array<{ unitCount: number, monthsWithRegister: number, receivable: string, collected: string, collectionRate: number | null, openingArrears: string, arrearsRecovered: string, arrearsRecoveryRate: number | null, unit: { code: string, name: string } | null }>, collection: { unitCount: number, monthsWithRegister: number, receivable: string, collected: string, collectionRate: number | null, openingArrears: string, arrearsRecovered: string, arrearsRecoveryRate: number | null, unit: { code: string, name: string } | null } };

export type CollectionFiguresFieldsFragment = { unitCount: number, monthsWithRegister: number, receivable: string, collected: string, collectionRate: number | null, openingArrears: string, arrearsRecovered: string, arrearsRecoveryRate: number | null, unit: { code: string, name: string } | null };

export type RevenueMonthlyQueryVariables = Exact<{
  year: number;
}>;


export type RevenueMonthlyQuery = { monthlyTotals: Array<{ month: number, revenue: string, viewingFee: string, inspectionFee: string, arrears: string, unit: { code: string } }> };

export type RevenueProjectionQueryVariables = Exact<{
  year: number;
  asOf: string;
}>;


export type RevenueProjectionQuery = { revenueProjection: Array<{ asOf: string, basis: string, revenueTarget: string, revenueToDate: string, projectedRevenue: string, completionToDate: number, projectedCompletion: number, expectedShareToDate: number, remainingWeeks: number, weeklyAmountNeeded: string | null, unit: { code: string, name: string } }> };

export type RuleVersionFieldsFragment = { id: string, version: number, title: string, text: string, filedOn: string, filedBy: string | null, reference: string, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, acknowledgements: Array<{ recipient: RuleRecipient, acknowledgedBy: string, acknowledgedAt: string }> };

export type RulesPageQueryVariables = Exact<{
  year: number;
}>;


export type RulesPageQuery = { implementationRules: Array<{ id: string, version: number, title: string, text: string, filedOn: string, filedBy: string | null, reference: string, unit: { code: string }, versions: Array<{ id: string, version: number, title: string, text: string, filedOn: string, filedBy: string | null, reference: string, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, acknowledgements: Array<{ recipient: RuleRecipient, acknowledgedBy: string, acknowledgedAt: string }> }>, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, acknowledgements: Array<{ recipient: RuleRecipient, acknowledgedBy: string, acknowledgedAt: string }> }> };

export type RulesFileRuleMutationVariables = Exact<{
  input: ImplementationRuleInput;
}>;


export type RulesFileRuleMutation = { fileImplementationRule: { id: string, version: number, unit: { code: string } } };

export type RulesAcknowledgeMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesAcknowledgeMutation = { acknowledgeImplementationRule: { id: string, version: number, title: string, text: string, filedOn: string, filedBy: string | null, reference: string, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, acknowledgements: Array<{ recipient: RuleRecipient, acknowledgedBy: string, acknowledgedAt: string }> } };

export type ScoringPageQueryVariables = Exact<{
  year: number;
}>;


export type ScoringPageQuery = { scoringProgress: Array<{ dimension: Dimension, raters: number, minRaters: number, missing: Array<string>, complete: boolean, unit: { code: string, name: string } }>, committeeMembers: Array<{ id: string, name: string }> };

export type ScoringOwnScoresQueryVariables = Exact<{
  year: number;
}>;


export type ScoringOwnScoresQuery = { committeeScores: Array<{ id: string, dimension: Dimension, score: number, comment: string | null, updatedAt: string, member: { name: string }, unit: { code: string, name: string } }> };

export type ScoringRegisteredMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringRegisteredMembersQuery = { committeeMembers: Array<{ id: string, name: string }> };

export type ScoringSubmitScoresMutationVariables = Exact<{
  year: number;
  scores: Array<SheetScoreInput> | SheetScoreInput;
  member?: string | null | undefined;
}>;


export type ScoringSubmitScoresMutation = { submitScores: Array<{ id: string, dimension: Dimension, score: number, comment: string | null, updatedAt: string, member: { name: string }, unit: { code: string, name: string } }> };

export type ScoringSetCommitteeMembersMutationVariables = Exact<{
  year: number;
  members: Array<string> | string;
}>;


export type ScoringSetCommitteeMembersMutation = { setCommitteeMembers: Array<{ id: string, name: string }> };

export type ServiceYearQueryVariables = Exact<{
  year: number;
}>;


export type ServiceYearQuery = { yearTotals: Array<{ callbacksSatisfied: number, callbacksBasicallySatisfied: number, callbacksDissatisfied: number, complaints: number, repeatComplaints: number, dispatchesOnTime: number, dispatchesLate: number, dispatchesRefused: number, unit: { code: string, name: string } }> };

export type ServiceMonthlyQueryVariables = Exact<{
  year: number;
}>;


export type ServiceMonthlyQuery = { monthlyTotals: Array<{ month: number, callbacksSatisfied: number, callbacksBasicallySatisfied: number, callbacksDissatisfied: number, complaints: number, repeatComplaints: number, dispatchesOnTime: number, dispatchesLate: number, dispatchesRefused: number, unit: { code: string } }> };

export type ServiceCommitteeQueryVariables = Exact<{
  year: number;
}>;


export type ServiceCommitteeQuery = { committeeScores: Array<{ id: string, dimension: Dimension, score: number, unit: { code: string, name: string } }> };

export type TokensListQueryVariables = Exact<{ [key: string]: never; }>;


export type TokensListQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null }> };

export type TokensCreateMutationVariables = Exact<{
  name: string;
  expiresInDays?: number | null | undefined;
}>;


export type TokensCreateMutation = { createApiToken: { secret: string, token: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null } } };

export type TokensRevokeMutationVariables = Exact<{
  id: string;
}>;


export type TokensRevokeMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type TrendsRangeQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
}>;


export type TrendsRangeQuery = { trends: Array<{ year: number, total: number, rank: number, grade: Grade, completionRate: number, finalized: boolean, unit: { code: string, name: string }, scores: Array<{ dimension: Dimension, score: number | null }> }> };

export type UnitsPageQueryVariables = Exact<{
  year: number;
}>;


export type UnitsPageQuery = { units: Array<{ id: string, code: string, name: string, nameEn: string | null, kind: UnitKind, region: string | null, headName: string | null, deputyHeadName: string | null, retired: boolean, retiredFrom: string | null, nameInYear: string, names: Array<{ validFrom: string, name: string, nameEn: string | null }> }> };

export type UnitRosterQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type UnitRosterQuery = { unit: { id: string, code: string, staff: Array<{ id: string, name: string, post: StaffPost, from: string | null, to: string | null, username: string | null }>, vehicles: Array<{ id: string, plate: string, kind: string, from: string | null, to: string | null }> } | null };

export type UnitsUpsertUnitMutationVariables = Exact<{
  input: UnitInput;
}>;


export type UnitsUpsertUnitMutation = { upsertUnit: { id: string, code: string, name: string, nameEn: string | null, kind: UnitKind, region: string | null, headName: string | null, deputyHeadName: string | null, retired: boolean, retiredFrom: string | null } };

export type UnitsRenameUnitMutationVariables = Exact<{
  code: string;
  name: string;
  from: string;
  nameEn?: string | null | undefined;
}>;


export type UnitsRenameUnitMutation = { renameUnit: { id: string, code: string, name: string, nameEn: string | null, names: Array<{ validFrom: string, name: string, nameEn: string | null }> } };

export type UnitsRetireUnitMutationVariables = Exact<{
  code: string;
  from: string;
}>;


export type UnitsRetireUnitMutation = { retireUnit: { id: string, code: string, retired: boolean, retiredFrom: string | null } };

export type UnitsSetStaffMutationVariables = Exact<{
  code: string;
  year: number;
  staff: Array<StaffMemberInput> | StaffMemberInput;
}>;


export type UnitsSetStaffMutation = { setUnitStaff: { id: string, code: string } };

export type UnitsSetVehiclesMutationVariables = Exact<{
  code: string;
  year: number;
  vehicles: Array<VehicleInput> | VehicleInput;
}>;


export type UnitsSetVehiclesMutation = { setUnitVehicles: { id: string, code: string } };

export type UsersListQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersListQuery = { users: Array<{ username: string, displayName: string, roles: Array<Role>, unitCode: string | null, memberName: string | null, disabled: boolean }> };

export type UsersCreateMutationVariables = Exact<{
  input: UserInput;
}>;


export type UsersCreateMutation = { createUser: { username: string, displayName: string, roles: Array<Role>, unitCode: string | null, memberName: string | null, disabled: boolean } };

export type UsersUpdateMutationVariables = Exact<{
  input: UserInput;
}>;


export type UsersUpdateMutation = { updateUser: { username: string, displayName: string, roles: Array<Role>, unitCode: string | null, memberName: string | null, disabled: boolean } };

export type WhatIfSchemeQueryVariables = Exact<{
  year: number;
}>;


export type WhatIfSchemeQuery = { scheme: { year: number, isDefault: boolean, complaintPenalty: number, cooperationObjectiveShare: number, costCap: number, minRaters: number, overspendPenaltyPerPct: number, refusedDispatchPenalty: number, repeatComplaintPenalty: number, revenueCap: number, revenueCollectionShare: number, satisfactionObjectiveShare: number, savingBonusPerPct: number, trimThreshold: number, weights: Array<{ dimension: Dimension, weight: number }>, gradeThresholds: Array<{ grade: Grade, minTotal: number }> } };

export type WhatIfSimulateQueryVariables = Exact<{
  year: number;
  scheme: SchemeInput;
}>;


export type WhatIfSimulateQuery = { simulateAssessment: { year: number, finalized: boolean, results: Array<{ rank: number, baselineRank: number | null, rankChange: number | null, total: number, grade: Grade, complete: boolean, unit: { code: string, name: string }, scores: Array<{ dimension: Dimension, score: number | null, applicable: boolean }> }> } };

export type WhatIfSaveSchemeMutationVariables = Exact<{
  year: number;
  input: SchemeInput;
}>;


export type WhatIfSaveSchemeMutation = { setScheme: { year: number, isDefault: boolean } };

export type OpenYearPreviewQueryVariables = Exact<{
  year: number;
  copyFrom: number;
  pct?: number | null | undefined;
}>;


export type OpenYearPreviewQuery = { openYearPreview: Array<{ year: number, revenueTarget: string, staffCount: number, vehicleCount: number, baseExpense: string, repairBudget: string, repairBudgetFromMonth: number, revenueCommissionRate: number, overTargetRate: number, underTargetDeductionRate: number, repairSavingsRewardRate: number, unit: { nameEn: string | null, code: string, name: string } }> };

export type OpenYearMutationVariables = Exact<{
  year: number;
  copyFrom: number;
  pct?: number | null | undefined;
  contracts?: Array<ContractInput> | ContractInput | null | undefined;
}>;


export type OpenYearMutation = { openYear: Array<{ year: number, revenueTarget: string, unit: { code: string } }> };

export const UnitRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<UnitRefFragment, unknown>;
export const CommitteeScoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<CommitteeScoreFieldsFragment, unknown>;
export const ContractTermsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revenueTarget"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleCount"}},{"kind":"Field","name":{"kind":"Name","value":"baseExpense"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudget"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudgetFromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCommissionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overTargetRate"}},{"kind":"Field","name":{"kind":"Name","value":"underTargetDeductionRate"}},{"kind":"Field","name":{"kind":"Name","value":"repairSavingsRewardRate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ContractTermsFragment, unknown>;
export const CollectionFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"monthsWithRegister"}},{"kind":"Field","name":{"kind":"Name","value":"receivable"}},{"kind":"Field","name":{"kind":"Name","value":"collected"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"openingArrears"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsRecovered"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsRecoveryRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<CollectionFiguresFieldsFragment, unknown>;
export const RuleVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<RuleVersionFieldsFragment, unknown>;
export const YearStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}}]}}]}}]} as unknown as DocumentNode<YearStatusQuery, YearStatusQueryVariables>;
export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"retiredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"nameInYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"nameEnInYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const YearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}}]}}]} as unknown as DocumentNode<YearsQuery, YearsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ArrearsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArrearsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArrearsStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aging"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgingBucket"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrearsHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"aging"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aging"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"aging"}},{"kind":"Field","name":{"kind":"Name","value":"amountOwed"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"dunningCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrearsAging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"amountOwed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dunningByMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ArrearsPageQuery, ArrearsPageQueryVariables>;
export const ArrearsDunningLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArrearsDunningLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dunningLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}}]}}]}}]} as unknown as DocumentNode<ArrearsDunningLogQuery, ArrearsDunningLogQueryVariables>;
export const ArrearsSetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrearsSetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArrearsStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setArrearsStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<ArrearsSetStatusMutation, ArrearsSetStatusMutationVariables>;
export const AssessmentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"minRaters"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"revenueActual"}},{"kind":"Field","name":{"kind":"Name","value":"revenueTarget"}},{"kind":"Field","name":{"kind":"Name","value":"repairCost"}},{"kind":"Field","name":{"kind":"Name","value":"otherCost"}},{"kind":"Field","name":{"kind":"Name","value":"totalFormula"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"have"}},{"kind":"Field","name":{"kind":"Name","value":"need"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commission"}},{"kind":"Field","name":{"kind":"Name","value":"overTargetBonus"}},{"kind":"Field","name":{"kind":"Name","value":"underTargetDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"repairSavingsReward"}},{"kind":"Field","name":{"kind":"Name","value":"repairOverspendCharge"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"formula"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"trimmed"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"counted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<AssessmentPageQuery, AssessmentPageQueryVariables>;
export const FinalizeAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}}]}}]}}]} as unknown as DocumentNode<FinalizeAssessmentMutation, FinalizeAssessmentMutationVariables>;
export const ReopenAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}}]}}]}}]} as unknown as DocumentNode<ReopenAssessmentMutation, ReopenAssessmentMutationVariables>;
export const AssessmentCommitteeMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentCommitteeMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AssessmentCommitteeMembersQuery, AssessmentCommitteeMembersQueryVariables>;
export const AssessmentCommitteeScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentCommitteeScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeScoreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]} as unknown as DocumentNode<AssessmentCommitteeScoresQuery, AssessmentCommitteeScoresQueryVariables>;
export const AssessmentSubmitScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentSubmitScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeScoreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]} as unknown as DocumentNode<AssessmentSubmitScoreMutation, AssessmentSubmitScoreMutationVariables>;
export const AssessmentFinalizeBlockersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentFinalizeBlockers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"raters"}},{"kind":"Field","name":{"kind":"Name","value":"minRaters"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentFinalizeBlockersQuery, AssessmentFinalizeBlockersQueryVariables>;
export const AssessmentRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementationRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentRulesQuery, AssessmentRulesQueryVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActions"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const TariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"residential"}},{"kind":"Field","name":{"kind":"Name","value":"upgraded"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}}]}}]}}]} as unknown as DocumentNode<TariffQuery, TariffQueryVariables>;
export const SetTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upgraded"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collective"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"residential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residential"}}},{"kind":"Argument","name":{"kind":"Name","value":"upgraded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upgraded"}}},{"kind":"Argument","name":{"kind":"Name","value":"collective"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collective"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isSet"}},{"kind":"Field","name":{"kind":"Name","value":"residential"}},{"kind":"Field","name":{"kind":"Name","value":"upgraded"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}}]}}]}}]} as unknown as DocumentNode<SetTariffMutation, SetTariffMutationVariables>;
export const ContractsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTerms"}},{"kind":"Field","name":{"kind":"Name","value":"staffOnRoster"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclesOnRoster"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revenueTarget"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleCount"}},{"kind":"Field","name":{"kind":"Name","value":"baseExpense"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudget"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudgetFromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCommissionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overTargetRate"}},{"kind":"Field","name":{"kind":"Name","value":"underTargetDeductionRate"}},{"kind":"Field","name":{"kind":"Name","value":"repairSavingsRewardRate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]} as unknown as DocumentNode<ContractsPageQuery, ContractsPageQueryVariables>;
export const ContractsSetContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractsSetContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTerms"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revenueTarget"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleCount"}},{"kind":"Field","name":{"kind":"Name","value":"baseExpense"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudget"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudgetFromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCommissionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overTargetRate"}},{"kind":"Field","name":{"kind":"Name","value":"underTargetDeductionRate"}},{"kind":"Field","name":{"kind":"Name","value":"repairSavingsRewardRate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]} as unknown as DocumentNode<ContractsSetContractMutation, ContractsSetContractMutationVariables>;
export const CostYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repairBudget"}},{"kind":"Field","name":{"kind":"Name","value":"baseExpense"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudgetFromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repairCost"}},{"kind":"Field","name":{"kind":"Name","value":"otherCost"}},{"kind":"Field","name":{"kind":"Name","value":"repairCostBeforeWindow"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyExchangeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<CostYearQuery, CostYearQueryVariables>;
export const CostMonthlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostMonthly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"repairCost"}},{"kind":"Field","name":{"kind":"Name","value":"otherCost"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CostMonthlyQuery, CostMonthlyQueryVariables>;
export const EntryRecordRevenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntryRecordRevenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevenueInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRevenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<EntryRecordRevenueMutation, EntryRecordRevenueMutationVariables>;
export const EntryRecordCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntryRecordCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<EntryRecordCostsMutation, EntryRecordCostsMutationVariables>;
export const EntryRecordCallbacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntryRecordCallbacks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCallbacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<EntryRecordCallbacksMutation, EntryRecordCallbacksMutationVariables>;
export const EntryRecordComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntryRecordComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordComplaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<EntryRecordComplaintsMutation, EntryRecordComplaintsMutationVariables>;
export const EntryRecordDispatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntryRecordDispatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDispatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<EntryRecordDispatchesMutation, EntryRecordDispatchesMutationVariables>;
export const EntryRecordHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntryRecordHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdsInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<EntryRecordHouseholdsMutation, EntryRecordHouseholdsMutationVariables>;
export const ImportHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<ImportHistoryQuery, ImportHistoryQueryVariables>;
export const RevenueLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevenueLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"netAmount"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"corrects"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevenueLedgerQuery, RevenueLedgerQueryVariables>;
export const CostLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"netAmount"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"corrects"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyExchange"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostLedgerQuery, CostLedgerQueryVariables>;
export const CallbackLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallbackLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CallbackLedgerQuery, CallbackLedgerQueryVariables>;
export const ComplaintLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"repeat"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintLedgerQuery, ComplaintLedgerQueryVariables>;
export const DispatchLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DispatchLedgerQuery, DispatchLedgerQueryVariables>;
export const LedgerVoidRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerVoidRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<LedgerVoidRecordMutation, LedgerVoidRecordMutationVariables>;
export const PayPayrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayPayroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"revenueTarget"}},{"kind":"Field","name":{"kind":"Name","value":"revenueActual"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudget"}},{"kind":"Field","name":{"kind":"Name","value":"repairCost"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commission"}},{"kind":"Field","name":{"kind":"Name","value":"overTargetBonus"}},{"kind":"Field","name":{"kind":"Name","value":"underTargetDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"repairSavingsReward"}},{"kind":"Field","name":{"kind":"Name","value":"repairOverspendCharge"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<PayPayrollQuery, PayPayrollQueryVariables>;
export const RevenueCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevenueCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionByMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hasRegister"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionByUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionFiguresFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"monthsWithRegister"}},{"kind":"Field","name":{"kind":"Name","value":"receivable"}},{"kind":"Field","name":{"kind":"Name","value":"collected"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"openingArrears"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsRecovered"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsRecoveryRate"}}]}}]} as unknown as DocumentNode<RevenueCollectionQuery, RevenueCollectionQueryVariables>;
export const RevenueMonthlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevenueMonthly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"viewingFee"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionFee"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RevenueMonthlyQuery, RevenueMonthlyQueryVariables>;
export const RevenueProjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevenueProjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueProjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"revenueTarget"}},{"kind":"Field","name":{"kind":"Name","value":"revenueToDate"}},{"kind":"Field","name":{"kind":"Name","value":"projectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"completionToDate"}},{"kind":"Field","name":{"kind":"Name","value":"projectedCompletion"}},{"kind":"Field","name":{"kind":"Name","value":"expectedShareToDate"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAmountNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<RevenueProjectionQuery, RevenueProjectionQueryVariables>;
export const RulesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementationRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<RulesPageQuery, RulesPageQueryVariables>;
export const RulesFileRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesFileRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileImplementationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RulesFileRuleMutation, RulesFileRuleMutationVariables>;
export const RulesAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeImplementationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<RulesAcknowledgeMutation, RulesAcknowledgeMutationVariables>;
export const ScoringPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"raters"}},{"kind":"Field","name":{"kind":"Name","value":"minRaters"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeeMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ScoringPageQuery, ScoringPageQueryVariables>;
export const ScoringOwnScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringOwnScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeScoreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]} as unknown as DocumentNode<ScoringOwnScoresQuery, ScoringOwnScoresQueryVariables>;
export const ScoringRegisteredMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringRegisteredMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScoringRegisteredMembersQuery, ScoringRegisteredMembersQueryVariables>;
export const ScoringSubmitScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringSubmitScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SheetScoreInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"member"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}},{"kind":"Argument","name":{"kind":"Name","value":"member"},"value":{"kind":"Variable","name":{"kind":"Name","value":"member"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeScoreFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitteeScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]} as unknown as DocumentNode<ScoringSubmitScoresMutation, ScoringSubmitScoresMutationVariables>;
export const ScoringSetCommitteeMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoringSetCommitteeMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"members"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommitteeMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"members"},"value":{"kind":"Variable","name":{"kind":"Name","value":"members"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScoringSetCommitteeMembersMutation, ScoringSetCommitteeMembersMutationVariables>;
export const ServiceYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbacksSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksBasicallySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"repeatComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchesOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchesLate"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchesRefused"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ServiceYearQuery, ServiceYearQueryVariables>;
export const ServiceMonthlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceMonthly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksBasicallySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"repeatComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchesOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchesLate"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchesRefused"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceMonthlyQuery, ServiceMonthlyQueryVariables>;
export const ServiceCommitteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ServiceCommitteeQuery, ServiceCommitteeQueryVariables>;
export const TokensListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokensList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<TokensListQuery, TokensListQueryVariables>;
export const TokensCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokensCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresInDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TokensCreateMutation, TokensCreateMutationVariables>;
export const TokensRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokensRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<TokensRevokeMutation, TokensRevokeMutationVariables>;
export const TrendsRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendsRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<TrendsRangeQuery, TrendsRangeQueryVariables>;
export const UnitsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"deputyHeadName"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"retiredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"nameInYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsPageQuery, UnitsPageQueryVariables>;
export const UnitRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<UnitRosterQuery, UnitRosterQueryVariables>;
export const UnitsUpsertUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnitsUpsertUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"deputyHeadName"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"retiredFrom"}}]}}]}}]} as unknown as DocumentNode<UnitsUpsertUnitMutation, UnitsUpsertUnitMutationVariables>;
export const UnitsRenameUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnitsRenameUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameEn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameEn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameEn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsRenameUnitMutation, UnitsRenameUnitMutationVariables>;
export const UnitsRetireUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnitsRetireUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"retiredFrom"}}]}}]}}]} as unknown as DocumentNode<UnitsRetireUnitMutation, UnitsRetireUnitMutationVariables>;
export const UnitsSetStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnitsSetStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staff"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMemberInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUnitStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"staff"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staff"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UnitsSetStaffMutation, UnitsSetStaffMutationVariables>;
export const UnitsSetVehiclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnitsSetVehicles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUnitVehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"vehicles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UnitsSetVehiclesMutation, UnitsSetVehiclesMutationVariables>;
export const UsersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<UsersListQuery, UsersListQueryVariables>;
export const UsersCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<UsersCreateMutation, UsersCreateMutationVariables>;
export const UsersUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<UsersUpdateMutation, UsersUpdateMutationVariables>;
export const WhatIfSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIfScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"complaintPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationObjectiveShare"}},{"kind":"Field","name":{"kind":"Name","value":"costCap"}},{"kind":"Field","name":{"kind":"Name","value":"minRaters"}},{"kind":"Field","name":{"kind":"Name","value":"overspendPenaltyPerPct"}},{"kind":"Field","name":{"kind":"Name","value":"refusedDispatchPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"repeatComplaintPenalty"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCap"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCollectionShare"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionObjectiveShare"}},{"kind":"Field","name":{"kind":"Name","value":"savingBonusPerPct"}},{"kind":"Field","name":{"kind":"Name","value":"trimThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}}]}}]}}]}}]} as unknown as DocumentNode<WhatIfSchemeQuery, WhatIfSchemeQueryVariables>;
export const WhatIfSimulateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIfSimulate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"baselineRank"}},{"kind":"Field","name":{"kind":"Name","value":"rankChange"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<WhatIfSimulateQuery, WhatIfSimulateQueryVariables>;
export const WhatIfSaveSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhatIfSaveScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<WhatIfSaveSchemeMutation, WhatIfSaveSchemeMutationVariables>;
export const OpenYearPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenYearPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"copyFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pct"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openYearPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"copyFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"copyFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"revenueTargetChangePct"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pct"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTerms"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTerms"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revenueTarget"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleCount"}},{"kind":"Field","name":{"kind":"Name","value":"baseExpense"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudget"}},{"kind":"Field","name":{"kind":"Name","value":"repairBudgetFromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCommissionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overTargetRate"}},{"kind":"Field","name":{"kind":"Name","value":"underTargetDeductionRate"}},{"kind":"Field","name":{"kind":"Name","value":"repairSavingsRewardRate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRef"}}]}}]}}]} as unknown as DocumentNode<OpenYearPreviewQuery, OpenYearPreviewQueryVariables>;
export const OpenYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"copyFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pct"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contracts"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"copyFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"copyFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"revenueTargetChangePct"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pct"}}},{"kind":"Argument","name":{"kind":"Name","value":"contracts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contracts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"revenueTarget"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OpenYearMutation, OpenYearMutationVariables>;