import { GradeBadge, gradeStrings } from "../GradeBadge.tsx";
import { UnitChip } from "../UnitChip.tsx";
import type { Column } from "./table-types.ts";

/** The unit column every per-unit table starts with: colour chip on screen, the name in exports. */
export function unitColumn<Row>(header: string, code: (row: Row) => string, name: (code: string) => string): Column<Row> {
  return {
    key: "unit",
    header,
    kind: "text",
    value: (row) => name(code(row)),
    cell: (row) => <UnitChip code={code(row)} />,
  };
}

const GRADE_ORDER: Record<string, number> = { FAIL: 0, PASS: 1, GOOD: 2, EXCELLENT: 3 };

/** 优秀 / 良好 / 合格 / 不合格 as a badge; sorts by the grade's order, not its name. */
export function gradeColumn<Row>(header: string, grade: (row: Row) => string | null, lang: "zh" | "en", key = "grade"): Column<Row> {
  return {
    key,
    header,
    kind: "text",
    value: (row) => {
      const g = grade(row);
      return g === null ? null : (gradeStrings[lang][g] ?? g);
    },
    sortValue: (row) => {
      const g = grade(row);
      return g === null ? null : (GRADE_ORDER[g] ?? -1);
    },
    cell: (row) => {
      const g = grade(row);
      return g === null ? "—" : <GradeBadge grade={g} />;
    },
  };
}
