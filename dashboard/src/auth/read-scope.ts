import { can, type Viewer } from "./roles.ts";

/**
 * Which units a viewer's figures of a year cover, by the server's rule (server/src/auth/visibility.ts):
 * readers of every unit see all of them; a station head sees only the unit they head until the year
 * is finalised. While it is not yet known whether the year is finalised (`null`), a station head
 * is taken to see only their unit, so no page claims the whole department for a moment.
 */
export type ReadScope = { limited: false } | { limited: true; unitCode: string | null };

export function readScope(viewer: Viewer | null, finalized: boolean | null): ReadScope {
  if (can(viewer, "readAllUnits") || finalized === true) return { limited: false };
  return { limited: true, unitCode: viewer?.unitCode ?? null };
}
