import type { SchemeParameters } from "../scheme/scheme.model.ts";
import type { AssessedUnitInputs } from "./assessment-inputs.repository.ts";
import type { StoredUnitResult } from "./finalization.repository.ts";
import { assessUnit, rankInPlace } from "./scoring/index.ts";

/** Years kept per process, as the live assessments are (live-assessment-cache.ts). */
const MAX_YEARS = 8;

type UnrankedResult = ReturnType<typeof assessUnit>;

interface YearMemo {
  /** The scheme the results were computed under, as JSON: another scheme scores every unit anew. */
  scheme: string;
  /** Per unit id: its inputs as JSON, and the result the engine computed from exactly those. */
  units: Map<number, { inputs: string; result: UnrankedResult }>;
}

/**
 * Scores a year's units, reusing each unit's result from the last scoring of the year when its
 * inputs and the scheme are exactly the same. A clerk's entry changes one unit's figures, and
 * the engine is a pure function of (inputs, scheme), so the other units' results are still
 * theirs: only the changed units are scored again, and ranks are always formed afresh among all.
 *
 * The kept results are never changed: each call hands out copies carrying the unit id and rank.
 * Their explanations, once built for a reader, stay built. Per process; nothing is shared
 * between instances, and nothing can be stale, since the key is the whole of a unit's inputs.
 */
export function createUnitResultMemo() {
  const years = new Map<number, YearMemo>();
  return {
    score(year: number, inputs: AssessedUnitInputs[], scheme: SchemeParameters): StoredUnitResult[] {
      const schemeKey = JSON.stringify(scheme);
      const previous = years.get(year);
      const known = previous?.scheme === schemeKey ? previous.units : new Map<number, { inputs: string; result: UnrankedResult }>();
      const units = new Map<number, { inputs: string; result: UnrankedResult }>();
      const results = inputs.map((unit) => {
        const key = JSON.stringify(unit);
        const kept = known.get(unit.unitId);
        const result = kept?.inputs === key ? kept.result : assessUnit(unit, scheme);
        units.set(unit.unitId, { inputs: key, result });
        return { ...result, unitId: unit.unitId };
      });
      // Units without a contract any more are forgotten with the old map.
      years.delete(year);
      years.set(year, { scheme: schemeKey, units });
      while (years.size > MAX_YEARS) years.delete(years.keys().next().value!);
      return rankInPlace(results);
    },
  };
}
