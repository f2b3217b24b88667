import type { Knex } from "knex";
import { type Cell, CellError, cellText } from "./cells.ts";
import type { ImportContext } from "./import-kind.ts";

/**
 * Finds a unit by what a spreadsheet calls it: its code (any case), any name it has had, or the
 * short forms clerks write — 城北站 or 城北 for 城北管理站. A short form two units share is not
 * used (the cell must then say which).
 */
export async function loadUnitLookup(knex: Knex): Promise<(text: string) => string | null> {
  const rows = (await knex("units as u").leftJoin("unit_names as n", "n.unit_id", "u.id").select("u.code", "n.name", "n.name_en")) as {
    code: string;
    name: string | null;
    name_en: string | null;
  }[];
  const exact = new Map<string, string>();
  const short = new Map<string, string | null>();
  const key = (text: string) => text.normalize("NFKC").replace(/\s/g, "").toLowerCase();
  for (const row of rows) {
    exact.set(key(row.code), row.code);
    for (const name of [row.name, row.name_en]) {
      if (!name) continue;
      exact.set(key(name), row.code);
      for (const form of [name.replace(/管理站$/, "站"), name.replace(/(管理站|站)$/, "")]) {
        const k = key(form);
        if (!k || k === key(name)) continue;
        short.set(k, short.has(k) && short.get(k) !== row.code ? null : row.code);
      }
    }
  }
  return (text) => {
    const k = key(text);
    return exact.get(k) ?? short.get(k) ?? null;
  };
}

/**
 * A unit column's cell: required, and the unit's code when the lookup knows what it says. An
 * unknown unit is kept as written: the batch rules refuse it (UNKNOWN_UNIT) as every door does.
 */
export function parseUnitCell(cell: Cell, _wan: boolean, context: ImportContext): string {
  const text = cellText(cell);
  if (text === "") throw new CellError("REQUIRED");
  return context.unit(text) ?? text;
}
