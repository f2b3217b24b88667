import { Dimension, Grade } from "../common/enums.ts";
import type { AssessmentView } from "../assessment/assessment.service.ts";
import type { UnitResult } from "../assessment/scoring/index.ts";

export const GRADE_LABELS: Record<Grade, { zh: string; en: string }> = {
  [Grade.EXCELLENT]: { zh: "优秀", en: "Excellent" },
  [Grade.GOOD]: { zh: "良好", en: "Good" },
  [Grade.PASS]: { zh: "合格", en: "Pass" },
  [Grade.FAIL]: { zh: "不合格", en: "Fail" },
};

const HEADERS = {
  zh: ["名次", "单位", "创收", "成本", "满意度", "协作", "总分", "等级", "效益工资"],
  en: ["Rank", "Unit", "Revenue", "Cost", "Satisfaction", "Cooperation", "Total", "Grade", "Net pay"],
};

const DIMENSIONS = [Dimension.REVENUE, Dimension.COST, Dimension.SATISFACTION, Dimension.COOPERATION];

const scoreOf = (r: UnitResult, d: Dimension) => r.scores.find((s) => s.dimension === d)?.score ?? null;

/** Terminal columns: CJK characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, size: number, right: boolean) => (right ? " ".repeat(size - width(text)) + text : text + " ".repeat(size - width(text)));

/** The committee's ranking table, aligned for a terminal. */
export function formatRankingTable(assessment: AssessmentView, language: "zh" | "en"): string {
  const rows = assessment.results.map((r) => [
    String(r.rank),
    `${r.unitName} ${r.unitCode}${r.complete ? "" : " *"}`,
    ...DIMENSIONS.map((d) => scoreOf(r, d) ?? "—"),
    r.total,
    GRADE_LABELS[r.grade][language],
    r.pay.net,
  ]);
  const headers = HEADERS[language];
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]))));
  const numeric = (i: number) => i !== 1 && i !== 7;
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], numeric(i))).join("  ");
  const status =
    language === "zh"
      ? `${assessment.year} 年终考核 — ${assessment.finalized ? `已定稿 ${assessment.finalizedAt}` : "预览（未定稿）"}`
      : `${assessment.year} year-end assessment — ${assessment.finalized ? `finalised ${assessment.finalizedAt}` : "preview (not finalised)"}`;
  const incomplete = assessment.results.some((r) => !r.complete)
    ? `\n* ${language === "zh" ? "委员评分不足，暂不能定稿" : "too few committee scores: the year cannot be finalised yet"}`
    : "";
  return [status, "", line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n") + incomplete;
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function formatRankingCsv(results: UnitResult[]): string {
  const header = ["rank", "unitCode", "unitName", "revenue", "cost", "satisfaction", "cooperation", "total", "grade", "complete", "netPay"];
  const rows = results.map((r) => [
    String(r.rank),
    r.unitCode,
    r.unitName,
    ...DIMENSIONS.map((d) => scoreOf(r, d) ?? ""),
    r.total,
    r.grade,
    String(r.complete),
    r.pay.net,
  ]);
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\n")}\n`;
}
