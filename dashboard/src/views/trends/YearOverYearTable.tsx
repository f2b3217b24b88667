import { useUnits } from "../../app/use-units.ts";
import { formatScore } from "../../format/number.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { gradeColumn, unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { yearOverYear, type Direction, type YearOverYearRow } from "./shape-year-over-year.ts";
import { trendsStrings } from "./trends-strings.ts";
import { useTrends } from "./trends-queries.ts";

const ARROWS: Record<Direction, string> = { up: "▲", down: "▼", same: "—" };

function Delta({ value, direction, format }: { value: number | null; direction: Direction | null; format: (n: number) => string }) {
  if (value === null || direction === null) return null;
  return (
    <span className={`delta delta--${direction}`}>
      {ARROWS[direction]}
      {direction === "same" ? "" : format(Math.abs(value))}
    </span>
  );
}

interface Props {
  years: readonly number[];
  selectedUnit: string | null;
  onSelect: (code: string) => void;
}

/** Per unit and year: total and rank with ▲▼ change from the year before, and the grade. */
export function YearOverYearTable({ years, selectedUnit, onSelect }: Props) {
  const t = useStrings(trendsStrings);
  const common = useStrings(commonStrings);
  const { lang } = useLang();
  const { name } = useUnits();
  const { data, loading, error } = useTrends(years);
  const table = yearOverYear(data?.trends ?? []);
  const finalized = new Map((data?.trends ?? []).map((p) => [p.year, p.finalized]));
  const columns: Column<YearOverYearRow>[] = [
    unitColumn(t.unit, (r) => r.unitCode, name),
    ...table.years.flatMap((year, i): Column<YearOverYearRow>[] => {
      const group = String(year);
      return [
        {
          key: `total-${year}`,
          group,
          header: t.total,
          kind: "score",
          value: (r) => r.cells[i]?.total ?? null,
          testId: `total-${year}`,
          className: () => "year-start",
          cell: (r) => {
            const cell = r.cells[i];
            return cell ? (
              <>
                <strong>{formatScore(cell.total)}</strong> <Delta value={cell.totalDelta} direction={cell.totalDirection} format={formatScore} />
              </>
            ) : (
              <span className="muted">—</span>
            );
          },
        },
        {
          key: `rank-${year}`,
          group,
          header: t.rank,
          kind: "count",
          value: (r) => r.cells[i]?.rank ?? null,
          testId: `rank-${year}`,
          cell: (r) => {
            const cell = r.cells[i];
            return cell ? (
              <>
                {cell.rank} <Delta value={cell.rankDelta} direction={cell.rankDirection} format={String} />
              </>
            ) : (
              <span className="muted">—</span>
            );
          },
        },
        { ...gradeColumn(t.grade, (r) => r.cells[i]?.grade ?? null, lang, `grade-${year}`), group },
      ];
    }),
  ];
  return (
    <DataTable
      title={t.yoyTitle}
      note={t.yoySub}
      columns={columns}
      rows={table.rows}
      rowKey={(r) => r.unitCode}
      rowAttributes={(r) => ({ "data-unit": r.unitCode })}
      onSelect={(r) => onSelect(r.unitCode)}
      isSelected={(r) => r.unitCode === selectedUnit}
      groupHeader={(group) => (
        <>
          {group}
          {finalized.get(Number(group)) === false && (
            <span className="badge badge--open" title={t.previewHint}>
              {t.preview}
            </span>
          )}
        </>
      )}
      filters={[{ label: common.year, value: table.years.length ? `${table.years[0]}–${table.years.at(-1)}` : "" }]}
      loading={loading && !data}
      error={error}
      emptyText={t.noData}
      className="yoy-table"
    />
  );
}
