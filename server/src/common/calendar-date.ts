/** A calendar day as 'YYYY-MM-DD'; records are dated by day, never by instant. */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export class DateFormatError extends Error {}

export function parseCalendarDate(text: unknown): string {
  if (typeof text !== "string" || !DATE_PATTERN.test(text)) {
    throw new DateFormatError(`${describe(text)} is not a date in the form YYYY-MM-DD`);
  }
  const [, y, m, d] = DATE_PATTERN.exec(text)!;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new DateFormatError(`"${text}" is not a day of the calendar`);
  }
  if (year < 2000 || year > 2100) throw new DateFormatError(`"${text}" is outside the years 2000–2100`);
  return text;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** [first day, first day of next year) — the half-open range every "records of year Y" uses. */
export function yearRange(year: number): [string, string] {
  return [`${year}-01-01`, `${year + 1}-01-01`];
}

function describe(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}
