import { useCallback } from "react";
import { navigate, type NavigateOptions, useSearch } from "./location-store.ts";

/** Search parameters that follow the user from view to view. */
export const STICKY_PARAMS = ["year", "unit", "lang"] as const;

/** `search` with `changes` applied; null or "" removes a parameter. Pure, for tests. */
export function withParams(search: string, changes: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") params.delete(name);
    else params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** A link to another view that keeps the sticky parameters (year, unit, language). */
export function hrefKeepingSticky(path: string, search: string): string {
  const from = new URLSearchParams(search);
  const kept: Record<string, string> = {};
  for (const name of STICKY_PARAMS) {
    const value = from.get(name);
    if (value) kept[name] = value;
  }
  return path + withParams("", kept);
}

/** Changes search parameters of the current URL (a new history entry unless `replace`). */
export function setSearchParams(changes: Record<string, string | number | null | undefined>, options?: NavigateOptions): void {
  navigate(location.pathname + withParams(location.search, changes), options);
}

/** One search parameter as state: `const [unit, setUnit] = useSearchParam("unit")`. */
export function useSearchParam(name: string): [string | null, (value: string | number | null, options?: NavigateOptions) => void] {
  const value = useSearch().get(name);
  const set = useCallback((next: string | number | null, options?: NavigateOptions) => setSearchParams({ [name]: next }, options), [name]);
  return [value, set];
}

/** Parses a year parameter; null when absent or not a plausible year. */
export function parseYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}
