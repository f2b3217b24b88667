import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Column } from "./table-types.ts";
import { buildExportSheet, exportFileName, exportHeader, toCsv } from "./table-export.ts";
import { totalsFor } from "./table-values.ts";
import { sheetToWorkbook } from "./table-xlsx.ts";

interface Contract {
  unit: string;
  target: string;
  staff: number;
  rate: number;
  signed: string;
}

const columns: Column<Contract>[] = [
  { key: "unit", header: "项目单位", kind: "text", value: (r) => r.unit },
  { key: "target", header: "创收任务(万元)", kind: "wan", value: (r) => r.target, total: "sum" },
  { key: "staff", header: "人员(个)", kind: "count", value: (r) => r.staff, total: "sum" },
  { key: "rate", header: "收入提成(%)", kind: "percent", value: (r) => r.rate },
  { key: "signed", header: "签订日期", kind: "date", value: (r) => r.signed },
  { key: "edit", header: "", kind: "text", value: () => null, exportable: false },
];

const rows: Contract[] = [
  { unit: "城北管理站", target: "3200000.00", staff: 12, rate: 6, signed: "2025-01-06" },
  { unit: '收费大厅, "东"', target: "1234.56", staff: 5, rate: 1.5, signed: "2025-01-07" },
];

const sheet = buildExportSheet({
  title: "2025年度目标责任书",
  filters: [{ label: "年度", value: "2025" }],
  columns,
  rows,
  totals: { label: "合计", values: totalsFor(columns, rows) },
  lang: "zh",
});

describe("the export sheet", () => {
  it("says the money unit in headers that do not, and leaves action columns out", () => {
    expect(exportHeader("基本费用", "wan", "zh")).toBe("基本费用(万元)");
    expect(exportHeader("创收任务(万元)", "wan", "zh")).toBe("创收任务(万元)");
    expect(exportHeader("Base expense", "wan", "en")).toBe("Base expense (10k yuan)");
    expect(sheet.headers).toEqual(["项目单位", "创收任务(万元)", "人员(个)", "收入提成(%)", "签订日期"]);
  });
  it("keeps 万元 exact and percents as fractions", () => {
    expect(sheet.rows[1][1]).toMatchObject({ type: "number", value: 0.123456, numFmt: "#,##0.00", csv: "0.12" });
    expect(sheet.rows[1][3]).toMatchObject({ type: "number", value: 0.015, numFmt: "0.00%" });
    expect(sheet.totals?.[0]).toEqual({ type: "text", value: "合计" });
    expect(sheet.totals?.[1]).toMatchObject({ value: 320.123456, csv: "320.12" });
  });
});

describe("CSV", () => {
  const csv = toCsv(sheet);
  it("starts with a byte-order mark and the title and filter rows", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.slice(0, 3)).toEqual(["2025年度目标责任书", "年度:2025", "项目单位,创收任务(万元),人员(个),收入提成(%),签订日期"]);
    expect(lines[3]).toBe("城北管理站,320.00,12,6.00,2025-01-06");
    expect(lines[4]).toBe('"收费大厅, ""东""",0.12,5,1.50,2025-01-07');
    expect(lines[5]).toBe("合计,320.12,17,,");
  });
  it("names the file after the title and filters", () => {
    expect(exportFileName(sheet, "csv")).toBe("2025年度目标责任书_年度_2025.csv");
  });
});

describe("XLSX", () => {
  it("reads back with headers, number cells with formats, the title row and the 合计 row", async () => {
    const buffer = await sheetToWorkbook(ExcelJS.Workbook, sheet).xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer as ArrayBuffer);
    const ws = read.worksheets[0];
    expect(ws.getCell("A1").value).toBe("2025年度目标责任书");
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.getCell("A2").value).toBe("年度:2025");
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(["项目单位", "创收任务(万元)", "人员(个)", "收入提成(%)", "签订日期"]);
    expect(ws.getCell("B4").type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell("B4").value).toBe(320);
    expect(ws.getCell("B4").numFmt).toBe("#,##0.00");
    expect(ws.getCell("C4").numFmt).toBe("#,##0");
    expect(ws.getCell("D5").value).toBe(0.015);
    expect(ws.getCell("D5").numFmt).toBe("0.00%");
    expect(ws.getCell("E4").value).toEqual(new Date(Date.UTC(2025, 0, 6, 12)));
    expect(ws.getCell("A6").value).toBe("合计");
    expect(ws.getCell("B6").value).toBe(320.123456);
    expect(ws.getCell("C6").value).toBe(17);
    expect(ws.getRow(6).font?.bold).toBe(true);
    expect(ws.rowCount).toBe(6);
  });
});
