import { formatWanNumber } from "../../format/money.ts";
import { formatPercent } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { KpiStrip, type Kpi } from "../../ui/KpiStrip.tsx";
import { revenueStrings } from "./revenue-strings.ts";
import { useRevenueProjection } from "./revenue-queries.ts";
import { revenueSummary } from "./shape-projection.ts";

interface Props {
  year: number;
  asOf: string;
  month: number;
  yearOver: boolean;
  unitCode: string | null;
}

/** The headline: collected, target, completion, and either the projection or the final gap. */
export function RevenueKpis({ year, asOf, month, yearOver, unitCode }: Props) {
  const t = useStrings(revenueStrings);
  const { data, loading, error } = useRevenueProjection(year, asOf);
  const rows = data?.revenueProjection ?? [];
  const summary = revenueSummary(rows, unitCode);
  const remainingWeeks = rows.find((row) => unitCode === null || row.unit.code === unitCode)?.remainingWeeks ?? 0;
  if (error) return <ErrorAlert error={error} />;
  if (!loading && !summary) return null;
  const s = summary ?? { toDate: 0, target: 0, completion: null, projected: 0, projectedCompletion: null, gap: 0, weeklyNeeded: null, unitCount: 0 };
  const reached = s.gap >= 0;
  const midYear = !(yearOver && month === 12);
  const items: Kpi[] = [
    {
      key: "to-date",
      label: t.kpiToDate(month, yearOver),
      value: formatWanNumber(s.toDate),
      unit: t.wan,
      note: unitCode === null ? t.kpiUnits(s.unitCount) : undefined,
    },
    { key: "target", label: t.kpiTarget, value: formatWanNumber(s.target), unit: t.wan },
    {
      key: "completion",
      label: t.kpiCompletion,
      value: formatPercent(s.completion),
      tone: reached ? "good" : midYear ? "neutral" : "bad",
      note: reached ? t.over(formatWanNumber(s.gap)) : t.short(formatWanNumber(-s.gap)),
    },
  ];
  if (midYear) {
    const onTrack = (s.projectedCompletion ?? 0) >= 100;
    items.push(
      {
        key: "projected",
        label: t.kpiProjected,
        value: formatPercent(s.projectedCompletion),
        tone: onTrack ? "good" : "bad",
        note: t.kpiProjectedNote(formatWanNumber(s.projected)),
      },
      {
        key: "weekly",
        label: t.kpiWeekly,
        value: s.weeklyNeeded === null ? "—" : formatWanNumber(s.weeklyNeeded),
        unit: t.wan,
        note: t.kpiWeeklyNote(remainingWeeks),
      },
    );
  } else {
    items.push({ key: "gap", label: t.kpiGap(reached), value: formatWanNumber(Math.abs(s.gap)), unit: t.wan, tone: reached ? "good" : "bad" });
  }
  return <KpiStrip items={items} loading={loading && !data} />;
}
