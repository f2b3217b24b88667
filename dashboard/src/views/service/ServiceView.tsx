import { useUnitScope } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { UnitFilter } from "../../ui/UnitFilter.tsx";
import { CommitteeSpreadCards } from "./CommitteeSpreadCards.tsx";
import { CountCards } from "./CountCards.tsx";
import { serviceStrings } from "./service-strings.ts";
import { ServiceKpis } from "./ServiceKpis.tsx";
import "./service.css";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";

/**
 * 满意度与协作 — the objective inputs of the SATISFACTION and COOPERATION dimensions (callbacks,
 * complaints, dispatch orders) per unit and per month, and how the committee's scores spread.
 */
export default function ServiceView() {
  const t = useStrings(serviceStrings);
  const { year, loading: yearLoading } = useYear();
  const { selected, toggleUnit, scopeName } = useUnitScope();

  if (year === null) return <PagePlaceholder loading={yearLoading} emptyText={t.noData} />;

  const props = { year, selected, scopeName, onSelect: toggleUnit };

  return (
    <section className="page service-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
      </header>
      <div className="filter-bar">
        <UnitFilter label={t.unitFilter} />
      </div>
      <ServiceKpis year={year} unitCode={selected} />

      <h2 className="section-heading">{t.satisfactionHeading}</h2>
      <CountCards kind="callbacks" {...props} />
      <CountCards kind="complaints" {...props} />

      <h2 className="section-heading">{t.cooperationHeading}</h2>
      <CountCards kind="dispatches" {...props} />

      <h2 className="section-heading">{t.committeeHeading}</h2>
      <CommitteeSpreadCards year={year} selected={selected} />
    </section>
  );
}
