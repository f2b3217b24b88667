import "reflect-metadata";
import { existsSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../app/database.ts";
import { DomainError } from "../common/errors.ts";
import { loadConfig } from "../config.ts";
import { ImportFileError } from "../import/import-errors.ts";
import { IMPORT_KIND_NAMES, type ImportKindName } from "../import/import-kind.ts";
import { IMPORT_KINDS } from "../import/import-kinds.ts";
import type { ImportReport } from "../import/import-report.ts";
import { runImport } from "../import/import.service.ts";
import { messageText } from "../i18n/messages.ts";
import { createLogger } from "../logger.ts";
import { isYear } from "../years/year.ts";

const USAGE = `usage: pnpm run import FILE --kind revenue|costs|callbacks|complaints|dispatches|contracts|households|arrears [--dry-run] [--json]
                   [--sheet NAME] [--year 2025] [--map "收款单位=unitCode"] [--language zh|en]

  --kind       what the file holds (required)
  --dry-run    check only: report what would be stored, store nothing
  --json       print the check report as JSON (the shape of POST /api/import)
  --sheet      the workbook sheet to read (default: the first with a recognised header row)
  --year       the year of a contract table without a 年份 column
  --map        header=field for a column the import does not recognise (repeatable)

Exit code 0 when the file checks (and, without --dry-run, is stored), 1 when rows are invalid or
conflict (nothing stored), 2 for a file or argument that cannot be used.`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

/** A progress bar on a terminal (stderr), nothing when piped. */
function progress(enabled: boolean) {
  let last = 0;
  return (phase: "read" | "store", done: number, total?: number) => {
    if (!enabled || Date.now() - last < 100) return;
    last = Date.now();
    const label = phase === "read" ? "reading" : "storing";
    const bar = total ? `[${"#".repeat(Math.round((done / total) * 30)).padEnd(30, ".")}] ${done}/${total}` : `${done} rows`;
    process.stderr.write(`\r${label} ${bar}   `);
  };
}

function summary(report: ImportReport, language: "zh" | "en"): string {
  const zh = language === "zh";
  const lines = [
    `${report.fileName} (${report.kind}, ${report.sheet}): ${zh ? "读取" : "read"} ${report.rows} ${zh ? "行,有效" : "rows, valid"} ${report.valid}, ${zh ? "重复" : "duplicates"} ${report.duplicateCount}, ${zh ? "冲突" : "conflicts"} ${report.conflictCount}, ${zh ? "错误" : "invalid"} ${report.invalidCount}`,
  ];
  if (report.alreadyImported) {
    lines.push(
      zh
        ? `此文件已于 ${report.alreadyImported.at} 由 ${report.alreadyImported.actor} 导入`
        : `This file was imported on ${report.alreadyImported.at} by ${report.alreadyImported.actor}`,
    );
  }
  for (const t of report.totals) lines.push(`  ${t.unitCode}\t${t.category ?? ""}\t${t.count}\t${t.amount ?? ""}`);
  for (const i of report.invalid.slice(0, 50)) lines.push(`  ${i.sheet}!${i.column}${i.row} ${i.field} "${i.value}": ${i.reason}`);
  for (const c of report.conflicts.slice(0, 50)) lines.push(`  ${zh ? "第" : "row"} ${c.row}${zh ? " 行" : ""} ${c.reference}: ${c.reason}`);
  lines.push(
    report.stored
      ? zh
        ? `已保存 ${report.inserted} 条${report.inserted === 0 ? "(全部已存在,未保存任何内容)" : ""}`
        : `stored ${report.inserted}${report.inserted === 0 ? " (everything was already stored)" : ""}`
      : report.dryRun && report.invalidCount + report.conflictCount === 0
        ? zh
          ? "检查通过(未保存)"
          : "checked (nothing stored)"
        : zh
          ? "有错误,未保存任何内容"
          : "errors found, nothing was stored",
  );
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      sheet: { type: "string" },
      year: { type: "string" },
      map: { type: "string", multiple: true },
      language: { type: "string", default: "zh" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) fail(USAGE, 0);
  const file = positionals[0];
  if (!file) fail(`a FILE is required\n\n${USAGE}`);
  if (!(IMPORT_KIND_NAMES as readonly string[]).includes(values.kind ?? ""))
    fail(`--kind must be one of ${IMPORT_KIND_NAMES.join(", ")}\n\n${USAGE}`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !isYear(year)) fail("--year must be a year from 2000 to 2100");
  const language = values.language === "en" ? "en" : "zh";
  const mapping = Object.fromEntries((values.map ?? []).map((m) => m.split("=", 2) as [string, string]));
  // pnpm runs scripts in the package's folder: a relative FILE is the caller's.
  const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!existsSync(filePath) || !statSync(filePath).isFile()) fail(language === "en" ? `${filePath}: no such file` : `找不到文件 ${filePath}`);

  const database = await openDatabase(loadConfig(), createLogger(process.env.LOG_LEVEL ?? "warn"));
  try {
    const { status, report } = await runImport(database.knex, {
      kind: IMPORT_KINDS[values.kind as ImportKindName].kind,
      path: filePath,
      fileName: path.basename(file),
      dryRun: values["dry-run"]!,
      sheet: values.sheet,
      mapping,
      year,
      actor: `cli:${os.userInfo().username}`,
      language,
      onProgress: progress(process.stderr.isTTY && !values.json),
    });
    if (process.stderr.isTTY && !values.json) process.stderr.write("\n");
    console.log(values.json ? JSON.stringify(report, null, 2) : summary(report, language));
    process.exitCode = status === 200 ? 0 : 1;
  } catch (error) {
    if (error instanceof ImportFileError) {
      const message = messageText(error.key, error.params, language);
      if (values.json)
        console.log(
          JSON.stringify({ errors: [{ message, extensions: { code: error.status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_FILE", ...error.details } }] }),
        );
      else console.error(message);
      process.exitCode = 2;
    } else if (error instanceof DomainError) {
      console.error(error.localizedMessage(language));
      process.exitCode = 2;
    } else throw error;
  } finally {
    await database.close();
  }
}

await main();
