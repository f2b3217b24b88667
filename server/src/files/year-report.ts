import type ExcelJS from "exceljs";
import { excel } from "./exceljs.ts";
import type { Response } from "express";
import type { Knex } from "knex";
import { getAssessment } from "../assessment/assessment.service.ts";
import { payroll } from "../assessment/payroll.service.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import type { Language } from "../i18n/request-context.ts";
import { scoresOfYear } from "../scores/score.service.ts";

const MONEY = "#,##0.00";
const WAN = "#,##0.00";
const SCORE = "0.00";

const DIMENSIONS = [
  { dimension: "REVENUE", zh: "创收", en: "Revenue" },
  { dimension: "COST", zh: "费用", en: "Cost" },
  { dimension: "SATISFACTION", zh: "满意度", en: "Satisfaction" },
  { dimension: "COOPERATION", zh: "协作", en: "Cooperation" },
] as const;
const GRADES: Record<string, { zh: string; en: string }> = {
  EXCELLENT: { zh: "优秀", en: "Excellent" },
  GOOD: { zh: "良好", en: "Good" },
  PASS: { zh: "合格", en: "Pass" },
  FAIL: { zh: "不合格", en: "Fail" },
};

const t = (language: Language, zh: string, en: string) => (language === "zh" ? zh : en);
const wan = (yuan: string) => Number(yuan) / 10_000;

/**
 * The year-end report as one workbook: the ranking; one sheet per dimension with every unit's
 * inputs, score and how it was reached; the pay sheet (whole year and each quarter to date); and
 * the committee's scores — only once the year is finalised, as the visibility rule says. A station
 * head's workbook holds their own unit of an open year, like every other figure they read.
 */
export async function writeYearReport(knex: Knex, scope: ViewerScope, year: number, language: Language, res: Response): Promise<void> {
  const assessment = await getAssessment(knex, year);
  const results = await scope.keep(year, assessment.results);
  const workbook = new (await excel()).stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const state = assessment.finalized ? t(language, "已定稿", "finalised") : t(language, "未定稿(实时预览)", "not finalised (live preview)");
  const sheet = (name: string, title: string, headers: string[], widths: number[]) => {
    const ws = workbook.addWorksheet(name);
    ws.addRow([`${year} ${title} — ${state}`]).commit();
    const head = ws.addRow(headers);
    head.font = { bold: true };
    head.commit();
    widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    return ws;
  };
  const addRow = (ws: ExcelJS.Worksheet, values: unknown[], formats: (string | null)[] = []) => {
    const row = ws.addRow(values);
    formats.forEach((format, i) => {
      if (format) row.getCell(i + 1).numFmt = format;
    });
    row.commit();
  };

  const ranking = sheet(
    t(language, "排名", "Ranking"),
    t(language, "年度考核排名", "year-end ranking"),
    [
      t(language, "名次", "Rank"),
      t(language, "单位", "Unit"),
      t(language, "总分", "Total"),
      t(language, "等级", "Grade"),
      t(language, "创收任务(万元)", "Revenue target (10k yuan)"),
      t(language, "实际上解(万元)", "Revenue (10k yuan)"),
      t(language, "完成率(%)", "Completion (%)"),
      t(language, "维修材料费(元)", "Repair cost (yuan)"),
      t(language, "其他费用(元)", "Other cost (yuan)"),
      ...DIMENSIONS.map((d) => t(language, `${d.zh}得分`, `${d.en} score`)),
    ],
    [6, 16, 8, 8, 14, 14, 10, 14, 14, 10, 10, 10, 10],
  );
  for (const r of results) {
    addRow(
      ranking,
      [
        r.rank,
        r.unitName,
        Number(r.total),
        GRADES[r.grade]?.[language] ?? r.grade,
        wan(r.revenueTarget),
        wan(r.revenueActual),
        Number(r.completionRate),
        Number(r.repairCost),
        Number(r.otherCost),
        ...r.scores.map((s) => (s.score === null ? t(language, "不适用", "n/a") : Number(s.score))),
      ],
      [null, null, SCORE, null, WAN, WAN, SCORE, MONEY, MONEY, SCORE, SCORE, SCORE, SCORE],
    );
  }
  ranking.commit();

  for (const d of DIMENSIONS) {
    const ws = sheet(
      d[language],
      t(language, `${d.zh}得分`, `${d.en} scores`),
      [
        t(language, "单位", "Unit"),
        t(language, "得分", "Score"),
        t(language, "权重", "Weight"),
        t(language, "输入", "Inputs"),
        t(language, "计算", "How it was reached"),
      ],
      [16, 8, 8, 60, 80],
    );
    for (const r of results) {
      const score = r.scores.find((s) => s.dimension === d.dimension);
      if (!score) continue;
      addRow(
        ws,
        [
          r.unitName,
          score.score === null ? t(language, "不适用", "n/a") : Number(score.score),
          score.weight,
          score.inputs.map((part) => `${part.label[language]}: ${part.value}`).join(language === "zh" ? ";" : "; "),
          score.formula[language],
        ],
        [null, SCORE],
      );
    }
    ws.commit();
  }

  const pay = sheet(
    t(language, "绩效工资", "Pay"),
    t(language, "绩效工资(全年及各季度累计)", "performance pay (whole year and quarters to date)"),
    [
      t(language, "单位", "Unit"),
      t(language, "期间", "Period"),
      t(language, "创收任务(元)", "Target (yuan)"),
      t(language, "实际上解(元)", "Revenue (yuan)"),
      t(language, "收入提成", "Commission"),
      t(language, "超收提成", "Over-target bonus"),
      t(language, "欠收例扣", "Under-target deduction"),
      t(language, "节余奖励", "Savings reward"),
      t(language, "超支自负", "Overspend charge"),
      t(language, "合计", "Net"),
    ],
    [16, 14, 14, 14, 12, 12, 12, 12, 12, 12],
  );
  const names = new Map(results.map((r) => [r.unitId, r.unitName]));
  const periods: (number | null)[] = [null, 1, 2, 3, 4];
  const lines = (await Promise.all(periods.map((quarter) => payroll(knex, year, quarter)))).flat();
  for (const line of await scope.keep(year, lines)) {
    const period = line.quarter === null ? t(language, "全年", "Whole year") : t(language, `1–${line.quarter * 3} 月`, `Q1–Q${line.quarter}`);
    addRow(
      pay,
      [
        names.get(line.unitId) ?? line.unitCode,
        period,
        Number(line.revenueTarget),
        Number(line.revenueActual),
        Number(line.pay.commission),
        Number(line.pay.overTargetBonus),
        Number(line.pay.underTargetDeduction),
        Number(line.pay.repairSavingsReward),
        Number(line.pay.repairOverspendCharge),
        Number(line.pay.net),
      ],
      [null, null, MONEY, MONEY, MONEY, MONEY, MONEY, MONEY, MONEY, MONEY],
    );
  }
  pay.commit();

  if (assessment.finalized) {
    const ws = sheet(
      t(language, "考核小组评分", "Committee scores"),
      t(language, "考核小组评分", "committee scores"),
      [
        t(language, "单位", "Unit"),
        t(language, "维度", "Dimension"),
        t(language, "委员", "Member"),
        t(language, "分数", "Score"),
        t(language, "评语", "Comment"),
      ],
      [16, 12, 14, 8, 60],
    );
    const scores = await scoresOfYear(knex, scope, year);
    for (const score of scores) {
      const dimension = DIMENSIONS.find((d) => d.dimension === score.dimension);
      addRow(
        ws,
        [names.get(score.unitId) ?? score.unitId, dimension?.[language] ?? score.dimension, score.member.name, score.score, score.comment ?? ""],
        [null, null, null, SCORE],
      );
    }
    ws.commit();
  }
  await workbook.commit();
}
