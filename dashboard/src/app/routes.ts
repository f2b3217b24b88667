import { lazyView, type LazyView } from "./lazy-view.ts";
import { ALL_ROLES, type Role } from "../auth/roles.ts";

export interface ViewRoute {
  /** The URL path; `/` shows the first view as well. */
  path: string;
  /** The navigation label (the view's own texts live in its folder). */
  label: { zh: string; en: string };
  /** Navigation group: 考核 assessment, 分析 analytics, 数据 data, 工具 tools, 系统 system. */
  group: "assessment" | "analytics" | "data" | "tools" | "system";
  /** Who sees the view in the navigation (the server still checks every request). */
  roles: readonly Role[];
  /** Each view is its own chunk, loaded on first visit (or preloaded at start for the first URL). */
  component: LazyView;
}

const READERS: Role[] = ["ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "CLERK"];

/** Every view, one line each, in navigation order. A view module default-exports its page. */
// prettier-ignore
export const VIEWS: ViewRoute[] = [
  {
    path: "/assessment",
    label: { zh: "年终考核", en: "Year-end assessment" },
    group: "assessment",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/assessment/AssessmentView.tsx")),
  },
  {
    path: "/what-if",
    label: { zh: "方案模拟", en: "What-if" },
    group: "assessment",
    roles: READERS,
    component: lazyView(() => import("../views/what-if/WhatIfView.tsx")),
  },
  {
    path: "/scoring",
    label: { zh: "考核小组评分", en: "Committee scoring" },
    group: "assessment",
    roles: READERS,
    component: lazyView(() => import("../views/scoring/ScoringView.tsx")),
  },
  {
    path: "/rules",
    label: { zh: "实施细则", en: "Implementation rules" },
    group: "assessment",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/rules/RulesView.tsx")),
  },
  {
    path: "/pay",
    label: { zh: "效益工资", en: "Performance pay" },
    group: "assessment",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/pay/PayView.tsx")),
  },
  {
    path: "/revenue",
    label: { zh: "创收", en: "Revenue" },
    group: "analytics",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/revenue/RevenueView.tsx")),
  },
  {
    path: "/cost",
    label: { zh: "成本", en: "Cost" },
    group: "analytics",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/cost/CostView.tsx")),
  },
  {
    path: "/service",
    label: { zh: "满意度与协作", en: "Satisfaction & cooperation" },
    group: "analytics",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/service/ServiceView.tsx")),
  },
  {
    path: "/trends",
    label: { zh: "趋势", en: "Trends" },
    group: "analytics",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/trends/TrendsView.tsx")),
  },
  {
    path: "/contracts",
    label: { zh: "目标责任书", en: "Contracts" },
    group: "data",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/contracts/ContractsView.tsx")),
  },
  {
    path: "/units",
    label: { zh: "单位与定员", en: "Units & rosters" },
    group: "data",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/units/UnitsView.tsx")),
  },
  {
    path: "/entry",
    label: { zh: "数据录入", en: "Data entry" },
    group: "data",
    roles: ["CLERK", "ADMIN"],
    component: lazyView(() => import("../views/entry/EntryView.tsx")),
  },
  {
    path: "/import",
    label: { zh: "导入", en: "Import" },
    group: "data",
    roles: ["CLERK", "ADMIN"],
    component: lazyView(() => import("../views/import/ImportView.tsx")),
  },
  {
    path: "/ledger",
    label: { zh: "台账", en: "Ledgers" },
    group: "data",
    roles: ["CLERK", "ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "STATION_HEAD"],
    component: lazyView(() => import("../views/ledger/LedgerView.tsx")),
  },
  {
    path: "/arrears",
    label: { zh: "欠费户", en: "Arrears" },
    group: "data",
    roles: ["CLERK", "ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "STATION_HEAD"],
    component: lazyView(() => import("../views/arrears/ArrearsView.tsx")),
  },
  {
    path: "/graphiql",
    label: { zh: "GraphQL 查询", en: "GraphQL explorer" },
    group: "tools",
    roles: ["ANALYST", "ADMIN", "EXECUTIVE"],
    component: lazyView(() => import("../views/graphiql/GraphiqlView.tsx")),
  },
  {
    path: "/users",
    label: { zh: "用户管理", en: "Users" },
    group: "system",
    roles: ["ADMIN"],
    component: lazyView(() => import("../views/users/UsersView.tsx")),
  },
  {
    path: "/tokens",
    label: { zh: "API 令牌", en: "API tokens" },
    group: "system",
    roles: ALL_ROLES,
    component: lazyView(() => import("../views/tokens/TokensView.tsx")),
  },
  {
    path: "/audit",
    label: { zh: "审计日志", en: "Audit log" },
    group: "system",
    roles: ["ADMIN", "COMMITTEE"],
    component: lazyView(() => import("../views/audit/AuditView.tsx")),
  },
];

export const NAV_GROUPS: ViewRoute["group"][] = ["assessment", "analytics", "data", "tools", "system"];

/** The view for a path: `/` is the year-end assessment; unknown paths get null. */
export function matchView(pathname: string): ViewRoute | null {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return VIEWS[0];
  return VIEWS.find((view) => view.path === path) ?? null;
}
