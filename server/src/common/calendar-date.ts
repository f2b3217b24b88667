import type { ReasonCode, ReasonParams } from "../i18n/field-reasons.ts";
import { FIRST_YEAR, LAST_YEAR } from "../years/year.ts";

/** A calendar day as 'YYYY-MM-DD'; records are dated by day, never by instant. */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a text is not a date, as a field reason (code and values). */
export class DateFormatError extends Error {
  constructor(
    readonly reason: ReasonCode,
    readonly params: ReasonParams,
  ) {
    super(`${reason} ${JSON.stringify(params)}`);
  }
}

/** Whether year/month/day name a day of the calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function parseCalendarDate(text: unknown): string {
  const shown = typeof text === "string" ? (text.length > 40 ? `${text.slice(0, 40)}…` : text) : String(text);
  if (typeof text !== "string" || !DATE_PATTERN.test(text)) throw new DateFormatError("NOT_A_DATE", { got: shown });
  const [, y, m, d] = DATE_PATTERN.exec(text)!;
  const year = Number(y);
  if (!isCalendarDay(year, Number(m), Number(d))) throw new DateFormatError("NOT_A_DATE", { got: shown });
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new DateFormatError("YEAR_RANGE", { got: shown });
  return text;
}
