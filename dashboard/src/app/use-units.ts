import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql/index.ts";
import { commonStrings } from "../i18n/common-strings.ts";
import { useLang, useStrings } from "../i18n/I18nProvider.tsx";
import type { Lang } from "../i18n/language.ts";
import { useSearchParam } from "../url/url-state.ts";
import { useReadScope } from "./use-read-scope.ts";
import { useYear } from "./use-year.ts";

const UnitsQuery = graphql(`
  query Units {
    units {
      code
      name
      kind
    }
  }
`);

/** English names of the demo units; units added later show their (Chinese) name in English too. */
const ENGLISH_NAMES: Record<string, string> = {
  north: "North station",
  south: "South station",
  east: "East station",
  hall: "Fee hall",
  collective: "Collective group",
};

export function unitLabel(unit: { code: string; name: string }, lang: Lang): string {
  return lang === "en" ? (ENGLISH_NAMES[unit.code] ?? unit.name) : unit.name;
}

/** The active units and a `name(code)` in the current language. */
export function useUnits() {
  const { lang } = useLang();
  // Many components ask for the units: one request, then the cache.
  const { data, loading, error } = useQuery(UnitsQuery, { fetchPolicy: "cache-first" });
  const units = data?.units ?? [];
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const name = (code: string) => {
    const unit = byCode.get(code);
    return unit ? unitLabel(unit, lang) : ENGLISH_NAMES[code] && lang === "en" ? ENGLISH_NAMES[code] : code;
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
