import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";

/** Clicks `trigger` and returns the file the page downloads, with the name it suggested. */
export async function download(page: Page, trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), trigger.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** RFC 4180 CSV → rows of fields (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A figure as the screen shows it ("1,072.10", "108.00%", "6%", "+3.50", "6 ⚠" where the roster differs) → its number. */
export const screenNumber = (text: string): number => Number(text.replace(/[,%+\s⚠]/g, ""));

/** The texts of a table's body rows and of its 合计 row, cell by cell, as the screen shows them. */
export async function tableTexts(table: Locator): Promise<{ headers: string[]; rows: string[][]; totals: string[] | null }> {
  const headers = (await table.locator("thead th").allTextContents()).map((s) => s.trim());
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")));
  const foot = table.locator("tfoot tr");
  const totals = (await foot.count()) > 0 ? (await foot.locator("td").allTextContents()).map((s) => s.trim()) : null;
  return { headers, rows, totals };
}
