import { excel } from "./exceljs.ts";
import express, { type Response, type Router } from "express";
import type { Knex } from "knex";
import type { Logger } from "pino";
import { SIGNED_IN } from "../auth/role.ts";
import { ViewerScope } from "../auth/viewer-scope.ts";
import { DomainError, InvalidInputError } from "../common/errors.ts";
import { parseCalendarDate } from "../common/calendar-date.ts";
import { currentLanguage, type Language } from "../i18n/request-context.ts";
import { LEDGER_KINDS } from "../ledger/ledger-kinds.ts";
import { allRecords } from "../ledger/ledger.service.ts";
import type { RecordFilter } from "../ledger/ledger.types.ts";
import { listUnits } from "../units/unit.repository.ts";
import { createFinalizedYearLoader } from "../years/finalized-years.ts";
import { isYear } from "../years/year.ts";
import { ArrearsStatus } from "../fees/arrears.enums.ts";
import { listHouseholds } from "../fees/arrears.service.ts";
import { ARREARS_COLUMNS, EXPORT_COLUMNS, EXPORT_KINDS, type ExportColumn, header } from "./record-columns.ts";
import { refuse, refuseDomainError, signedInCaller } from "./http-door.ts";
import { writeYearReport } from "./year-report.ts";

const MONEY_FORMAT = "#,##0.00";

/**
 * GET /api/export/{revenue|costs|callbacks|complaints|dispatches}.csv|.xlsx?year=&unit=&from=&to=&category=
 * — the records the caller may read (a station head: their own unit of an open year), streamed
 * page by page in date order, so a 156,000-row year never sits in memory. And
 * GET /api/export/report.xlsx?year= — the year-end report as one workbook. And
 * GET /api/export/arrears.csv|.xlsx?year=&unit=&status= — the arrears register (欠费户), its
 * personal data masked exactly as in the API (arrears.service.ts presentHousehold).
 */
export function exportRouter(knex: Knex, logger: Logger): Router {
  const router = express.Router();
  router.get("/:file", async (req, res) => {
    const match = /^([a-z]+)\.(csv|xlsx)$/.exec(req.params.file);
    const viewer = await signedInCaller(knex, req, res, { roles: SIGNED_IN, operation: "export", changes: false, allowedOrigins: [] });
    if (!viewer) return;
    const scope = ViewerScope.of(viewer, createFinalizedYearLoader(knex));
    const language = currentLanguage();
    try {
      const filter = filterOf(req.query as Record<string, unknown>);
      if (match?.[1] === "report" && match[2] === "xlsx") {
        if (!filter.year) return refuse(res, 400, "BAD_USER_INPUT", "INVALID_INPUT", { details: "year" });
        sendHeaders(res, `report-${filter.year}.xlsx`);
        await writeYearReport(knex, scope, filter.year, language, res);
        return;
      }
      if (match?.[1] === "arrears") {
        if (!filter.year) return refuse(res, 400, "BAD_USER_INPUT", "INVALID_INPUT", { details: "year" });
        const households = await listHouseholds(knex, scope, {
          year: filter.year,
          unitCode: filter.unitCode,
          status: arrearsStatusOf(typeof req.query.status === "string" && req.query.status !== "" ? req.query.status : undefined),
        });
        const units = new Map((await listUnits(knex, true)).map((u) => [Number(u.id), `${u.code}\u0000${u.name}`]));
        const pages = (async function* () {
          yield households as unknown as Record<string, unknown>[];
        })();
        const title = titleOf("arrears", filter, language);
        const unitName = (id: number) => units.get(id) ?? String(id);
        if (match[2] === "csv") await sendCsv(res, "arrears.csv", title, ARREARS_COLUMNS, pages, unitName, language);
        else await sendXlsx(res, "arrears.xlsx", title, ARREARS_COLUMNS, pages, unitName, language);
        return;
      }
      const kindName = match ? EXPORT_KINDS[match[1]] : undefined;
      if (!match || !kindName) {
        return refuse(res, 404, "NOT_FOUND", "IMPORT_UNKNOWN_KIND", {
          kind: req.params.file.slice(0, 40),
          allowed: `${Object.keys(EXPORT_KINDS).join(", ")}, arrears, report`,
        });
      }
      const kind = LEDGER_KINDS[kindName];
      const columns = EXPORT_COLUMNS[kindName];
      const units = new Map((await listUnits(knex, true)).map((u) => [Number(u.id), `${u.code}\u0000${u.name}`]));
      const unitName = (id: number) => units.get(id) ?? String(id);
      const pages = allRecords(knex, scope, kind, filter) as AsyncGenerator<Record<string, unknown>[]>;
      // The first page is read before anything is sent, so a refused filter still answers in JSON.
      const first = await pages.next();
      const rest = async function* () {
        if (!first.done) yield first.value;
        yield* pages;
      };
      const title = titleOf(match[1], filter, language);
      if (match[2] === "csv") await sendCsv(res, `${match[1]}.csv`, title, columns, rest(), unitName, language);
      else await sendXlsx(res, `${match[1]}.xlsx`, title, columns, rest(), unitName, language);
    } catch (error) {
      if (res.headersSent) {
        logger.error({ err: error }, "export failed while streaming");
        res.destroy(error as Error);
        return;
      }
      if (error instanceof DomainError) return refuseDomainError(res, error);
      throw error;
    }
  });
  return router;
}

function filterOf(query: Record<string, unknown>): RecordFilter {
  const text = (name: string) => (typeof query[name] === "string" && query[name] !== "" ? (query[name] as string) : undefined);
  const filter: RecordFilter = {};
  const invalid: { field: string; reason: "YEAR_RANGE" | "NOT_A_DATE"; params: { got: string } }[] = [];
  if (text("year")) {
    const year = Number(text("year"));
    if (isYear(year)) filter.year = year;
    else invalid.push({ field: "year", reason: "YEAR_RANGE", params: { got: text("year")!.slice(0, 20) } });
  }
  for (const name of ["from", "to"] as const) {
    const value = text(name);
    if (!value) continue;
    try {
      filter[name] = parseCalendarDate(value);
    } catch {
      invalid.push({ field: name, reason: "NOT_A_DATE", params: { got: value.slice(0, 20) } });
    }
  }
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  filter.unitCode = text("unit");
  filter.category = text("category");
  return filter;
}

function titleOf(kind: string, filter: RecordFilter, language: Language): string {
  const parts = Object.entries({ year: filter.year, unit: filter.unitCode, from: filter.from, to: filter.to, category: filter.category })
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${k}=${v}`);
  const label = language === "zh" ? "导出" : "Export";
  return `${label} ${kind}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}

function sendHeaders(res: Response, fileName: string): void {
  const type = fileName.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  res.setHeader("content-type", type);
  res.setHeader("content-disposition", `attachment; filename="${fileName}"`);
  res.setHeader("cache-control", "no-store");
}

const csvCell = (value: string | boolean | null, language: Language) => {
  const text = typeof value === "boolean" ? (value ? (language === "zh" ? "是" : "yes") : language === "zh" ? "否" : "no") : (value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Writes and waits when the socket's buffer is full, so a slow client holds the export back instead of memory filling. */
async function write(res: Response, chunk: string): Promise<void> {
  if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
}

async function sendCsv(
  res: Response,
  fileName: string,
  title: string,
  columns: ExportColumn[],
  pages: AsyncIterable<Record<string, unknown>[]>,
  unitName: (id: number) => string,
  language: Language,
): Promise<void> {
  sendHeaders(res, fileName);
  // The BOM makes Excel read the file as UTF-8; the title row names the filters.
  await write(res, `\ufeff${csvCell(title, language)}\r\n${columns.map((c) => csvCell(header(c, language), language)).join(",")}\r\n`);
  for await (const page of pages) {
    await write(res, page.map((record) => `${columns.map((c) => csvCell(c.value(record, unitName), language)).join(",")}\r\n`).join(""));
  }
  res.end();
}

async function sendXlsx(
  res: Response,
  fileName: string,
  title: string,
  columns: ExportColumn[],
  pages: AsyncIterable<Record<string, unknown>[]>,
  unitName: (id: number) => string,
  language: Language,
): Promise<void> {
  sendHeaders(res, fileName);
  const workbook = new (await excel()).stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(language === "zh" ? "记录" : "Records");
  sheet.addRow([title]).commit();
  const head = sheet.addRow(columns.map((c) => header(c, language)));
  head.font = { bold: true };
  head.commit();
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.type === "text" ? 18 : 14;
  });
  for await (const page of pages) {
    for (const record of page) {
      const row = sheet.addRow(
        columns.map((c) => {
          const value = c.value(record, unitName);
          if (c.type === "money") return Number(value);
          if (c.type === "date") return new Date(`${value}T00:00:00Z`);
          if (c.type === "yesno") return value ? (language === "zh" ? "是" : "yes") : language === "zh" ? "否" : "no";
          return value;
        }),
      );
      columns.forEach((c, index) => {
        if (c.type === "money") row.getCell(index + 1).numFmt = MONEY_FORMAT;
        if (c.type === "date") row.getCell(index + 1).numFmt = "yyyy-mm-dd";
      });
      row.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}

/** The arrears export's status filter; unknown values are refused. */
function arrearsStatusOf(category: string | undefined): ArrearsStatus | undefined {
  if (!category) return undefined;
  if (!(Object.values(ArrearsStatus) as string[]).includes(category)) {
    throw new InvalidInputError([
      { field: "status", reason: "UNKNOWN_VALUE", params: { got: category.slice(0, 40), allowed: Object.values(ArrearsStatus).join(", ") } },
    ]);
  }
  return category as ArrearsStatus;
}
