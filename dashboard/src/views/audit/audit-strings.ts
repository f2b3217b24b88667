import { defineStrings } from "../../i18n/strings.ts";

export const auditStrings = defineStrings(
  {
    title: "审计日志",
    listTitle: "日志记录",
    intro: "每一次修改操作（含失败的尝试）都按时间记录在只追加的审计日志中，最新的在前。密码等凭据不会记录。",
    year: "年度",
    allYears: "全部年度",
    yearOption: (year: number) => `${year}年`,
    limit: "显示条数",
    limitOption: (n: number) => `最新 ${n} 条`,
    refresh: "刷新",
    shown: (n: number) => `显示 ${n} 条`,
    none: "没有符合条件的记录",
    columns: { at: "时间", actor: "操作人", action: "操作", year: "年度", reason: "原因", outcome: "结果", details: "详情" },
    ok: "成功",
    showDetails: "展开",
  },
  {
    title: "Audit log",
    listTitle: "Entries",
    intro:
      "Every change (failed attempts too) is written to the append-only audit log, newest first. Passwords and other credentials are never recorded.",
    year: "Year",
    allYears: "All years",
    yearOption: (year: number) => String(year),
    limit: "Show",
    limitOption: (n: number) => `newest ${n}`,
    refresh: "Refresh",
    shown: (n: number) => `${n} ${n === 1 ? "entry" : "entries"} shown`,
    none: "No entries match",
    columns: { at: "Time", actor: "Actor", action: "Action", year: "Year", reason: "Reason", outcome: "Outcome", details: "Details" },
    ok: "OK",
    showDetails: "Expand",
  },
);
