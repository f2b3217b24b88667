import { useUnits } from "../../app/use-units.ts";
import { formatWanNumber } from "../../format/money.ts";
import { formatPercent } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { UnitChip } from "../../ui/UnitChip.tsx";
import { costStrings } from "./cost-strings.ts";
import { useCostYear } from "./cost-queries.ts";
import { costSummary, costVsBudget } from "./shape-cost-vs-budget.ts";
import { SelectableUnitRow } from "../../ui/SelectableUnitRow.tsx";

const signed = (value: number) => (value > 0 ? `+${formatWanNumber(value)}` : formatWanNumber(value));
const tone = (value: number) => (value < 0 ? "num delta--down" : value > 0 ? "num delta--up" : "num");

/** Every figure behind the charts, per unit, with what was recorded but not counted. */
export function CostTable({ year, selected, onSelect }: { year: number; selected: string | null; onSelect: (code: string) => void }) {
  const t = useStrings(costStrings);
  const { units } = useUnits();
  const { data, loading, error } = useCostYear(year);
  const order = new Map(units.map((unit, index) => [unit.code, index]));
  const rows = data
    ? costVsBudget(data.contracts, data.yearTotals).sort((a, b) => (order.get(a.unitCode) ?? 99) - (order.get(b.unitCode) ?? 99))
    : [];
  const total = data ? costSummary(data.contracts, data.yearTotals, null) : null;
  return (
    <div className="card">
      <div className="card-head">
        <h2>{t.tableTitle}</h2>
        <span className="muted">
          {t.tableUnit} · <span className="no-print">{t.rowHint}</span>
        </span>
      </div>
      <ErrorAlert error={error} />
      {loading && !data ? (
        <div className="chart-skeleton" style={{ height: 200 }} role="status" />
      ) : (
        <div className="table-wrap">
          <table className="cost-table" data-testid="cost-table">
            <thead>
              <tr>
                <th>{t.unit}</th>
                <th className="num">{t.colRepairBudget}</th>
                <th className="num">{t.colRepairCost}</th>
                <th className="num">{t.colRepairSaving}</th>
                <th className="num">{t.colBaseExpense}</th>
                <th className="num">{t.colOtherCost}</th>
                <th className="num">{t.colBudget}</th>
                <th className="num">{t.colSpent}</th>
                <th className="num">{t.colSaving}</th>
                <th className="num">{t.colUsed}</th>
                <th className="num" title={t.notCountedHint}>
                  {t.colNotCounted} ⓘ
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <SelectableUnitRow key={row.unitCode} unitCode={row.unitCode} selected={row.unitCode === selected} onSelect={onSelect}>
                  <td>
                    <UnitChip code={row.unitCode} />
                  </td>
                  <td className="num">{formatWanNumber(row.repairBudget)}</td>
                  <td className="num">{formatWanNumber(row.repairCost)}</td>
                  <td className={tone(row.repairSaving)}>{signed(row.repairSaving)}</td>
                  <td className="num">{formatWanNumber(row.baseExpense)}</td>
                  <td className="num">{formatWanNumber(row.otherCost)}</td>
                  <td className="num">{formatWanNumber(row.budget)}</td>
                  <td className="num" data-testid="spent">
                    {formatWanNumber(row.spent)}
                  </td>
                  <td className={tone(row.saving)} data-testid="saving">
                    {signed(row.saving)}
                  </td>
                  <td className="num">{row.usedPercent === null ? t.notAssessed : formatPercent(row.usedPercent)}</td>
                  <td className="num muted">{row.notCounted === 0 ? "—" : formatWanNumber(row.notCounted)}</td>
                </SelectableUnitRow>
              ))}
            </tbody>
            {total && rows.length > 1 && (
              <tfoot>
                <tr>
                  <td>{t.kpiUnits(total.unitCount)}</td>
                  <td className="num">{formatWanNumber(total.repairBudget)}</td>
                  <td className="num">{formatWanNumber(total.repairCost)}</td>
                  <td className={tone(total.repairSaving)}>{signed(total.repairSaving)}</td>
                  <td className="num">{formatWanNumber(total.baseExpense)}</td>
                  <td className="num">{formatWanNumber(total.otherCost)}</td>
                  <td className="num">{formatWanNumber(total.budget)}</td>
                  <td className="num">{formatWanNumber(total.spent)}</td>
                  <td className={tone(total.saving)}>{signed(total.saving)}</td>
                  <td className="num">{formatPercent(total.usedPercent)}</td>
                  <td className="num muted">{total.notCounted === 0 ? "—" : formatWanNumber(total.notCounted)}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </div>
  );
}
