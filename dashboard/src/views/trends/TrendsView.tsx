import { useUnitScope } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { UnitFilter } from "../../ui/UnitFilter.tsx";
import { DimensionMultiples } from "./DimensionMultiples.tsx";
import { TotalRankCards } from "./TotalRankCards.tsx";
import { trendsStrings } from "./trends-strings.ts";
import { TrendsKpis } from "./TrendsKpis.tsx";
import { YearOverYearTable } from "./YearOverYearTable.tsx";
import "./trends.css";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";

/**
 * 趋势 — every year at once: totals and ranks per unit, the four dimensions as small multiples
 * and the year-over-year change table. The URL's unit is highlighted, its year marked.
 */
export default function TrendsView() {
  const t = useStrings(trendsStrings);
  const { year, years, loading } = useYear();
  const { selected, toggleUnit, limited, scopeName } = useUnitScope();

  if (years.length === 0) return <PagePlaceholder loading={loading} emptyText={t.noData} />;

  const from = Math.min(...years);
  const to = Math.max(...years);

  return (
    <section className="page trends-page">
      <header className="page-head">
        <div>
          <h1>{t.title}</h1>
          <div className="muted">{limited ? t.subtitleOwn(scopeName, from, to) : t.subtitle(from, to)}</div>
        </div>
      </header>
      <div className="filter-bar">
        <UnitFilter label={t.unitFilter} />
        {!limited && <span className="muted">{t.highlightHint}</span>}
      </div>
      <TrendsKpis years={years} />
      <TotalRankCards years={years} selectedUnit={selected} selectedYear={year} />
      <DimensionMultiples years={years} selectedUnit={selected} selectedYear={year} />
      <YearOverYearTable years={years} selectedUnit={selected} onSelect={toggleUnit} />
    </section>
  );
}
