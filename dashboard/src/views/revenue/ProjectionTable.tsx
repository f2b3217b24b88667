import { useUnits } from "../../app/use-units.ts";
import { formatWanNumber } from "../../format/money.ts";
import { formatPercent } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { UnitChip } from "../../ui/UnitChip.tsx";
import { revenueStrings } from "./revenue-strings.ts";
import { useRevenueProjection } from "./revenue-queries.ts";
import { projectionRows, revenueSummary, type ProjectionOutlook } from "./shape-projection.ts";
import { SelectableUnitRow } from "../../ui/SelectableUnitRow.tsx";

const OUTLOOK_BADGE: Record<ProjectionOutlook, string> = {
  reached: "badge badge--excellent",
  onTrack: "badge badge--good",
  atRisk: "badge badge--pass",
  missed: "badge badge--fail",
};

const signed = (value: number) => (value > 0 ? `+${formatWanNumber(value)}` : formatWanNumber(value));

interface Props {
  year: number;
  asOf: string;
  midYear: boolean;
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * Per unit: collected, target, completion and — mid-year — the projected year end and what is
 * still needed each week; a finished year shows the over- or shortfall instead. 合计 at the foot.
 */
export function ProjectionTable({ year, asOf, midYear, selected, onSelect }: Props) {
  const t = useStrings(revenueStrings);
  const { units } = useUnits();
  const { data, loading, error } = useRevenueProjection(year, asOf);
  const source = data?.revenueProjection ?? [];
  const order = new Map(units.map((unit, index) => [unit.code, index]));
  const rows = projectionRows(source).sort((a, b) => (order.get(a.unitCode) ?? 99) - (order.get(b.unitCode) ?? 99));
  const total = revenueSummary(source, null);

  return (
    <div className="card">
      <div className="card-head">
        <h2>{midYear ? t.projectionTitle : t.finalTitle}</h2>
        <span className="muted no-print">{t.rowHint}</span>
      </div>
      <ErrorAlert error={error} />
      {loading && !data ? (
        <div className="chart-skeleton" style={{ height: 200 }} role="status" />
      ) : (
        <div className="table-wrap">
          <table className="revenue-table" data-testid="projection-table">
            <thead>
              <tr>
                <th>{t.unit}</th>
                <th className="num">{t.toDate}</th>
                <th className="num">{t.targetWan}</th>
                <th className="num">{t.completion}</th>
                {midYear ? (
                  <>
                    <th className="num">{t.projected}</th>
                    <th className="num">{t.projectedPct}</th>
                    <th className="num">{t.weekly}</th>
                    <th>{t.basis}</th>
                  </>
                ) : (
                  <th className="num">{t.gapWan}</th>
                )}
                <th>{t.outlook}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <SelectableUnitRow key={row.unitCode} unitCode={row.unitCode} selected={row.unitCode === selected} onSelect={onSelect}>
                  <td>
                    <UnitChip code={row.unitCode} />
                  </td>
                  <td className="num" data-testid="revenue-to-date">
                    {formatWanNumber(row.toDate)}
                  </td>
                  <td className="num">{formatWanNumber(row.target)}</td>
                  <td className="num" data-testid="completion">
                    {formatPercent(row.completionToDate)}
                  </td>
                  {midYear ? (
                    <>
                      <td className="num">{formatWanNumber(row.projected)}</td>
                      <td className="num">{formatPercent(row.projectedCompletion)}</td>
                      <td className="num">{row.weeklyNeeded === null ? "—" : formatWanNumber(row.weeklyNeeded)}</td>
                      <td className="muted" title={t.basisHint}>
                        {t.bases[row.basis] ?? row.basis}
                      </td>
                    </>
                  ) : (
                    <td className={row.gap < 0 ? "num delta--down" : "num delta--up"}>{signed(row.gap)}</td>
                  )}
                  <td>
                    <span className={OUTLOOK_BADGE[row.outlook]}>{t.outlooks[row.outlook]}</span>
                  </td>
                </SelectableUnitRow>
              ))}
            </tbody>
            {total && rows.length > 1 && (
              <tfoot>
                <tr>
                  <td>{t.kpiUnits(total.unitCount)}</td>
                  <td className="num">{formatWanNumber(total.toDate)}</td>
                  <td className="num">{formatWanNumber(total.target)}</td>
                  <td className="num">{formatPercent(total.completion)}</td>
                  {midYear ? (
                    <>
                      <td className="num">{formatWanNumber(total.projected)}</td>
                      <td className="num">{formatPercent(total.projectedCompletion)}</td>
                      <td className="num">{total.weeklyNeeded === null ? "—" : formatWanNumber(total.weeklyNeeded)}</td>
                      <td />
                    </>
                  ) : (
                    <td className="num">{signed(total.gap)}</td>
                  )}
                  <td />
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </div>
  );
}
