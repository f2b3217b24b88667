import { lazy } from "react";
import { useUnits } from "../../app/use-units.ts";
import { MAX_BAR_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { ChartCard } from "../../charts/ChartCard.tsx";
import { unitRowsHeight } from "../../charts/unit-axis.ts";
import { formatMonth } from "../../format/date.ts";
import { formatPercent } from "../../format/number.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { OUTCOME_COLORS } from "./chart-colors.ts";
import { serviceStrings } from "./service-strings.ts";
import { useServiceMonthly, useServiceYear } from "./service-queries.ts";
import { byLowestSatisfaction, CALLBACK_OUTCOMES, callbackShares, callbacksByMonth } from "./shape-callbacks.ts";
import { byMostComplaints, COMPLAINT_KINDS, complaintsByMonth, complaintsByUnit } from "./shape-complaints.ts";
import { percentOf } from "./shape-counts.ts";
import { byLowestOnTime, DISPATCH_OUTCOMES, dispatchesByMonth, dispatchesByUnit } from "./shape-dispatches.ts";
import type { UnitCountRow } from "./UnitCountsChart.tsx";

const UnitCountsChart = lazy(() => import("./UnitCountsChart.tsx"));
const MonthCountsChart = lazy(() => import("./MonthCountsChart.tsx"));

type Kind = "callbacks" | "complaints" | "dispatches";

interface Props {
  kind: Kind;
  year: number;
  selected: string | null;
  scopeName: string;
  onSelect: (code: string) => void;
}

/**
 * Renderer for one record kind as a pair of charts: per unit (from the year totals) and per
 * month for the unit picked or the department (from the monthly totals).
 */
export function CountCards({ kind, year, selected, scopeName, onSelect }: Props) {
  const t = useStrings(serviceStrings);
  const { lang } = useLang();
  const { name } = useUnits();
  const yearly = useServiceYear(year);
  const monthly = useServiceMonthly(year);
  const totals = yearly.data?.yearTotals ?? [];
  const months = (monthly.data?.monthlyTotals ?? []).filter((row) => selected === null || row.unit.code === selected);

  const keys = kind === "callbacks" ? CALLBACK_OUTCOMES : kind === "complaints" ? COMPLAINT_KINDS : DISPATCH_OUTCOMES;
  const labelsOf = kind === "callbacks" ? t.outcomes : kind === "complaints" ? t.complaintKinds : t.dispatchOutcomes;
  const series = keys.map((key) => ({ key, label: labelsOf[key], color: OUTCOME_COLORS[key] }));

  // Each chart puts the units that cost most points first (lowest 满意率, most complaints, lowest
  // 按时率), keeps the picked unit in view and draws at most MAX_BAR_UNITS of them.
  let ordered: UnitCountRow[];
  if (kind === "callbacks") {
    ordered = byLowestSatisfaction(callbackShares(totals)).map((row) => ({ ...row, rightLabel: formatPercent(row.satisfactionRate) }));
  } else if (kind === "complaints") {
    ordered = byMostComplaints(complaintsByUnit(totals)).map((row) => ({ ...row, rightLabel: String(row.total) }));
  } else {
    ordered = byLowestOnTime(dispatchesByUnit(totals)).map((row) => ({
      ...row,
      rightLabel: row.onTimeRate === null ? "—" : formatPercent(row.onTimeRate, 1),
    }));
  }
  const drawn = limitUnits(ordered, MAX_BAR_UNITS, (row) => row.unitCode, selected);
  const unitRows = drawn.shown;
  const points = kind === "callbacks" ? callbacksByMonth(months) : kind === "complaints" ? complaintsByMonth(months) : dispatchesByMonth(months);
  // A unit with nothing of this kind is still a row (zero is a result), but a year with nothing at all is empty.
  const nothing = ordered.every((row) => keys.every((key) => !row[key]));
  const monthEmpty = points.every((p) => p.total === 0);

  const formatValue = (row: UnitCountRow, key: string) => {
    const count = Number(row[key] ?? 0);
    const total = keys.reduce((sum, k) => sum + Number(row[k] ?? 0), 0);
    return kind === "complaints" ? String(count) : `${count} · ${formatPercent(percentOf(count, total), 1)}`;
  };
  const titles = {
    callbacks: [t.callbackSharesTitle, t.callbackSharesSub, t.callbacksMonthTitle(scopeName), t.callbacksMonthSub],
    complaints: [t.complaintsUnitTitle, t.complaintsUnitSub, t.complaintsMonthTitle(scopeName), t.complaintsMonthSub],
    dispatches: [t.dispatchUnitTitle, t.dispatchUnitSub, t.dispatchMonthTitle(scopeName), t.dispatchMonthSub],
  }[kind];
  const unitHeight = unitRowsHeight(unitRows.length, 40);
  // The month chart beside it has twelve bars whatever the number of units: it stops growing.
  const monthHeight = Math.min(unitHeight, 320);

  return (
    <div className="grid-2 service-row">
      <ChartCard
        title={titles[0]}
        subtitle={titles[1]}
        legend={series}
        loading={yearly.loading && !yearly.data}
        error={yearly.error}
        onRetry={() => void yearly.refetch()}
        empty={unitRows.length === 0 || nothing}
        emptyText={t.noData}
        height={unitHeight}
        unitsShown={{ shown: unitRows.length, total: drawn.total }}
      >
        <UnitCountsChart
          rows={unitRows}
          series={series}
          expand={kind === "callbacks"}
          selected={selected}
          unitName={name}
          formatValue={formatValue}
          onSelect={onSelect}
        />
      </ChartCard>
      <ChartCard
        title={titles[2]}
        subtitle={titles[3]}
        legend={series}
        loading={monthly.loading && !monthly.data}
        error={monthly.error}
        onRetry={() => void monthly.refetch()}
        empty={monthEmpty}
        emptyText={t.noData}
        height={monthHeight}
      >
        <MonthCountsChart points={points} series={series} monthLabel={(m) => formatMonth(m, lang)} totalLabel={t.total} />
      </ChartCard>
    </div>
  );
}
