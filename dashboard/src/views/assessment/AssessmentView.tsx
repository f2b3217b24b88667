import { skipToken, useQuery } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { useSelectedUnit, useUnits } from "../../app/use-units.ts";
import { can, useViewer } from "../../auth/index.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useYear } from "../../app/use-year.ts";
import { formatInstant } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { apiLanguage } from "../../i18n/language.ts";
import { assessmentStrings } from "./assessment-strings.ts";
import { AssessmentPageQuery, AssessmentRulesQuery, FinalizeBlockersQuery } from "./assessment-queries.ts";
import { AssessmentCharts } from "./charts/AssessmentCharts.tsx";
import { CommitteeScores } from "./CommitteeScores.tsx";
import { useFinalizeControls } from "./FinalizeControls.tsx";
import { IncompleteNotice } from "./IncompleteNotice.tsx";
import { RankingTable } from "./RankingTable.tsx";
import { UnitDetailPanel } from "./UnitDetailPanel.tsx";
import { PrintPageSetup } from "./PrintPageSetup.tsx";
import { SignatureBlock } from "./SignatureBlock.tsx";
import "./assessment.css";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";

/**
 * 年终考核 — the landing page: status, ranking, the two comparison charts, a unit's explanation,
 * committee scores and finalisation. Printed, it is the year's report (every unit explained).
 */
export default function AssessmentView() {
  const t = useStrings(assessmentStrings);
  const { lang } = useLang();
  const { year, loading: yearLoading } = useYear();
  const { unit, setUnit } = useSelectedUnit();
  const { data, loading, error, refetch } = useQuery(
    AssessmentPageQuery,
    year === null ? skipToken : { variables: { year, language: apiLanguage(lang) } },
  );
  const assessment = data?.assessment;
  const results = assessment?.results;
  const selected = results?.find((r) => r.unit.code === unit) ?? null;
  const detailRef = useRef<HTMLDivElement>(null);
  const viewer = useViewer();
  const common = useStrings(commonStrings);
  const { name } = useUnits();
  const mayFinalize = can(viewer, "finalize") && assessment?.finalized === false;
  const progress = useQuery(FinalizeBlockersQuery, year === null || !mayFinalize ? skipToken : { variables: { year } });
  const rules = useQuery(AssessmentRulesQuery, year === null ? skipToken : { variables: { year } });
  const blockers = (progress.data?.scoringProgress ?? [])
    .filter((p) => !p.complete)
    .map((p) => ({
      unitName: name(p.unit.code),
      dimensionName: common.dimensions[p.dimension],
      raters: p.raters,
      minRaters: p.minRaters,
      missing: p.missing,
    }));
  const rulesOf = (code: string) => rules.data?.implementationRules.find((r) => r.unit.code === code) ?? null;
  const finalizeControls = useFinalizeControls(year ?? 0, assessment?.finalized ?? false, blockers);

  // Scroll only when another unit is picked, not on every refetch of the same one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the picked unit changes, not on every refetch
  useEffect(() => {
    if (selected) detailRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [selected?.unit.code]);

  if (year === null) return <PagePlaceholder loading={yearLoading} emptyText={t.noResults} />;

  const lacking = (results ?? []).filter((r) => !r.complete).map((r) => ({ unitCode: r.unit.code, missing: r.missing }));
  return (
    <section className="page assessment-page">
      <PrintPageSetup year={year} />
      <header className="page-head">
        <div className="title-line">
          <h1>{t.title(year)}</h1>
          {assessment && (
            <span className={assessment.finalized ? "badge badge--final" : "badge badge--open"} role="status" aria-label={t.statusLabel}>
              {assessment.finalized ? t.finalized : t.open}
            </span>
          )}
          {assessment?.finalizedAt && <span className="muted">{t.finalizedAt(formatInstant(assessment.finalizedAt))}</span>}
          {assessment?.scheme.isDefault && <span className="muted">· {t.defaultScheme}</span>}
        </div>
        <div className="page-actions no-print">
          {assessment && finalizeControls.buttons}
          <button type="button" className="btn" onClick={() => print()}>
            {t.print}
          </button>
        </div>
      </header>
      {finalizeControls.feedback}
      <p className="print-only report-title">{t.reportTitle}</p>

      <IncompleteNotice units={lacking} />

      <RankingTable
        year={year}
        results={results ?? []}
        loading={loading && !data}
        error={error}
        selected={unit}
        onSelect={(code) => setUnit(code === unit ? null : code)}
      />

      <div ref={detailRef}>
        {selected && <UnitDetailPanel result={selected} rules={rulesOf(selected.unit.code)} year={year} onClose={() => setUnit(null)} />}
      </div>

      <AssessmentCharts results={results} loading={loading && !data} error={error} onRetry={() => void refetch()} />

      {assessment && <CommitteeScores year={year} finalized={assessment.finalized} unitFilter={unit} />}

      {results && (
        <div className="print-only print-explanations">
          <h2>{t.explanationsHeading}</h2>
          {results.map((result) => (
            <UnitDetailPanel key={result.unit.code} result={result} rules={rulesOf(result.unit.code)} year={year} printed />
          ))}
        </div>
      )}
      {results && results.length > 0 && <SignatureBlock />}
    </section>
  );
}
