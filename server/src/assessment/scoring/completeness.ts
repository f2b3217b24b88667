import { COMMITTEE_DIMENSIONS } from "../../common/enums.ts";
import type { MissingScores, UnitInputs } from "./types.ts";

/**
 * The committee dimensions with fewer than `minRaters` scores. Such a unit can be previewed but
 * the year cannot be finalised (§4), so callers need to know exactly what is still owed.
 */
export function missingScores(committee: UnitInputs["committee"], minRaters: number): MissingScores[] {
  return COMMITTEE_DIMENSIONS.filter((dimension) => committee[dimension].length < minRaters).map((dimension) => ({
    dimension,
    have: committee[dimension].length,
    need: minRaters,
  }));
}
