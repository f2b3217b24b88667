/**
 * "Today" where the users are. Dates in this product are calendar days in the company's time
 * zone (APP_TIME_ZONE, default Asia/Shanghai), never the server's UTC day: at 07:00 in Beijing
 * the UTC date is still yesterday.
 */
let timeZone = process.env.APP_TIME_ZONE || process.env.TZ || "Asia/Shanghai";

export function setAppTimeZone(zone: string): void {
  timeZone = zone;
}

export function appTimeZone(): string {
  return timeZone;
}

/**
 * One formatter per zone: building an Intl.DateTimeFormat costs far more than formatting with it,
 * and "today" is asked several times per request (it was the largest single item of a cheap query).
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The last day formatted, per zone, and the minute it was formatted for. Formatting is still a
 * few µs, asked several times by every request; a day only begins on a whole minute (zones'
 * offsets since 1970 are whole minutes), so within one minute the answer cannot change.
 */
const lastDay = new Map<string, { minute: number; day: string }>();

/** Today's date (YYYY-MM-DD) in the application time zone. */
export function today(now: Date = new Date(), zone: string = timeZone): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastDay.get(zone);
  if (last?.minute === minute) return last.day;
  let format = dayFormats.get(zone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(zone, format);
  }
  const day = format.format(now);
  lastDay.set(zone, { minute, day });
  return day;
}

/** Whether a time zone name is one Intl knows (for validating the configuration). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
