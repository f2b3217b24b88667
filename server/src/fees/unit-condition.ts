import type { Knex } from "knex";

/**
 * A fee query's unit restriction: `column` among `units`, or every unit when `units` is null (a
 * viewer who reads all units). The condition's text and the bindings it needs, in that order.
 */
export function unitCondition(column: string, units: number[] | null): { sql: string; bindings: Knex.RawBinding[] } {
  return units === null ? { sql: "true", bindings: [] } : { sql: `${column} = any(?::int[])`, bindings: [units] };
}
