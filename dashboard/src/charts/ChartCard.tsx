import { Suspense, useId, useRef, type ReactNode } from "react";
import { shellStrings } from "../app/shell-strings.ts";
import { useUnitScope } from "../app/use-units.ts";
import { ChartDownloadMenu } from "./ChartDownloadMenu.tsx";
import { defineStrings } from "../i18n/strings.ts";
import { useStrings } from "../i18n/I18nProvider.tsx";
import { describeError } from "../api/errors.ts";

const strings = defineStrings(
  {
    loading: "加载中…",
    empty: "暂无数据",
    error: "加载失败",
    retry: "重试",
    limited: (shown: number, total: number) => `图中显示 ${shown} 个单位(共 ${total} 个),完整数据见表格`,
  },
  {
    loading: "Loading…",
    empty: "No data",
    error: "Could not load",
    retry: "Retry",
    limited: (shown: number, total: number) => `Showing ${shown} of ${total} units; the table lists them all`,
  },
);

export interface LegendItem {
  key: string;
  label: string;
  color: string;
}

export interface ChartCardProps {
  title: string;
  /** Axis units and what is plotted, e.g. "万元 · 按月". */
  subtitle?: string;
  /** Drawn as HTML so it shows (and prints) in the same colours while the chart loads. */
  legend?: LegendItem[];
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** True when loaded but there is nothing to draw. */
  empty?: boolean;
  emptyText?: string;
  height?: number;
  /** The pure chart, usually a React.lazy component (Recharts loads on first use). */
  children: ReactNode;
  testId?: string;
  /** Set when a per-unit chart draws only some units (see limitUnits): says so under the title. */
  unitsShown?: { shown: number; total: number };
  /**
   * Whether to say under the title that a station head sees only their unit (default true). Off
   * where the chart spans years, some of which may already show every unit.
   */
  scopeNote?: boolean;
}

/**
 * The frame every chart sits in: title, units, legend, and the loading skeleton, empty and
 * error states, so chart renderers only decide which state they are in.
 */
export function ChartCard({
  title,
  subtitle,
  legend,
  loading,
  error,
  onRetry,
  empty,
  emptyText,
  height = 280,
  children,
  testId,
  unitsShown,
  scopeNote = true,
}: ChartCardProps) {
  const t = useStrings(strings);
  const shell = useStrings(shellStrings);
  const scope = useUnitScope();
  const bodyRef = useRef<HTMLDivElement>(null);
  // The figure is named by its title alone (the caption also holds the legend and notes).
  const titleId = useId();
  const skeleton = <div className="chart-skeleton" style={{ height }} aria-label={t.loading} role="status" />;
  const drawn = !error && !loading && !empty;
  let body: ReactNode;
  if (error) {
    body = (
      <div className="chart-state chart-state--error" style={{ height }} role="alert">
        <span>
          {t.error}: {describeError(error)}
        </span>
        {onRetry && (
          <button type="button" className="btn btn--small" onClick={onRetry}>
            {t.retry}
          </button>
        )}
      </div>
    );
  } else if (loading) {
    body = skeleton;
  } else if (empty) {
    body = (
      <div className="chart-state" style={{ height }}>
        {emptyText ?? t.empty}
      </div>
    );
  } else {
    body = (
      <Suspense fallback={skeleton}>
        <div ref={bodyRef} style={{ height }}>
          {children}
        </div>
      </Suspense>
    );
  }
  return (
    <figure className="card chart-card" data-testid={testId} aria-labelledby={titleId}>
      <figcaption className="chart-card__head">
        <div>
          <h3 className="chart-card__title" id={titleId}>
            {title}
          </h3>
          {subtitle && <div className="chart-card__subtitle">{subtitle}</div>}
          {scopeNote && scope.limited && <div className="chart-card__limited">{shell.onlyOwnUnitShort(scope.scopeName)}</div>}
          {unitsShown && unitsShown.shown < unitsShown.total && (
            <div className="chart-card__limited">{t.limited(unitsShown.shown, unitsShown.total)}</div>
          )}
        </div>
        <div className="chart-card__side">
          {legend && legend.length > 0 && (
            <ul className="legend">
              {legend.map((item) => (
                <li key={item.key}>
                  <span className="swatch" style={{ background: item.color }} />
                  {item.label}
                </li>
              ))}
            </ul>
          )}
          {drawn && <ChartDownloadMenu body={bodyRef} heading={{ title, subtitle, legend }} />}
        </div>
      </figcaption>
      {body}
    </figure>
  );
}
