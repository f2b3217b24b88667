import { lazy } from "react";
import { useUnits } from "../../app/use-units.ts";
import { MAX_LINE_UNITS } from "../../charts/chart-limits.ts";
import { ChartCard } from "../../charts/ChartCard.tsx";
import { unitColor } from "../../charts/unit-colors.ts";
import { formatScore } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { byRank, byTotal, limitTrendSeries, rankTicks, trendSeries, worstDrawnRank } from "./shape-trend-series.ts";
import { trendsStrings } from "./trends-strings.ts";
import { useTrends } from "./trends-queries.ts";

const TrendLinesChart = lazy(() => import("./TrendLinesChart.tsx"));

interface Props {
  years: readonly number[];
  selectedUnit: string | null;
  selectedYear: number | null;
}

/** Renderer: each unit's total and rank per year, side by side (rank axis reversed: first on top). */
export function TotalRankCards({ years, selectedUnit, selectedYear }: Props) {
  const t = useStrings(trendsStrings);
  const { name } = useUnits();
  const { data, loading, error, refetch } = useTrends(years);
  const points = data?.trends ?? [];
  // A line per unit for the first MAX_LINE_UNITS by the latest year's rank, the picked unit kept;
  // both charts draw the same units, so one legend serves both.
  const totals = limitTrendSeries(trendSeries(points, byTotal), MAX_LINE_UNITS, selectedUnit);
  const ranks = limitTrendSeries(trendSeries(points, byRank), MAX_LINE_UNITS, selectedUnit);
  // The rank axis reaches down to the lowest place a drawn line reaches, not the thousandth.
  const bottom = worstDrawnRank(ranks);
  const legend = totals.units.map((u) => ({ key: u.code, label: name(u.code), color: unitColor(u.code) }));
  const common = {
    loading: loading && !data,
    error,
    onRetry: () => void refetch(),
    empty: points.length === 0,
    emptyText: t.noData,
    legend,
    height: 300,
    unitsShown: { shown: totals.units.length, total: totals.total },
    // Years already finalised show every unit even to a station head: the page subtitle says what is shown.
    scopeNote: false,
  };
  return (
    <div className="grid-2 trends-row">
      <ChartCard title={t.totalTitle} subtitle={t.totalSub} {...common}>
        <TrendLinesChart
          rows={totals.rows}
          units={totals.units}
          unitName={name}
          formatValue={formatScore}
          selectedUnit={selectedUnit}
          selectedYear={selectedYear}
        />
      </ChartCard>
      <ChartCard title={t.rankTitle} subtitle={t.rankSub} {...common}>
        <TrendLinesChart
          rows={ranks.rows}
          units={ranks.units}
          unitName={name}
          formatValue={(rank) => t.rankValue(rank)}
          domain={[1, bottom]}
          ticks={rankTicks(bottom)}
          reversed
          selectedUnit={selectedUnit}
          selectedYear={selectedYear}
        />
      </ChartCard>
    </div>
  );
}
