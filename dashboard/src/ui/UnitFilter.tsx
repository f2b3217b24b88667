import { shellStrings } from "../app/shell-strings.ts";
import { useSelectedUnit, useUnitScope, useUnits } from "../app/use-units.ts";
import { unitColor } from "../charts/unit-colors.ts";
import { useStrings } from "../i18n/I18nProvider.tsx";
import "./unit-filter.css";

/** Past this many units a row of buttons no longer fits: the filter becomes a drop-down. */
export const MAX_UNIT_BUTTONS = 12;

/**
 * 全部单位 | 城北管理站 | … — the URL's `unit` as a row of toggle buttons in the units' chart
 * colours (a drop-down when there are many units). Each choice is a history entry, so the back
 * button returns to the previous unit. A station head reading an open year has no choice to make:
 * the filter says instead that the page shows their unit only (choosing another unit would show
 * nothing but a false "no data").
 */
export function UnitFilter({ label }: { label?: string }) {
  const t = useStrings(shellStrings);
  const { units, name } = useUnits();
  const { unit, setUnit } = useSelectedUnit();
  const scope = useUnitScope();
  if (scope.limited) {
    return (
      <p className="unit-filter unit-filter--scope" role="note">
        {scope.limitedTo && <span className="swatch" style={{ background: unitColor(scope.limitedTo) }} />}
        {t.onlyOwnUnit(scope.scopeName)}
      </p>
    );
  }
  const choices = [{ code: null as string | null, label: t.allUnits }, ...units.map((u) => ({ code: u.code, label: name(u.code) }))];
  if (units.length > MAX_UNIT_BUTTONS) {
    const current = units.some((u) => u.code === unit) ? unit! : "";
    return (
      <label className="unit-filter unit-filter--select no-print">
        <span className="swatch" style={{ background: current ? unitColor(current) : "transparent" }} />
        <select aria-label={label ?? t.allUnits} value={current} onChange={(e) => setUnit(e.target.value || null)}>
          {choices.map((choice) => (
            <option key={choice.code ?? "all"} value={choice.code ?? ""}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <div className="unit-filter no-print" role="group" aria-label={label ?? t.allUnits}>
      {choices.map((choice) => {
        const active = choice.code === unit || (choice.code === null && !units.some((u) => u.code === unit));
        return (
          <button
            key={choice.code ?? "all"}
            type="button"
            className={active ? "unit-filter__item is-active" : "unit-filter__item"}
            aria-pressed={active}
            data-unit={choice.code ?? "all"}
            onClick={() => !active && setUnit(choice.code)}
          >
            {choice.code && <span className="swatch" style={{ background: unitColor(choice.code) }} />}
            {choice.label}
          </button>
        );
      })}
    </div>
  );
}
