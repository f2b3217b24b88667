/**
 * Money arrives as exact decimal strings ("3456000.00"). These helpers work on whole fen with
 * BigInt, so no binary floating point ever touches an amount that is shown or sent back.
 */

const MONEY_PATTERN = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** "3456000.5" → 345600050n fen; throws on anything that is not a money string. */
export function toFen(money: string): bigint {
  const match = MONEY_PATTERN.exec(money.trim());
  if (!match) throw new Error(`not a money amount: ${money}`);
  const [, minus, whole, decimals = ""] = match;
  const fen = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, "0"));
  return minus ? -fen : fen;
}

/** Groups thousands: 1234567 → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Divides with rounding half away from zero (the "half-up" of the rules, for both signs). */
function divideHalfUp(value: bigint, divisor: bigint): bigint {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return negative ? -rounded : rounded;
}

/** Formats hundredths (fen, or hundredths of 万元) with two decimals and thousands groups. */
function formatHundredths(hundredths: bigint, grouped: boolean): string {
  const negative = hundredths < 0n;
  const magnitude = negative ? -hundredths : hundredths;
  const whole = (magnitude / 100n).toString();
  const decimals = (magnitude % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${grouped ? groupThousands(whole) : whole}.${decimals}`;
}

/** Exact yuan for detail views: "3456000.00" → "3,456,000.00". */
export function formatYuan(money: string): string {
  return formatHundredths(toFen(money), true);
}

/** 万元 with two decimals, rounded half-up: "3456000.00" → "345.60". */
export function formatWan(money: string): string {
  return formatHundredths(divideHalfUp(toFen(money), 10_000n), true);
}

/**
 * 万元 as a plain number, for chart geometry only (bar lengths, axis ticks); labels and
 * tooltips format with `formatWanNumber`, tables with `formatWan` on the original string.
 */
export function wanNumber(money: string): number {
  return Number(divideHalfUp(toFen(money), 10_000n)) / 100;
}

/** A chart value already in 万元 → "1,234.50". */
export function formatWanNumber(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return formatHundredths(BigInt(Math.round(value * 100)), true);
}

export type WanParse = { ok: true; yuan: string } | { ok: false; reason: "empty" | "format" | "precision" };

/**
 * A 万元 amount typed by a person → the exact yuan string the API takes: "345.6" → "3456000.00".
 * Shifts the decimal point as text; more precision than a fen (6 decimals of 万元) is refused.
 */
export function parseWanToYuan(input: string, { allowNegative = false } = {}): WanParse {
  const text = input.trim().replace(/,/g, "");
  if (text === "") return { ok: false, reason: "empty" };
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === "" && !match[3]) || (match[1] && !allowNegative)) return { ok: false, reason: "format" };
  const [, minus, whole, decimals = ""] = match;
  if (decimals.length > 6) return { ok: false, reason: "precision" };
  const padded = decimals.padEnd(6, "0");
  const fen = BigInt(whole || "0") * 1_000_000n + BigInt(padded);
  return { ok: true, yuan: formatHundredths(minus ? -fen : fen, false) };
}

export type YuanParse = { ok: true; yuan: string } | { ok: false; reason: "empty" | "format" | "precision" };

/** A yuan amount typed by a person → the API's string: "1,234.5" → "1234.50"; at most 2 decimals. */
export function parseYuan(input: string, { allowNegative = false } = {}): YuanParse {
  const text = input.trim().replace(/,/g, "");
  if (text === "") return { ok: false, reason: "empty" };
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === "" && !match[3]) || (match[1] && !allowNegative)) return { ok: false, reason: "format" };
  const [, minus, whole, decimals = ""] = match;
  if (decimals.length > 2) return { ok: false, reason: "precision" };
  const fen = BigInt(whole || "0") * 100n + BigInt(decimals.padEnd(2, "0"));
  return { ok: true, yuan: formatHundredths(minus ? -fen : fen, false) };
}

/** Yuan string → the 万元 text an edit form starts with, exact: "3456000.00" → "345.6". */
export function yuanToWanInput(money: string): string {
  const fen = toFen(money);
  const negative = fen < 0n;
  const magnitude = negative ? -fen : fen;
  const whole = (magnitude / 1_000_000n).toString();
  const decimals = (magnitude % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${decimals ? `.${decimals}` : ""}`;
}

/** Exact sum of money strings. */
export function sumMoney(amounts: string[]): string {
  return formatHundredths(
    amounts.reduce((total, amount) => total + toFen(amount), 0n),
    false,
  );
}
