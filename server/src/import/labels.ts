import { CallbackOutcome, CostCategory, DispatchKind, DispatchOutcome, RevenueCategory } from "../common/enums.ts";

/** What finance's and the service desk's sheets call each code (the first is the one shown). */
export const REVENUE_CATEGORY_LABELS: Record<RevenueCategory, readonly string[]> = {
  [RevenueCategory.VIEWING_FEE]: ["收视费", "收视维护费", "viewing fee"],
  [RevenueCategory.INSPECTION_FEE]: ["稽查费", "稽查收入", "inspection fee"],
  [RevenueCategory.ARREARS]: ["老欠费", "欠费", "陈欠", "arrears"],
};

export const COST_CATEGORY_LABELS: Record<CostCategory, readonly string[]> = {
  [CostCategory.REPAIR_MATERIAL]: ["维修材料", "维修材料费", "材料费", "repair material"],
  [CostCategory.SALARY]: ["工资", "salary"],
  [CostCategory.OVERTIME]: ["加班费", "overtime"],
  [CostCategory.MEALS]: ["误餐费", "餐费", "meals"],
  [CostCategory.COMMUNICATION]: ["通讯费", "通信费", "communication"],
  [CostCategory.VEHICLE]: ["车辆燃料修理费", "车辆费", "油费", "vehicle"],
  [CostCategory.OTHER]: ["其它", "其他", "other"],
};

export const CALLBACK_OUTCOME_LABELS: Record<CallbackOutcome, readonly string[]> = {
  [CallbackOutcome.SATISFIED]: ["满意", "satisfied"],
  [CallbackOutcome.BASICALLY_SATISFIED]: ["基本满意", "basically satisfied"],
  [CallbackOutcome.DISSATISFIED]: ["不满意", "dissatisfied"],
};

export const DISPATCH_KIND_LABELS: Record<DispatchKind, readonly string[]> = {
  [DispatchKind.EMERGENCY_REPAIR]: ["抢修", "紧急抢修", "emergency repair"],
  [DispatchKind.INSPECTION]: ["稽查", "inspection"],
  [DispatchKind.OTHER]: ["其它", "其他", "other"],
};

export const DISPATCH_OUTCOME_LABELS: Record<DispatchOutcome, readonly string[]> = {
  [DispatchOutcome.ON_TIME]: ["按时完成", "按时", "及时", "on time"],
  [DispatchOutcome.LATE]: ["延误", "迟到", "超时", "late"],
  [DispatchOutcome.REFUSED]: ["拒不服从", "拒绝", "拒不执行", "refused"],
};
