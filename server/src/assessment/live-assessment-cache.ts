import type { Knex } from "knex";
import { yearDataVersion } from "../years/data-version.ts";

/** Years kept per process: the open years and a few past ones being compared. */
const MAX_YEARS = 8;

interface Entry<T> {
  version: string;
  value: Promise<T>;
}

/**
 * The live assessment of a year computed once per data version: repeated reads of an unchanged
 * year are served without reading its records or scoring again, and a write (on any instance)
 * changes the version, so the next read computes afresh. Per process and keyed by PostgreSQL's
 * version, so nothing here needs sharing between instances.
 *
 * The version is read before the data: a write committing in between is then in the result but
 * not in its version, so the result is computed again at the next read (never the other way
 * round, which would keep a stale result). Concurrent readers of one version share one
 * computation; a failed one is forgotten.
 */
export function createLiveAssessmentCache<T>(compute: (knex: Knex, year: number) => Promise<T>) {
  const entries = new Map<number, Entry<T>>();
  return {
    async get(knex: Knex, year: number): Promise<T> {
      const version = await yearDataVersion(knex, year);
      const cached = entries.get(year);
      if (cached && cached.version === version) {
        // Most recently used last, so the least recently used year is the first to go.
        entries.delete(year);
        entries.set(year, cached);
        return cached.value;
      }
      const value = compute(knex, year);
      const entry = { version, value };
      entries.delete(year);
      entries.set(year, entry);
      while (entries.size > MAX_YEARS) entries.delete(entries.keys().next().value!);
      value.catch(() => {
        if (entries.get(year) === entry) entries.delete(year);
      });
      return value;
    },
  };
}
