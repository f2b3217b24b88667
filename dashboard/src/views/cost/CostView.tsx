import { useUnitScope } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { UnitFilter } from "../../ui/UnitFilter.tsx";
import { BudgetVsActualCard } from "./BudgetVsActualCard.tsx";
import { costStrings } from "./cost-strings.ts";
import { CostKpis } from "./CostKpis.tsx";
import { CostTable } from "./CostTable.tsx";
import { MonthlySpendCards } from "./MonthlySpendCards.tsx";
import { SavingsCard } from "./SavingsCard.tsx";
import "./cost.css";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";

/**
 * 成本 — cost control: repair material and running costs against each unit's budget
 * (repairBudget + baseExpense from the contract), the saving or overspend, and the monthly
 * spending of the unit picked in the URL (or the department).
 */
export default function CostView() {
  const t = useStrings(costStrings);
  const { year, loading: yearLoading } = useYear();
  const { selected, toggleUnit, scopeName } = useUnitScope();

  if (year === null) return <PagePlaceholder loading={yearLoading} emptyText={t.noData} />;

  return (
    <section className="page cost-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
      </header>
      <div className="filter-bar">
        <UnitFilter label={t.unitFilter} />
      </div>
      <CostKpis year={year} unitCode={selected} />
      <div className="cost-main">
        <BudgetVsActualCard year={year} selected={selected} onSelect={toggleUnit} />
        <SavingsCard year={year} selected={selected} onSelect={toggleUnit} />
      </div>
      <MonthlySpendCards year={year} unitCode={selected} scopeName={scopeName} />
      <CostTable year={year} selected={selected} onSelect={toggleUnit} />
    </section>
  );
}
