import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { Cell } from "./cells.ts";
import { csvRecords } from "./csv-records.ts";
import { ImportFileError } from "./import-errors.ts";

export type TableFormat = "xlsx" | "csv";

/** One row of a sheet: its 1-based number as Excel shows it, and its cells from column A. */
export interface TableRow {
  sheet: string;
  row: number;
  cells: Cell[];
}

const SAMPLE_BYTES = 64 * 1024;
const XLSX_BATCH_ROWS = 500;

/**
 * What the file is, by its name and its first bytes (a name can lie): an .xlsx is a zip archive,
 * a .csv is text. Binary junk named .csv, an old .xls or a renamed PDF is refused here.
 */
export interface SniffedFormat {
  format: TableFormat;
  encoding?: string;
  delimiter?: string;
}

export async function sniffFormat(path: string, fileName: string): Promise<SniffedFormat> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== "xlsx" && extension !== "csv") throw new ImportFileError(415, "IMPORT_UNSUPPORTED_TYPE", { fileName: fileName.slice(0, 100) });
  const handle = await open(path, "r");
  const sample = Buffer.alloc(SAMPLE_BYTES);
  const { bytesRead } = await handle.read(sample, 0, SAMPLE_BYTES, 0);
  const size = (await handle.stat()).size;
  await handle.close();
  const bytes = sample.subarray(0, bytesRead);
  if (size === 0) throw new ImportFileError(400, "IMPORT_EMPTY_FILE", { fileName: fileName.slice(0, 100) });
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (extension === "xlsx") {
    if (!isZip) throw new ImportFileError(415, "IMPORT_NOT_WORKBOOK", { fileName: fileName.slice(0, 100) });
    return { format: "xlsx" };
  }
  if (isZip) throw new ImportFileError(415, "IMPORT_NOT_TEXT", { fileName: fileName.slice(0, 100) });
  const encoding = textEncoding(bytes, size > bytesRead, fileName);
  return { format: "csv", encoding, delimiter: delimiterOf(iconv.decode(bytes, encoding)) };
}

/** The separator of the first lines: the one of comma, tab and semicolon seen most outside quotes. */
function delimiterOf(text: string): string {
  const head = text
    .split(/\r?\n/)
    .slice(0, 5)
    .join("\n")
    .replace(/"[^"]*"/g, "");
  const counts = [",", "\t", ";"].map((d) => [d, head.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (what Chinese Excel saves); junk refused. */
function textEncoding(bytes: Buffer, truncated: boolean, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const controls = bytes.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d).length;
  if (bytes.includes(0) || controls > bytes.length / 100) throw new ImportFileError(415, "IMPORT_NOT_TEXT", { fileName: fileName.slice(0, 100) });
  // A multi-byte character may be cut at the end of the sample: leave its last bytes out.
  const probe = truncated ? bytes.subarray(0, Math.max(0, bytes.length - 4)) : bytes;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(probe);
    return "utf-8";
  } catch {
    const decoded = iconv.decode(probe, "gb18030");
    if ((decoded.match(/\uFFFD/g)?.length ?? 0) > decoded.length / 100)
      throw new ImportFileError(415, "IMPORT_NOT_TEXT", { fileName: fileName.slice(0, 100) });
    return "gb18030";
  }
}

/**
 * Every row of every sheet, streamed (a 156,000-row workbook is never held whole): exceljs'
 * streaming reader for .xlsx (date-formatted cells arrive as dates, formulas as formula objects),
 * csv-records.ts behind an iconv-lite decoder for .csv (comma, semicolon or tab separated).
 * Rows come in batches, so the reader awaits once per batch rather than once per row.
 */
export async function* readTable(path: string, fileName: string, sniffed: SniffedFormat): AsyncGenerator<TableRow[]> {
  if (sniffed.format === "csv") {
    yield* readCsv(path, sniffed.encoding ?? "utf-8", sniffed.delimiter ?? ",");
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      let batch: TableRow[] = [];
      for await (const row of sheet) {
        const values = row.values as Cell[];
        batch.push({ sheet: name, row: row.number, cells: Array.isArray(values) ? values.slice(1) : [] });
        if (batch.length >= XLSX_BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(415, "IMPORT_NOT_WORKBOOK", { fileName: fileName.slice(0, 100) }, { cause: String(error).slice(0, 200) });
  }
}

async function* readCsv(path: string, encoding: string, delimiter: string): AsyncGenerator<TableRow[]> {
  const text = createReadStream(path).pipe(iconv.decodeStream(encoding, { stripBOM: true })) as AsyncIterable<string>;
  for await (const records of csvRecords(text, delimiter)) yield records.map((record) => ({ sheet: "CSV", row: record.line, cells: record.fields }));
}
