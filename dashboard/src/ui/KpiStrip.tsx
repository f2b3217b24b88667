import type { ReactNode } from "react";
import "./kpi-strip.css";

export interface Kpi {
  key: string;
  label: string;
  value: ReactNode;
  /** Unit of the value, set smaller beside it ("万元", "%"). */
  unit?: string;
  /** A line under the value: the comparison that gives the figure meaning. */
  note?: ReactNode;
  tone?: "good" | "bad" | "neutral";
}

/** The few headline figures of a view, large, above its charts. */
export function KpiStrip({ items, loading }: { items: Kpi[]; loading?: boolean }) {
  return (
    <dl className="kpi-strip" aria-busy={loading}>
      {items.map((item) => (
        <div key={item.key} className={`kpi kpi--${item.tone ?? "neutral"}`}>
          <dt className="kpi__label">{item.label}</dt>
          <dd className="kpi__value">
            {loading ? (
              <span className="kpi__skeleton" />
            ) : (
              <>
                <span className="kpi__number">{item.value}</span>
                {item.unit && <span className="kpi__unit">{item.unit}</span>}
              </>
            )}
          </dd>
          {item.note && !loading && <dd className="kpi__note">{item.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
