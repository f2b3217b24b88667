import { registerEnumType } from "type-graphql";

// String enums whose values are what the database stores and the API speaks.

export enum UnitKind {
  STATION = "STATION",
  FEE_HALL = "FEE_HALL",
  COLLECTIVE_GROUP = "COLLECTIVE_GROUP",
}
registerEnumType(UnitKind, {
  name: "UnitKind",
  description: "What kind of assessed unit (考核单位) this is.",
  valuesConfig: {
    STATION: { description: "管理站 — a regional management station (collection, repair, inspection)." },
    FEE_HALL: { description: "收费大厅 — the fee-collection hall." },
    COLLECTIVE_GROUP: { description: "集体户收费组 — the collective-accounts collection group." },
  },
});

export enum RevenueCategory {
  VIEWING_FEE = "VIEWING_FEE",
  INSPECTION_FEE = "INSPECTION_FEE",
  ARREARS = "ARREARS",
}
registerEnumType(RevenueCategory, {
  name: "RevenueCategory",
  description: "What a remittance (上解) was collected for.",
  valuesConfig: {
    VIEWING_FEE: { description: "收视费 — viewing fees." },
    INSPECTION_FEE: { description: "稽查费 — anti-piracy inspection fees." },
    ARREARS: { description: "老欠费 — old arrears collected." },
  },
});

export enum CostCategory {
  REPAIR_MATERIAL = "REPAIR_MATERIAL",
  SALARY = "SALARY",
  OVERTIME = "OVERTIME",
  MEALS = "MEALS",
  COMMUNICATION = "COMMUNICATION",
  VEHICLE = "VEHICLE",
  OTHER = "OTHER",
}
registerEnumType(CostCategory, {
  name: "CostCategory",
  description: "What a cost was spent on.",
  valuesConfig: {
    REPAIR_MATERIAL: { description: "维修材料 — repair material (counts against the repair budget)." },
    SALARY: { description: "工资 — salaries." },
    OVERTIME: { description: "加班费 — overtime." },
    MEALS: { description: "误餐费 — meal allowances." },
    COMMUNICATION: { description: "通讯费 — phone and communication." },
    VEHICLE: { description: "车辆燃料修理费 — vehicle fuel and repair." },
    OTHER: { description: "其它 — other running costs." },
  },
});

export enum CallbackOutcome {
  SATISFIED = "SATISFIED",
  BASICALLY_SATISFIED = "BASICALLY_SATISFIED",
  DISSATISFIED = "DISSATISFIED",
}
registerEnumType(CallbackOutcome, {
  name: "CallbackOutcome",
  description: "What the customer said on a service callback (回访).",
  valuesConfig: {
    SATISFIED: { description: "满意 — satisfied." },
    BASICALLY_SATISFIED: { description: "基本满意 — basically satisfied (counts half)." },
    DISSATISFIED: { description: "不满意 — dissatisfied." },
  },
});

export enum DispatchKind {
  EMERGENCY_REPAIR = "EMERGENCY_REPAIR",
  INSPECTION = "INSPECTION",
  OTHER = "OTHER",
}
registerEnumType(DispatchKind, {
  name: "DispatchKind",
  description: "What a cross-district dispatch order (调度) was for.",
  valuesConfig: {
    EMERGENCY_REPAIR: { description: "跨辖区重大突击抢修 — cross-district emergency repair." },
    INSPECTION: { description: "跨辖区突击稽查 — cross-district inspection." },
    OTHER: { description: "其它调度 — another dispatch." },
  },
});

export enum DispatchOutcome {
  ON_TIME = "ON_TIME",
  LATE = "LATE",
  REFUSED = "REFUSED",
}
registerEnumType(DispatchOutcome, {
  name: "DispatchOutcome",
  description: "How the unit answered a dispatch order.",
  valuesConfig: {
    ON_TIME: { description: "按时完成 — carried out on time." },
    LATE: { description: "延误 — carried out late (counts half)." },
    REFUSED: { description: "拒不服从 — refused (penalised)." },
  },
});

export enum Dimension {
  REVENUE = "REVENUE",
  COST = "COST",
  SATISFACTION = "SATISFACTION",
  COOPERATION = "COOPERATION",
}
registerEnumType(Dimension, {
  name: "Dimension",
  description: "The four assessment dimensions (考核内容).",
  valuesConfig: {
    REVENUE: { description: "经济指标完成情况 — revenue completion." },
    COST: { description: "维修成本及其它成本控制 — cost control." },
    SATISFACTION: { description: "服务质量和群众满意程度 — service quality and satisfaction." },
    COOPERATION: { description: "团结协作和服从调度 — cooperation and obeying dispatch." },
  },
});

export enum Grade {
  EXCELLENT = "EXCELLENT",
  GOOD = "GOOD",
  PASS = "PASS",
  FAIL = "FAIL",
}
registerEnumType(Grade, {
  name: "Grade",
  description: "The grade a total earns under the year's thresholds.",
  valuesConfig: {
    EXCELLENT: { description: "优秀 — excellent." },
    GOOD: { description: "良好 — good." },
    PASS: { description: "合格 — pass." },
    FAIL: { description: "不合格 — fail." },
  },
});

/** The dimensions the committee scores. */
export const COMMITTEE_DIMENSIONS = [Dimension.SATISFACTION, Dimension.COOPERATION] as const;
