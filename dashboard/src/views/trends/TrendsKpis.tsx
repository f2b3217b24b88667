import { useUnits } from "../../app/use-units.ts";
import { can, useViewer } from "../../auth/index.ts";
import { formatScore } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { type Kpi, KpiStrip } from "../../ui/KpiStrip.tsx";
import { trendsStrings } from "./trends-strings.ts";
import { useTrends } from "./trends-queries.ts";
import { trendHighlights, type DepartmentHighlights, type UnitChange, type UnitHighlights } from "./shape-highlights.ts";

const signed = (value: number) => (value > 0 ? `+${formatScore(value)}` : formatScore(value));
const places = (value: number | null) => (value === null || value === 0 ? "—" : value > 0 ? `▲${value}` : `▼${-value}`);

/**
 * Years covered, then either the department's leader and largest rise and fall of the total, or —
 * for a station head whose latest year is still open — their own unit's rank and change.
 */
export function TrendsKpis({ years }: { years: readonly number[] }) {
  const t = useStrings(trendsStrings);
  const { name } = useUnits();
  const viewer = useViewer();
  const { data, loading } = useTrends(years);
  const limitedTo = can(viewer, "readAllUnits") ? null : (viewer?.unitCode ?? null);
  const h = data ? trendHighlights(data.trends, limitedTo) : null;
  if (!loading && !h) return null;
  const yearsKpi: Kpi = {
    key: "years",
    label: t.kpiYears,
    value: h ? `${h.firstYear}–${h.lastYear}` : "",
    note: h ? (h.scope === "unit" ? t.kpiYearsOwn(name(h.unitCode)) : t.kpiYearsNote(h.unitCount)) : undefined,
  };
  const items = h?.scope === "unit" ? unitKpis(h) : departmentKpis(h?.scope === "department" ? h : null);
  return <KpiStrip loading={loading && !data} items={[yearsKpi, ...items]} />;

  function departmentKpis(d: DepartmentHighlights | null): Kpi[] {
    const last = d?.lastYear ?? years.at(-1) ?? 0;
    const change = (c: UnitChange | null) => (c ? t.kpiChangeNote(signed(c.totalDelta), places(c.rankDelta)) : undefined);
    return [
      {
        key: "leader",
        label: t.kpiLeader(last),
        value: d?.leader ? name(d.leader.unitCode) : t.none,
        note: d?.leader ? t.kpiLeaderNote(formatScore(d.leader.total)) : undefined,
      },
      {
        key: "improved",
        label: t.kpiImproved(last),
        value: d?.mostImproved ? name(d.mostImproved.unitCode) : t.none,
        tone: d?.mostImproved ? "good" : "neutral",
        note: change(d?.mostImproved ?? null),
      },
      {
        key: "declined",
        label: t.kpiDeclined(last),
        value: d?.mostDeclined ? name(d.mostDeclined.unitCode) : t.none,
        tone: d?.mostDeclined ? "bad" : "neutral",
        note: change(d?.mostDeclined ?? null),
      },
    ];
  }

  function unitKpis(u: UnitHighlights): Kpi[] {
    const unit = name(u.unitCode);
    const c = u.change;
    return [
      {
        key: "own-rank",
        label: t.kpiOwnRank(unit, u.lastYear),
        value: u.latest ? t.rankValue(u.latest.rank) : t.none,
        note: u.latest ? t.kpiOwnRankNote(formatScore(u.latest.total)) : undefined,
      },
      {
        key: "own-change",
        label: t.kpiOwnChange(u.lastYear - 1),
        value: c ? signed(c.totalDelta) : t.none,
        tone: c ? (c.totalDelta > 0 ? "good" : c.totalDelta < 0 ? "bad" : "neutral") : "neutral",
        note: c ? t.kpiOwnChangeNote(places(c.rankDelta)) : undefined,
      },
    ];
  }
}
