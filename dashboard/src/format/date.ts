import type { Lang } from "../i18n/language.ts";

/** An API `Date` ("2025-03-07") for people: "2025年3月7日" or "7 Mar 2025". No time zones involved. */
export function formatDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (lang === "zh") return `${year}年${Number(month)}月${Number(day)}日`;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}

/** An ISO instant in the viewer's local time: "2025-12-31 18:05" (same shape in both languages). */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A month number for chart axes: 3 → "3月" / "Mar". */
export function formatMonth(month: number, lang: Lang): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return lang === "zh" ? `${month}月` : (months[month - 1] ?? String(month));
}

/** Today as an API date (local calendar day). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The date a new entry row starts with when the year picker shows `year`: today when today is in
 * that year; the year's last day for a past year (records entered after a year are late ones of
 * its closing weeks — the remittances and corrections of December — and the last day is the one
 * nearest to today); the year's first day for a coming year, likewise the nearest. Never a day
 * outside the year the clerk is looking at, which the server would count in another year.
 */
export function defaultEntryDate(year: number | null, now = new Date()): string {
  const today = todayIso(now);
  if (year === null || now.getFullYear() === year) return today;
  return now.getFullYear() > year ? `${year}-12-31` : `${year}-01-01`;
}
