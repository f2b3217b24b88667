import ExcelJS from "exceljs";
import type { TestServer } from "./test-server.ts";

export interface SheetSpec {
  name: string;
  rows: unknown[][];
  /** Ranges to merge, e.g. "A1:F1". */
  merges?: string[];
  /** Number formats by column letter, e.g. { B: "yyyy-mm-dd" }. */
  formats?: Record<string, string>;
}

/** A real .xlsx workbook as Excel would save it (exceljs' full writer). */
export async function xlsxFile(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow(row);
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const [column, format] of Object.entries(spec.formats ?? {})) sheet.getColumn(column).numFmt = format;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of every sheet of a workbook, as exceljs reads them back (values from column A). */
export async function readXlsx(bytes: ArrayBuffer | Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

export interface UploadOptions {
  kind: string;
  dryRun: boolean;
  file: Buffer;
  fileName: string;
  token?: string | null;
  language?: string;
  fields?: Record<string, string>;
  headers?: Record<string, string>;
}

/** POSTs a file to /api/import as a browser form does. */
export async function upload(server: TestServer, adminToken: string, options: UploadOptions): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  form.append("file", new Blob([new Uint8Array(options.file)]), options.fileName);
  const token = options.token === undefined ? adminToken : options.token;
  const response = await fetch(`${server.url}/api/import?kind=${options.kind}&dryRun=${options.dryRun}`, {
    method: "POST",
    headers: { "accept-language": options.language ?? "en", ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
    body: form,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // left as text: the assertion shows it
  }
  return { status: response.status, body };
}
