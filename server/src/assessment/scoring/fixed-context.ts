import { type Fixed, FIXED_HUNDRED, FIXED_ZERO, fixedOfCount, minus, plus, pow10, roundHalfUp, times } from "./fixed.ts";

/*
 * The server's decimal context (common/money.ts) rounds every result of +, −, × and ÷ to 40
 * significant digits, half-up. The *40 operations below do exactly that on fixed-point values, so
 * a rule written with them gives decimal.js's result digit for digit — including after a division
 * that does not terminate (1/3), where the rounding at the 40th digit matters to what follows.
 */
const PRECISION = 40;
const LIMIT = pow10(PRECISION);

/** Number of decimal digits of |n| (1 for 0), by binary search over the powers of ten: no string. */
function digits(n: bigint): number {
  const abs = n < 0n ? -n : n;
  let low = 0; // 10^low <= abs (or abs is 0)
  let high = 1;
  while (pow10(high) <= abs) high *= 2;
  // Now 10^low <= abs < 10^high (for abs >= 1).
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (pow10(middle) <= abs) low = middle;
    else high = middle;
  }
  return low + 1;
}

/** Half-up to 40 significant digits: what decimal.js does to each result. */
export function round40(a: Fixed): Fixed {
  const abs = a.units < 0n ? -a.units : a.units;
  if (abs < LIMIT) return a;
  const drop = digits(abs) - PRECISION;
  return atLeastScale0(roundHalfUp(a, a.scale - drop), drop - a.scale);
}

// A rounding above the units digit leaves a whole number; kept with scale 0.
function atLeastScale0(rounded: Fixed, shift: number): Fixed {
  if (shift <= 0) return rounded;
  return { units: rounded.units * pow10(shift), scale: 0 };
}

export function plus40(a: Fixed, b: Fixed): Fixed {
  return round40(plus(a, b));
}

export function minus40(a: Fixed, b: Fixed): Fixed {
  return round40(minus(a, b));
}

export function times40(a: Fixed, b: Fixed): Fixed {
  return round40(times(a, b));
}

/** a / b correctly rounded half-up to 40 significant digits, as decimal.js divides. */
export function div40(a: Fixed, b: Fixed): Fixed {
  if (b.units === 0n) throw new RangeError("division by zero");
  if (a.units === 0n) return FIXED_ZERO;
  const negative = a.units < 0n !== b.units < 0n;
  const n = a.units < 0n ? -a.units : a.units;
  const m = b.units < 0n ? -b.units : b.units;
  // Scale the dividend so the integer quotient has more than 40 digits; the rest is the remainder.
  const k = Math.max(0, PRECISION + 1 + digits(m) - digits(n));
  const scaled = n * pow10(k);
  let q = scaled / m;
  const r = scaled % m;
  const drop = digits(q) - PRECISION;
  let scale = k + a.scale - b.scale;
  if (drop > 0) {
    const divisor = pow10(drop);
    const rest = q % divisor;
    q /= divisor;
    // Round up when the dropped part, rest + r/m, is at least half of one unit kept.
    if ((rest * m + r) * 2n >= divisor * m) q += 1n;
    scale -= drop;
  }
  const units = negative ? -q : q;
  return scale >= 0 ? { units, scale } : { units: units * pow10(-scale), scale: 0 };
}

const HALF: Fixed = { units: 5n, scale: 1 };

/**
 * 100 × (whole + 0.5 × half) / count, as the callback and dispatch rules count them, with each
 * step rounded as the decimal context rounds it (for whole counts no step but the division rounds).
 */
export function countRatio(whole: number, half: number, count: number): Fixed {
  const sum = plus40(fixedOfCount(whole), times40(HALF, fixedOfCount(half)));
  return div40(times40(FIXED_HUNDRED, sum), fixedOfCount(count));
}
