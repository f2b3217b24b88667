import { useUnits } from "../../app/use-units.ts";
import { formatScore } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { KpiStrip } from "../../ui/KpiStrip.tsx";
import { trendsStrings } from "./trends-strings.ts";
import { useTrends } from "./trends-queries.ts";
import { trendHighlights, type UnitChange } from "./shape-highlights.ts";

const signed = (value: number) => (value > 0 ? `+${formatScore(value)}` : formatScore(value));
const places = (value: number | null) => (value === null || value === 0 ? "—" : value > 0 ? `▲${value}` : `▼${-value}`);

/** Years covered, the latest leader, and who rose and fell most into the latest year. */
export function TrendsKpis({ years }: { years: readonly number[] }) {
  const t = useStrings(trendsStrings);
  const { name } = useUnits();
  const { data, loading } = useTrends(years);
  const h = data ? trendHighlights(data.trends) : null;
  if (!loading && !h) return null;
  const change = (c: UnitChange | null) => (c ? t.kpiChangeNote(signed(c.totalDelta), places(c.rankDelta)) : undefined);
  const last = h?.lastYear ?? years[0] ?? 0;
  return (
    <KpiStrip
      loading={loading && !data}
      items={[
        { key: "years", label: t.kpiYears, value: h ? `${h.firstYear}–${h.lastYear}` : "", note: h ? t.kpiYearsNote(h.unitCount) : undefined },
        {
          key: "leader",
          label: t.kpiLeader(last),
          value: h?.leader ? name(h.leader.unitCode) : t.none,
          note: h?.leader ? t.kpiLeaderNote(formatScore(h.leader.total)) : undefined,
        },
        {
          key: "improved",
          label: t.kpiImproved(last),
          value: h?.mostImproved ? name(h.mostImproved.unitCode) : t.none,
          tone: h?.mostImproved ? "good" : "neutral",
          note: change(h?.mostImproved ?? null),
        },
        {
          key: "declined",
          label: t.kpiDeclined(last),
          value: h?.mostDeclined ? name(h.mostDeclined.unitCode) : t.none,
          tone: h?.mostDeclined ? "bad" : "neutral",
          note: change(h?.mostDeclined ?? null),
        },
      ]}
    />
  );
}
