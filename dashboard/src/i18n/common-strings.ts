import { defineStrings } from "./strings.ts";

/** Words many views share: dimensions, units of measure, record categories. */
export const commonStrings = defineStrings(
  {
    wan: "万元",
    yuan: "元",
    dimensions: { REVENUE: "经济指标", COST: "成本控制", SATISFACTION: "服务满意度", COOPERATION: "团结协作" } as Record<string, string>,
    dimensionsLong: {
      REVENUE: "经济指标完成情况",
      COST: "维修成本及其它成本控制",
      SATISFACTION: "服务质量和群众满意程度",
      COOPERATION: "团结协作和服从调度",
    } as Record<string, string>,
    unit: "单位",
    year: "年度",
    period: "期间",
    department: "全部门",
    total: "总分",
    rank: "名次",
    grade: "等级",
    score: "得分",
    save: "保存",
    cancel: "取消",
    edit: "编辑",
    close: "关闭",
    saving: "正在保存…",
    saved: "已保存",
    points: "分",
  },
  {
    wan: "10k yuan",
    yuan: "yuan",
    dimensions: { REVENUE: "Revenue", COST: "Cost control", SATISFACTION: "Satisfaction", COOPERATION: "Cooperation" },
    dimensionsLong: {
      REVENUE: "Revenue completion",
      COST: "Repair and other cost control",
      SATISFACTION: "Service quality and satisfaction",
      COOPERATION: "Cooperation and obeying dispatch",
    },
    unit: "Unit",
    year: "Year",
    period: "Period",
    department: "Department",
    total: "Total",
    rank: "Rank",
    grade: "Grade",
    score: "Score",
    save: "Save",
    cancel: "Cancel",
    edit: "Edit",
    close: "Close",
    saving: "Saving…",
    saved: "Saved",
    points: "pts",
  },
);

export const DIMENSIONS = ["REVENUE", "COST", "SATISFACTION", "COOPERATION"] as const;
