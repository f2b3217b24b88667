import { defineStrings } from "../i18n/strings.ts";
import { useStrings } from "../i18n/I18nProvider.tsx";

export const gradeStrings = defineStrings({ EXCELLENT: "优秀", GOOD: "良好", PASS: "合格", FAIL: "不合格" } as Record<string, string>, {
  EXCELLENT: "Excellent",
  GOOD: "Good",
  PASS: "Pass",
  FAIL: "Fail",
});

/** 优秀 / 良好 / 合格 / 不合格 in their colours. */
export function GradeBadge({ grade }: { grade: string }) {
  const t = useStrings(gradeStrings);
  return <span className={`badge badge--${grade.toLowerCase()}`}>{t[grade] ?? grade}</span>;
}
