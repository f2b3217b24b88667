/** A round bound and five ticks (−L, −L/2, 0, L/2, L) for an axis centred on zero. */
export interface SymmetricAxis {
  limit: number;
  ticks: number[];
}

const NICE = [1, 2, 2.5, 3, 4, 5, 10];

/**
 * The axis for savings (right) and overspends (left): zero in the middle so left and right
 * compare fairly; a round bound (1, 2, 2.5, 3, 4 or 5 × 10ⁿ) at least 40 % beyond the largest bar
 * so its percentage label fits beside it (with 15 % the labels of long overspend bars ran into
 * the unit names); ticks on round numbers rather than whatever the chart library would pick.
 */
export function symmetricAxis(values: readonly number[]): SymmetricAxis {
  const widest = Math.max(0, ...values.map(Math.abs));
  if (widest === 0) return { limit: 1, ticks: [-1, -0.5, 0, 0.5, 1] };
  const wanted = widest * 1.4;
  const magnitude = 10 ** Math.floor(Math.log10(wanted));
  const limit = NICE.map((n) => n * magnitude).find((candidate) => candidate >= wanted) ?? 10 * magnitude;
  return { limit, ticks: [-limit, -limit / 2, 0, limit / 2, limit] };
}
