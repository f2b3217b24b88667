/** Pure helpers of the audit log page: URL parameters, outcome badges, details. */

/** The limit selector's choices (the server takes 1–1000). */
export const LIMITS = [50, 100, 200, 500, 1000] as const;
export const DEFAULT_LIMIT = 100;

/** The `limit` parameter; anything not offered falls back to the default. */
export function parseLimit(param: string | null): number {
  const value = Number(param);
  return (LIMITS as readonly number[]).includes(value) ? value : DEFAULT_LIMIT;
}

/**
 * The `logYear` parameter: null means every year. Kept apart from the shell's sticky `year`,
 * which always names some year — most entries (sign-ins, user changes) concern no year at all.
 */
export function parseLogYear(param: string | null): number | null {
  return param && /^\d{4}$/.test(param) ? Number(param) : null;
}

/** "OK", or the error codes the server joined with commas ("FORBIDDEN,BAD_USER_INPUT"). */
export function outcomeCodes(outcome: string): { ok: boolean; codes: string[] } {
  if (outcome === "OK") return { ok: true, codes: [] };
  const codes = outcome
    .split(",")
    .map((code) => code.trim())
    .filter(Boolean);
  return { ok: false, codes: codes.length > 0 ? codes : [outcome] };
}

/** Details JSON indented for reading; text that is not JSON is shown as it came. */
export function prettyDetails(details: string): string {
  try {
    return JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    return details;
  }
}

/**
 * One line for the collapsed details: the request's variables (secrets are already hidden by
 * the server), cut to `max` characters. Request id and address stay for the expanded view.
 */
export function detailsSummary(details: string, max = 80): string {
  let text = details;
  try {
    const parsed = JSON.parse(details) as unknown;
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      const { variables, username, changes } = parsed as Record<string, unknown>;
      if (Array.isArray(changes) && changes.length > 0) text = changes.map(changeSummary).join("; ");
      else if (username !== undefined) text = String(username);
      else if (variables !== undefined) text = typeof variables === "string" ? variables : JSON.stringify(variables);
    }
  } catch {
    // not JSON: show the raw text
  }
  return [...text].length > max ? `${[...text].slice(0, max - 1).join("")}…` : text;
}

/** One change in a line: a batch's counts and sums, or what was changed from what to what. */
export function changeSummary(change: unknown): string {
  if (!change || typeof change !== "object") return String(change);
  const c = change as Record<string, unknown>;
  if (typeof c.inserted === "number" && Array.isArray(c.totals)) {
    const totals = (c.totals as { unitCode: string; group: string | null; count: number; amount?: string }[])
      .map((t) => `${t.unitCode}${t.group ? `/${t.group}` : ""} ×${t.count}${t.amount ? ` ${t.amount}` : ""}`)
      .join(", ");
    return `+${c.inserted}${c.duplicates ? ` (=${c.duplicates})` : ""}: ${totals}`;
  }
  const subject = ["contract", "unit", "score"].map((k) => c[k]).find((v) => v !== undefined);
  const label = typeof subject === "string" ? subject : subject ? Object.values(subject as object).join(" ") : "";
  if ("before" in c || "after" in c) return `${label}: ${c.before === null ? "∅" : "…"} → ${c.after === null ? "∅" : "…"}`.trim();
  return JSON.stringify(c);
}

/** An operation's name in the interface language; unknown ones (new operations) as they are. */
export function actionLabel(action: string, names: Record<string, string>): string {
  return action
    .split(",")
    .map((name) => names[name] ?? name)
    .join(", ");
}

/** A `YYYY-MM-DD` URL parameter, or null. */
export function parseDay(param: string | null): string | null {
  return param && /^\d{4}-\d{2}-\d{2}$/.test(param) ? param : null;
}
