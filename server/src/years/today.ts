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
 * Per zone, one formatter (building an Intl.DateTimeFormat costs far more than formatting with it)
 * and the last day it formatted with the minute it was for. "Today" is asked several times by
 * every request and formatting is still a few µs; a day only begins on a whole minute (every
 * zone's offset has been whole minutes since 1972), so within one minute the answer cannot change.
 */
const dayOfZone = new Map<string, { format: Intl.DateTimeFormat; minute: number; day: string }>();

/** Today's date (YYYY-MM-DD) in the application time zone. */
export function today(now: Date = new Date(), zone: string = timeZone): string {
  const minute = Math.floor(now.getTime() / 60_000);
  let entry = dayOfZone.get(zone);
  if (entry?.minute === minute) return entry.day;
  // en-CA formats as YYYY-MM-DD.
  entry ??= { format: new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }), minute, day: "" };
  entry.minute = minute;
  entry.day = entry.format.format(now);
  dayOfZone.set(zone, entry);
  return entry.day;
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
