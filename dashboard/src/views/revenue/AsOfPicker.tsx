import { useStrings } from "../../i18n/I18nProvider.tsx";
import { revenueStrings } from "./revenue-strings.ts";
import { selectableAsOfMonths } from "./as-of-month.ts";

interface Props {
  year: number;
  month: number;
  yearOver: boolean;
  onChange: (month: number) => void;
}

/** 截至 N 月底: pick the day the projection is made as of (a history entry, so back undoes it). */
export function AsOfPicker({ year, month, yearOver, onChange }: Props) {
  const t = useStrings(revenueStrings);
  return (
    <label className="field field--inline" title={t.asOfHint}>
      <span>{t.asOf}</span>
      <select value={month} onChange={(e) => onChange(Number(e.target.value))} data-testid="as-of-month">
        {selectableAsOfMonths(year)
          .slice()
          .reverse()
          .map((m) => (
            <option key={m} value={m}>
              {t.asOfOption(m, yearOver)}
            </option>
          ))}
      </select>
    </label>
  );
}
