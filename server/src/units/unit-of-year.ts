import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
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

/** What a figure's own row already knows of its unit. */
export interface KnownUnit {
  unitId: number;
  year: number;
  code: string;
  /** The name the unit had in that year (as assessed, or frozen). */
  name: string;
}

const KNOWN_FIELDS = new Set(["id", "code", "name", "__typename"]);

/**
 * unitOfYear, without reading the units when the query asks only for what the row knows (the
 * dashboard's UnitRef is `code name`): 1,000 assessment results then need no look-up at all.
 */
export function unitOfYearKnowing(context: Context, info: GraphQLResolveInfo, known: KnownUnit): Unit | Promise<Unit> {
  const selection = info.fieldNodes.map((node) => node.selectionSet);
  if (!selection.every((set) => set && asksOnlyKnown(set, info))) return unitOfYear(context, known.unitId, known.year, known.name);
  return { id: String(known.unitId), code: known.code, name: known.name } as Unit;
}

function asksOnlyKnown(set: SelectionSetNode, info: GraphQLResolveInfo): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return KNOWN_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return asksOnlyKnown(selection.selectionSet, info);
    const fragment = info.fragments[selection.name.value];
    return fragment !== undefined && asksOnlyKnown(fragment.selectionSet, info);
  });
}
