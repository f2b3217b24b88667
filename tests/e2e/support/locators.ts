/*
 * How the browser tests find things: as a user does. Tables, figures (charts, named by their
 * title), dialogs, forms, regions, buttons, links and tabs by role and accessible name; fields by
 * label; notices by role=status / role=alert and their text. Where the dashboard lacks the name a
 * user relies on, the dashboard gets it. data-testid stays only on single cells of wide tables (a
 * rank, a year's total), which no role names by column. A check that something is absent first
 * waits for something present (the rows, a heading, a figure, a notice), so it cannot pass on a
 * page that has not rendered yet.
 */
import type { Locator, Page } from "playwright-core";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What a definition list says of a term: the <dd> after the <dt> that reads `term` (a headline
 * figure "年度预算" → "70.00 万元", an import report's "有效行" → "2", a receipt "分管副总" → "待签收").
 * A string term must match the whole label; ARIA gives a definition no name of its own, so it is
 * found through its term, as a reader finds it.
 */
export function definitionOf(scope: Page | Locator, term: string | RegExp): Locator {
  const label = typeof term === "string" ? new RegExp(`^\\s*${escapeRegExp(term)}\\s*$`) : term;
  return scope.getByRole("term").filter({ hasText: label }).locator("xpath=following-sibling::dd[1]");
}

/** A column's position in a table's headers by the start of its header (a sortable header carries its sort mark). */
export const columnIndex = (headers: string[], name: string): number => headers.findIndex((h) => h.startsWith(name));
