import { useStrings } from "../i18n/I18nProvider.tsx";
import { shellStrings } from "./shell-strings.ts";
import { useYear } from "./use-year.ts";

export function YearPicker() {
  const t = useStrings(shellStrings);
  const { year, years, setYear } = useYear();
  return (
    <label className="year-picker no-print">
      <span>{t.year}</span>
      <select value={year ?? ""} onChange={(e) => setYear(Number(e.target.value))} disabled={years.length === 0}>
        {years.length === 0 && <option value="">{t.noYears}</option>}
        {years.map((y) => (
          <option key={y} value={y}>
            {t.yearOption(y)}
          </option>
        ))}
      </select>
    </label>
  );
}
