import { useUnitScope, useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { useSearchParam } from "../../url/url-state.ts";
import { UnitFilter } from "../../ui/UnitFilter.tsx";
import { asOfDay, defaultAsOfMonth, parseAsOfMonth } from "./as-of-month.ts";
import { AsOfPicker } from "./AsOfPicker.tsx";
import { CollectionRateCard } from "./CollectionRateCard.tsx";
import { CollectionTable } from "./CollectionTable.tsx";
import { CompletionCard } from "./CompletionCard.tsx";
import { CumulativeRevenueCard } from "./CumulativeRevenueCard.tsx";
import { ProjectionTable } from "./ProjectionTable.tsx";
import { revenueStrings } from "./revenue-strings.ts";
import { RevenueByCategoryCard } from "./RevenueByCategoryCard.tsx";
import { RevenueKpis } from "./RevenueKpis.tsx";
import { UnitCumulativeMultiples } from "./UnitCumulativeMultiples.tsx";
import "./revenue.css";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";

/**
 * 创收 — revenue completion: the headline figures, cumulative revenue against the target and the
 * even pace with the projection to year end, completion per unit, revenue by category per month,
 * the collection rate (收缴率, §9) month by month per unit against the department's with its
 * table, and each unit's own cumulative chart. `unit` and `month` (as-of) live in the URL.
 */
export default function RevenueView() {
  const t = useStrings(revenueStrings);
  const { year, loading: yearLoading } = useYear();
  const { units } = useUnits();
  const { selected, toggleUnit, scopeName } = useUnitScope();
  const [monthParam, setMonthParam] = useSearchParam("month");

  if (year === null) return <PagePlaceholder loading={yearLoading} emptyText={t.noData} />;

  const yearOver = year < new Date().getFullYear();
  const month = parseAsOfMonth(monthParam, year);
  const asOf = asOfDay(year, month);
  const midYear = !(yearOver && month === 12);
  // The default month stays out of the URL, so a shared link keeps following "the latest".
  const setMonth = (next: number) => setMonthParam(next === defaultAsOfMonth(year) ? null : next);

  return (
    <section className="page revenue-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
        <AsOfPicker year={year} month={month} yearOver={yearOver} onChange={setMonth} />
      </header>
      <div className="filter-bar">
        <UnitFilter label={t.unitFilter} />
      </div>

      <RevenueKpis year={year} asOf={asOf} month={month} yearOver={yearOver} unitCode={selected} />

      <div className="revenue-main">
        <CumulativeRevenueCard year={year} asOf={asOf} month={month} unitCode={selected} title={t.cumulativeTitle(scopeName)} height={340} />
        <CompletionCard year={year} asOf={asOf} month={month} yearOver={yearOver} selected={selected} onSelect={toggleUnit} />
      </div>

      {/* Mid-year the projection table needs the full width for its extra columns. */}
      <div className={midYear ? "revenue-second revenue-second--stacked" : "revenue-second"}>
        <RevenueByCategoryCard year={year} month={month} unitCode={selected} unitName={scopeName} />
        <ProjectionTable year={year} asOf={asOf} midYear={midYear} selected={selected} onSelect={toggleUnit} />
      </div>

      <div className="revenue-second revenue-second--stacked">
        <CollectionRateCard year={year} selected={selected} />
        <CollectionTable year={year} selected={selected} onSelect={toggleUnit} />
      </div>

      {selected === null && units.length > 1 && <UnitCumulativeMultiples year={year} asOf={asOf} month={month} midYear={midYear} />}
    </section>
  );
}
