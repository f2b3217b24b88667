/** The last day of a month as the API's Date scalar, e.g. 2025-06-30: a projection "as of" it. */
export function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The day a projection is made as of for a chosen month: its last day, or today while that month
 * is still running (a later day would count remittances not yet made as missing).
 */
export function asOfDay(year: number, month: number, today: Date = new Date()): string {
  const end = monthEnd(year, month);
  const pad = (n: number) => String(n).padStart(2, "0");
  const todayIso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return todayIso < end && todayIso >= `${year}-01-01` ? todayIso : end;
}

/**
 * The as-of month to show when the URL names none: December for a year that is over (the actual
 * result), the last complete month of the running year (a partial month would understate the
 * pace), and January for a year that has not begun.
 */
export function defaultAsOfMonth(year: number, today: Date = new Date()): number {
  const thisYear = today.getFullYear();
  if (year < thisYear) return 12;
  if (year > thisYear) return 1;
  return Math.max(1, today.getMonth());
}

/** Months the user may pick for a year: all twelve once it is over, up to the current one before. */
export function selectableAsOfMonths(year: number, today: Date = new Date()): number[] {
  const last = year < today.getFullYear() ? 12 : year > today.getFullYear() ? 1 : today.getMonth() + 1;
  return Array.from({ length: last }, (_, i) => i + 1);
}

/** Reads a month from the URL, falling back to the default when it is missing or out of range. */
export function parseAsOfMonth(value: string | null | undefined, year: number, today: Date = new Date()): number {
  const allowed = selectableAsOfMonths(year, today);
  const month = Number(value);
  return Number.isInteger(month) && allowed.includes(month) ? month : defaultAsOfMonth(year, today);
}
