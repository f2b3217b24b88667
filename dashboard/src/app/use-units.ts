import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql/index.ts";
import { commonStrings } from "../i18n/common-strings.ts";
import { useLang, useStrings } from "../i18n/I18nProvider.tsx";
import type { Lang } from "../i18n/language.ts";
import { useSearchParam } from "../url/url-state.ts";
import { useReadScope } from "./use-read-scope.ts";
import { useYear } from "./use-year.ts";

/**
 * A unit as a figure names it: its code and the name it had in that figure's year. Without its id
 * on purpose: Apollo then keeps each under the figure that returned it instead of merging a past
 * year's name into the unit's current one.
 */
// Spread by name (...UnitRef) in the documents that use it; codegen inlines it there.
graphql(`
  fragment UnitRef on Unit {
    code
    name
  }
`);

const UnitsQuery = graphql(`
  query Units($year: Int!) {
    units(includeRetired: true) {
      id
      code
      name
      nameEn
      kind
      retiredFrom
      nameInYear(year: $year)
      nameEnInYear(year: $year)
    }
  }
`);

/** A unit's name in the interface language; the English name comes from the data (the Chinese one when it has none). */
export function unitLabel(unit: { name: string; nameEn?: string | null }, lang: Lang): string {
  return lang === "en" ? (unit.nameEn ?? unit.name) : unit.name;
}

/** Whether a unit belongs to a year: not retired by its first day (a unit retired later is in its past years). */
export function activeInYear(unit: { retiredFrom?: string | null }, year: number): boolean {
  return !unit.retiredFrom || unit.retiredFrom > `${year}-01-01`;
}

/**
 * The units of the year the views show, and `name(code)`: the name each unit had in that year, in
 * the current language — retired units included, so a past year never shows a bare code. `units`
 * (for pickers) holds those not retired by the year's first day.
 */
export function useUnits() {
  const { lang } = useLang();
  const { year } = useYear();
  const shownYear = year ?? new Date().getFullYear();
  // Many components ask for the units: one request per year, then the cache.
  const { data, loading, error } = useQuery(UnitsQuery, { variables: { year: shownYear }, fetchPolicy: "cache-first" });
  const all = data?.units ?? [];
  const units = all.filter((unit) => activeInYear(unit, shownYear));
  const byCode = new Map(all.map((unit) => [unit.code, unit]));
  const name = (code: string) => {
    const unit = byCode.get(code);
    return unit ? unitLabel({ name: unit.nameInYear, nameEn: unit.nameEnInYear }, lang) : code;
  };
  return { units, name, loading: loading && !data, error };
}

/** The unit selected in the URL (`unit=north`); null for all units. */
export function useSelectedUnit() {
  const [unit, setUnit] = useSearchParam("unit");
  return { unit, setUnit };
}

/**
 * The analytics views' unit scope: the URL's unit when it is a known unit (null means the whole
 * department), clicking a unit again goes back to the department; `scopeName` names either.
 * A station head reading an open year sees only their own unit (the server's rule), so the scope
 * is that unit whatever the URL says, and nothing claims the department's figures.
 */
export function useUnitScope() {
  const common = useStrings(commonStrings);
  const { units, name } = useUnits();
  const { unit, setUnit } = useSelectedUnit();
  const { year } = useYear();
  const scope = useReadScope(year);
  const limitedTo = scope.limited ? scope.unitCode : null;
  const selected = scope.limited ? limitedTo : units.some((u) => u.code === unit) ? unit : null;
  const toggleUnit = (code: string) => {
    if (!scope.limited) setUnit(code === selected ? null : code);
  };
  const scopeName = selected ? name(selected) : common.department;
  return { selected, setUnit, toggleUnit, scopeName, limited: scope.limited, limitedTo };
}
