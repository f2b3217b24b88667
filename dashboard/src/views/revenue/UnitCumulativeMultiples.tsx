import { useUnits } from "../../app/use-units.ts";
import { MAX_LINE_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { DEPARTMENT_COLOR, PACE_COLOR, TARGET_COLOR } from "./chart-colors.ts";
import { CumulativeRevenueCard } from "./CumulativeRevenueCard.tsx";
import { revenueStrings } from "./revenue-strings.ts";
import { useRevenueProjection } from "./revenue-queries.ts";
import { unitCodesByCompletion } from "./shape-completion.ts";

interface Props {
  year: number;
  asOf: string;
  month: number;
  midYear: boolean;
}

/**
 * 各单位累计上解: a small cumulative chart per unit under one shared legend. With many units
 * only the first MAX_LINE_UNITS by completion (best first, as the completion chart) get a chart:
 * a thousand small charts read as noise; the projection table lists every unit.
 */
export function UnitCumulativeMultiples({ year, asOf, month, midYear }: Props) {
  const t = useStrings(revenueStrings);
  const { units, name } = useUnits();
  const { data } = useRevenueProjection(year, asOf);
  const completions = (data?.revenueProjection ?? []).map((row) => ({
    unit: row.unit,
    revenueActual: row.revenueToDate,
    revenueTarget: row.revenueTarget,
    completionRate: row.completionToDate,
  }));
  const order = unitCodesByCompletion(
    units.map((u) => u.code),
    completions,
  );
  const drawn = limitUnits(order, MAX_LINE_UNITS, (code) => code);
  return (
    <section className="small-multiples-section">
      <div className="card-head">
        <div>
          <h2>{t.perUnitTitle}</h2>
          {drawn.hidden > 0 && (
            <div className="chart-card__limited" data-testid="chart-units-limited">
              {t.perUnitLimited(drawn.shown.length, drawn.total)}
            </div>
          )}
        </div>
        <ul className="legend">
          <li>
            <span className="swatch" style={{ background: DEPARTMENT_COLOR }} />
            {t.actual}
          </li>
          {midYear && (
            <li>
              <span className="swatch swatch--dashed" style={{ borderColor: DEPARTMENT_COLOR }} />
              {t.projection}
            </li>
          )}
          <li>
            <span className="swatch" style={{ background: TARGET_COLOR }} />
            {t.target}
          </li>
          <li>
            <span className="swatch" style={{ background: PACE_COLOR }} />
            {t.pace}
          </li>
          <li className="muted">· {t.cumulativeSub}</li>
        </ul>
      </div>
      <div className="small-multiples">
        {drawn.shown.map((code) => (
          <CumulativeRevenueCard key={code} year={year} asOf={asOf} month={month} unitCode={code} title={name(code)} compact showLegend={false} />
        ))}
      </div>
    </section>
  );
}
