import { lazy } from "react";
import { useUnits } from "../../app/use-units.ts";
import { MAX_BAR_UNITS } from "../../charts/chart-limits.ts";
import { ChartCard } from "../../charts/ChartCard.tsx";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { serviceStrings } from "./service-strings.ts";
import { useServiceCommittee } from "./service-queries.ts";
import { COMMITTEE_DIMENSIONS, committeeSpread, spreadDomain, spreadsToDraw } from "./shape-committee-spread.ts";

const ScoreSpreadChart = lazy(() => import("./ScoreSpreadChart.tsx"));

/** Renderer: how far the committee members agree, per unit, on satisfaction and on cooperation. */
export function CommitteeSpreadCards({ year, selected }: { year: number; selected: string | null }) {
  const t = useStrings(serviceStrings);
  const common = useStrings(commonStrings);
  const { name } = useUnits();
  const { data, loading, error, refetch } = useServiceCommittee(year);
  const all = committeeSpread(data?.committeeScores ?? []);
  // The widest disagreements first, in one order for both charts, the picked unit kept.
  const { spreads: spread, shown } = spreadsToDraw(all, MAX_BAR_UNITS, selected);
  // Both charts share one scale, so a wide spread on one dimension is not hidden by zooming.
  const domain = spreadDomain([...spread.SATISFACTION, ...spread.COOPERATION]);
  // Neutral swatches: in the chart each unit draws its box in its own colour.
  const legend = [
    { key: "range", label: t.spreadRange, color: "#52606d" },
    { key: "box", label: t.spreadBox, color: "#bcccdc" },
    { key: "median", label: t.spreadMedian, color: "#102a43" },
    { key: "dots", label: t.spreadDots, color: "#9fb3c8" },
  ];
  return (
    <div className="grid-2 service-row">
      {COMMITTEE_DIMENSIONS.map((dimension) => (
        <ChartCard
          key={dimension}
          title={t.spreadTitle(common.dimensions[dimension])}
          subtitle={t.spreadSub}
          legend={legend}
          loading={loading && !data}
          error={error}
          onRetry={() => void refetch()}
          empty={spread[dimension].length === 0}
          emptyText={t.noScores}
          height={280}
          unitsShown={shown[dimension]}
        >
          <ScoreSpreadChart spreads={spread[dimension]} domain={domain} selected={selected} unitName={name} tooltipLabels={t.spreadTooltip} />
        </ChartCard>
      ))}
    </div>
  );
}
