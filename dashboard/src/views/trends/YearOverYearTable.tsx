import { formatScore } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { GradeBadge } from "../../ui/GradeBadge.tsx";
import { UnitChip } from "../../ui/UnitChip.tsx";
import { yearOverYear, type Direction } from "./shape-year-over-year.ts";
import { trendsStrings } from "./trends-strings.ts";
import { useTrends } from "./trends-queries.ts";
import { SelectableUnitRow } from "../../ui/SelectableUnitRow.tsx";

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
  const { data, loading, error } = useTrends(years);
  const table = yearOverYear(data?.trends ?? []);
  const finalized = new Map((data?.trends ?? []).map((p) => [p.year, p.finalized]));
  return (
    <div className="card">
      <div className="card-head">
        <h2>{t.yoyTitle}</h2>
        <span className="muted">{t.yoySub}</span>
      </div>
      <ErrorAlert error={error} />
      {loading && !data ? (
        <div className="chart-skeleton" style={{ height: 220 }} role="status" />
      ) : table.rows.length === 0 ? (
        !error && <p className="muted">{t.noData}</p>
      ) : (
        <div className="table-wrap">
          <table className="yoy-table" data-testid="yoy-table">
            <thead>
              <tr>
                <th rowSpan={2}>{t.unit}</th>
                {table.years.map((year) => (
                  <th key={year} colSpan={3} className="year-group">
                    {year}
                    {finalized.get(year) === false && (
                      <span className="badge badge--open" title={t.previewHint}>
                        {t.preview}
                      </span>
                    )}
                  </th>
                ))}
              </tr>
              <tr>
                {table.years.map((year) => [
                  <th key={`${year}-t`} className="num year-start">
                    {t.total}
                  </th>,
                  <th key={`${year}-r`} className="num">
                    {t.rank}
                  </th>,
                  <th key={`${year}-g`} />,
                ])}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <SelectableUnitRow key={row.unitCode} unitCode={row.unitCode} selected={row.unitCode === selectedUnit} onSelect={onSelect}>
                  <td>
                    <UnitChip code={row.unitCode} />
                  </td>
                  {row.cells.map((cell, i) =>
                    cell === null ? (
                      <td key={table.years[i]} colSpan={3} className="muted year-start">
                        —
                      </td>
                    ) : (
                      [
                        <td key={`${cell.year}-t`} className="num year-start" data-testid={`total-${cell.year}`}>
                          <strong>{formatScore(cell.total)}</strong>{" "}
                          <Delta value={cell.totalDelta} direction={cell.totalDirection} format={formatScore} />
                        </td>,
                        <td key={`${cell.year}-r`} className="num" data-testid={`rank-${cell.year}`}>
                          {cell.rank} <Delta value={cell.rankDelta} direction={cell.rankDirection} format={String} />
                        </td>,
                        <td key={`${cell.year}-g`}>
                          <GradeBadge grade={cell.grade} />
                        </td>,
                      ]
                    ),
                  )}
                </SelectableUnitRow>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
