import type { Context } from "../common/context.ts";
import { DomainError } from "../common/errors.ts";
import { finalizedAmong } from "../assessment/year-guard.ts";
import { READ_ALL, Role } from "./role.ts";
import { hasRole, type Viewer } from "./viewer.ts";

/**
 * Which units' figures of a year the viewer may read: null for every unit, or the one unit a
 * station head heads (other units only once the year is finalised).
 */
export async function visibleUnitOf(context: Context, year: number): Promise<number | null> {
  const viewer = context.viewer;
  if (!viewer || hasRole(viewer, ...READ_ALL)) return null;
  if ((await finalizedAmong(context.knex, [year])).length > 0) return null;
  return viewer.unitId ?? -1;
}

/** Keeps the rows of units the viewer may read. */
export async function keepVisible<T extends { unitId: number }>(context: Context, year: number, rows: T[]): Promise<T[]> {
  const unit = await visibleUnitOf(context, year);
  return unit === null ? rows : rows.filter((row) => row.unitId === unit);
}

/** For a query naming one unit: refuses another unit's figures of an open year. */
export async function requireVisibleUnit(context: Context, year: number, unitId: number): Promise<void> {
  const unit = await visibleUnitOf(context, year);
  if (unit !== null && unit !== unitId) {
    throw new DomainError("FORBIDDEN", `Until ${year} is finalised you can read only your own unit's figures`);
  }
}

/** Roles that read every committee score, finalised or not. */
const READS_EVERY_SCORE = [Role.ADMIN, Role.EXECUTIVE, Role.ANALYST];

/**
 * Committee scores of a year the viewer may read: a committee member sees only their own until
 * the year is finalised, a station head none until then; administrators, executives and
 * analysts all of them. For callers that already know whether the year is finalised.
 */
export function scoreMemberVisibility(viewer: Viewer, finalized: boolean): "all" | "none" | number {
  if (hasRole(viewer, ...READS_EVERY_SCORE) || finalized) return "all";
  if (hasRole(viewer, Role.COMMITTEE)) return viewer.memberId ?? "none";
  return "none";
}

/** scoreMemberVisibility for a year, looking up whether it is finalised when that matters. */
export async function visibleScoreMember(context: Context, year: number): Promise<"all" | "none" | number> {
  const viewer = context.viewer!;
  if (hasRole(viewer, ...READS_EVERY_SCORE)) return "all";
  return scoreMemberVisibility(viewer, (await finalizedAmong(context.knex, [year])).length > 0);
}
