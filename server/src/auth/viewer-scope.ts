import type DataLoader from "dataloader";
import type { Knex } from "knex";
import { DomainError } from "../common/errors.ts";
import { createFinalizedYearLoader } from "../years/finalized-years.ts";
import { READ_ALL, Role } from "./role.ts";
import { hasRole, type Viewer } from "./viewer.ts";

/** Roles that read every committee score, finalised or not. */
const READS_EVERY_SCORE = [Role.ADMIN, Role.EXECUTIVE, Role.ANALYST];

/**
 * What one request may read, decided once: every repository that returns a unit's figures takes
 * a scope and turns it into its where-clause, so no query can forget the station-head rule.
 *
 * * Administrators, the committee, executives, analysts and the clerk read every unit.
 * * A station head reads their own unit, and every unit of a finalised year.
 * * Committee scores: see `scoreMembers`.
 *
 * Whether a year is finalised comes from a per-request DataLoader: a trend over ten years asks
 * the database once, not once per point.
 */
export class ViewerScope {
  private constructor(
    readonly viewer: Viewer | null,
    private readonly finalizedYears: DataLoader<number, boolean>,
    private readonly everything: boolean,
  ) {}

  /** The scope of a signed-in (or anonymous) request. */
  static of(viewer: Viewer | null, finalizedYears: DataLoader<number, boolean>): ViewerScope {
    return new ViewerScope(viewer, finalizedYears, false);
  }

  /** The server itself: finalisation, the command line, imports checking what is stored. */
  static system(knex: Knex): ViewerScope {
    return new ViewerScope(null, createFinalizedYearLoader(knex), true);
  }

  /** True when every unit's figures of every year are visible. */
  get readsEveryUnit(): boolean {
    return this.everything || hasRole(this.viewer, ...READ_ALL);
  }

  isFinalized(year: number): Promise<boolean> {
    return this.finalizedYears.load(year);
  }

  /** The unit ids visible in a year, or null for every unit. */
  async visibleUnits(year: number): Promise<number[] | null> {
    if (this.readsEveryUnit) return null;
    if (await this.isFinalized(year)) return null;
    return this.viewer?.unitId ? [this.viewer.unitId] : [];
  }

  /**
   * Adds the visibility rule for `year` to a query whose unit column is `unitColumn` (in place:
   * a knex builder is thenable, so returning it from an async function would run it).
   */
  async restrict(query: Knex.QueryBuilder, unitColumn: string, year: number): Promise<void> {
    const units = await this.visibleUnits(year);
    if (units !== null) query.whereIn(unitColumn, units);
  }

  /**
   * The visibility rule for a query over records of any year (no year named): a station head's
   * own unit, plus every unit of the finalised years, decided per record by its date.
   */
  async restrictByRecordYear(query: Knex.QueryBuilder, unitColumn: string, dateColumn: string): Promise<void> {
    if (this.readsEveryUnit) return;
    const own = this.viewer?.unitId ?? null;
    query.where((q) => {
      if (own !== null) q.where(unitColumn, own);
      q.orWhereRaw(`extract(year from ${dateColumn})::int in (select year from finalized_years)`);
    });
  }

  /** Keeps the items of visible units (for results computed across every unit, such as ranks). */
  async keep<T extends { unitId: number }>(year: number, items: T[]): Promise<T[]> {
    const units = await this.visibleUnits(year);
    if (units === null) return items;
    const visible = new Set(units);
    return items.filter((item) => visible.has(item.unitId));
  }

  /** Keeps items of several years, each by its own year's rule (one finalisation look-up). */
  async keepByYear<T extends { unitId: number; year: number }>(items: T[]): Promise<T[]> {
    if (this.readsEveryUnit) return items;
    const years = [...new Set(items.map((item) => item.year))];
    const rules = new Map(await Promise.all(years.map(async (year) => [year, await this.visibleUnits(year)] as const)));
    return items.filter((item) => {
      const units = rules.get(item.year);
      return units === null || units === undefined || units.includes(item.unitId);
    });
  }

  /** For a query naming one unit: refuses another unit's figures of an open year. */
  async requireUnit(year: number, unitId: number): Promise<void> {
    const units = await this.visibleUnits(year);
    if (units !== null && !units.includes(unitId)) throw new DomainError("FORBIDDEN", "OWN_UNIT_ONLY", { year });
  }

  /** Whether the viewer may act for a unit (file its rules, …): its head, or a role over all units. */
  mayActFor(unitId: number): boolean {
    return this.readsEveryUnit || this.viewer?.unitId === unitId;
  }

  /**
   * Committee scores the viewer may read: every score for administrators, executives and
   * analysts, and for everyone once the year is finalised; until then a committee member sees
   * only their own and a station head none.
   */
  async scoreMembers(year: number): Promise<"all" | "none" | number> {
    if (this.everything || hasRole(this.viewer, ...READS_EVERY_SCORE)) return "all";
    return this.scoreMembersKnowing(await this.isFinalized(year));
  }

  /** scoreMembers for a caller that already knows whether the year is finalised. */
  scoreMembersKnowing(finalized: boolean): "all" | "none" | number {
    if (this.everything || hasRole(this.viewer, ...READS_EVERY_SCORE) || finalized) return "all";
    if (hasRole(this.viewer, Role.COMMITTEE)) return this.viewer?.memberId ?? "none";
    return "none";
  }
}
