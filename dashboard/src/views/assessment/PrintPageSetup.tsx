import { useStrings } from "../../i18n/I18nProvider.tsx";
import { assessmentStrings } from "./assessment-strings.ts";

/** Text as a CSS string literal (for `content:`), quotes and backslashes escaped. */
export const cssString = (text: string): string => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/**
 * The printed report's pages: A4 with margins, the report's name at the top of each page and
 * "第 n 页,共 m 页" at the foot. Chromium (131 and later) draws @page margin boxes with the page
 * and pages counters itself, so no footer element has to guess where pages break. Mounted only
 * with the assessment view, so other pages print without the report's running heads.
 */
export function PrintPageSetup({ year }: { year: number }) {
  const t = useStrings(assessmentStrings);
  const [before, middle, after] = t.pageOf;
  const css = `@page {
  size: A4;
  margin: 18mm 15mm 20mm;
  @top-left { content: ${cssString(t.printHead(year))}; font-size: 9pt; color: #555; }
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; font-size: 9pt; color: #555; }
}`;
  return <style>{css}</style>;
}
