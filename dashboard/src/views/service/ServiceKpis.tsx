import { formatPercent } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { KpiStrip } from "../../ui/KpiStrip.tsx";
import { serviceStrings } from "./service-strings.ts";
import { useServiceYear } from "./service-queries.ts";
import { serviceSummary } from "./shape-service-summary.ts";

/** Callbacks and satisfaction rate, complaints, dispatch orders and on-time rate. */
export function ServiceKpis({ year, unitCode }: { year: number; unitCode: string | null }) {
  const t = useStrings(serviceStrings);
  const { data, loading, error } = useServiceYear(year);
  const summary = data ? serviceSummary(data.yearTotals, unitCode) : null;
  if (error) return <ErrorAlert error={error} />;
  if (!loading && !summary) return null;
  const s = summary ?? {
    callbacks: 0,
    satisfactionRate: null,
    complaints: 0,
    repeatComplaints: 0,
    dispatches: 0,
    onTimeRate: null,
    refused: 0,
    unitCount: 0,
  };
  return (
    <KpiStrip
      loading={loading && !data}
      items={[
        { key: "callbacks", label: t.kpiCallbacks, value: s.callbacks, unit: t.times, note: unitCode === null ? t.kpiUnits(s.unitCount) : undefined },
        { key: "satisfaction", label: t.kpiSatisfaction, value: formatPercent(s.satisfactionRate), note: t.kpiSatisfactionNote },
        {
          key: "complaints",
          label: t.kpiComplaints,
          value: s.complaints + s.repeatComplaints,
          unit: t.cases,
          tone: s.repeatComplaints > 0 ? "bad" : s.complaints === 0 ? "good" : "neutral",
          note: t.kpiRepeat(s.repeatComplaints),
        },
        { key: "dispatches", label: t.kpiDispatches, value: s.dispatches, unit: t.times },
        {
          key: "on-time",
          label: t.kpiOnTime,
          value: formatPercent(s.onTimeRate, 1),
          tone: s.refused > 0 ? "bad" : "good",
          note: t.kpiRefused(s.refused),
        },
      ]}
    />
  );
}
