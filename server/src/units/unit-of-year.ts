import type { Context } from "../app/context.ts";
import type { Unit } from "./unit.type.ts";

/**
 * The unit as a figure of `year` shows it: with the name it had then. A finalised year's frozen
 * result carries the name it was finalised under, which wins over any later rename.
 */
export async function unitOfYear({ loaders }: Context, unitId: number, year: number, frozenName?: string): Promise<Unit> {
  const unit = (await loaders.unitInYear.load({ unitId, year }))!;
  return frozenName ? { ...unit, name: frozenName } : unit;
}
