import type { Workbook } from "exceljs";
import type { ExportCell, ExportSheet } from "./table-export.ts";

/** The Workbook constructor, from `import("exceljs")` in the browser or in a test. */
type WorkbookClass = new () => Workbook;

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF0F4F8" } } as const;

function writeCell(target: import("exceljs").Cell, cell: ExportCell): void {
  if (cell.type === "number") {
    target.value = cell.value;
    target.numFmt = cell.numFmt;
  } else if (cell.type === "date") {
    const [year, month, day] = cell.value.split("-").map(Number);
    // Noon UTC, so no time zone moves the calendar day.
    target.value = new Date(Date.UTC(year, month - 1, day, 12));
    target.numFmt = cell.numFmt;
  } else if (cell.type === "text") {
    target.value = cell.value;
  }
}

/**
 * The sheet as an Excel workbook: title row (merged across the table), filter row, bold header
 * with the filters above it, frozen below the header, number formats per cell, bold 合计 row.
 * Pure apart from exceljs itself, so a unit test can read the result back.
 */
export function sheetToWorkbook(ExcelWorkbook: WorkbookClass, sheet: ExportSheet): Workbook {
  const workbook = new ExcelWorkbook();
  workbook.created = new Date();
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const worksheet = workbook.addWorksheet(sheet.title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1");
  const width = Math.max(1, sheet.headers.length);
  worksheet.columns = sheet.columns.map((c) => ({ width: c.width }));

  const titleRow = worksheet.addRow([sheet.title]);
  titleRow.font = { bold: true, size: 14 };
  worksheet.mergeCells(titleRow.number, 1, titleRow.number, width);
  if (sheet.filterLine) {
    const filterRow = worksheet.addRow([sheet.filterLine]);
    worksheet.mergeCells(filterRow.number, 1, filterRow.number, width);
  }
  const headerRow = worksheet.addRow(sheet.headers);
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
  });
  worksheet.views = [{ state: "frozen", ySplit: headerRow.number }];

  const add = (cells: ExportCell[], bold: boolean) => {
    const row = worksheet.addRow([]);
    for (const [i, cell] of cells.entries()) writeCell(row.getCell(i + 1), cell);
    if (bold) row.font = { bold: true };
  };
  for (const cells of sheet.rows) add(cells, false);
  if (sheet.totals) add(sheet.totals, true);
  return workbook;
}
