import ExcelJS from "exceljs";
import { createWriteStream } from "node:fs";
import { openAsBlob } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { Session } from "node:inspector";
import os from "node:os";
import path from "node:path";
import { startBenchServer, type BenchServer } from "./harness.ts";

/**
 * The import service at scale, through its HTTP door: the 1,000-unit year's 156,000 weekly
 * remittances (1,000 units × 52 weeks × 3 categories) as the clerk's files would hold them —
 * Chinese headers under a title row, Excel date cells in the XLSX — checked (dryRun=true) and
 * imported (dryRun=false) by a server in this process, whose peak RSS above its resting RSS is
 * sampled every 20 ms. The CSV and the XLSX carry different references, so each stores its own
 * 156,000 rows. Targets on a 2-core machine: XLSX ≤ 15 s, CSV ≤ 6 s, RSS growth ≤ 300 MB.
 */
const UNITS = 1000;
const WEEKS = 52;
const CATEGORIES = [
  ["VIEWING_FEE", "收视费"],
  ["INSPECTION_FEE", "稽查费"],
  ["ARREARS", "老欠费"],
] as const;
const HEADERS = ["单位", "日期", "类别", "金额", "凭证号"];

const unitCode = (u: number) => `u${String(u).padStart(4, "0")}`;
/** The Monday of ISO week `w` of 2025 (2024-12-30 is week 1's Monday), kept inside 2025. */
const weekDay = (w: number) => new Date(Date.UTC(2025, 0, 1 + (w - 1) * 7));

function* remittances(prefix: string) {
  for (let u = 1; u <= UNITS; u++) {
    for (let w = 1; w <= WEEKS; w++) {
      for (const [code, label] of CATEGORIES) {
        const amount = (1000 + ((u * 37 + w * 11) % 5000) + (code === "VIEWING_FEE" ? 40000 : 0) + ((u + w) % 100) / 100).toFixed(2);
        yield {
          unit: unitCode(u),
          date: weekDay(w),
          label,
          amount,
          reference: `${prefix}-${unitCode(u)}-2025-W${String(w).padStart(2, "0")}-${code}`,
        };
      }
    }
  }
}

async function writeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r())));
  await write("\uFEFF2025年分类明细帐\r\n");
  await write(`${HEADERS.join(",")}\r\n`);
  for (const r of remittances("C")) await write(`${r.unit},${r.date.toISOString().slice(0, 10)},${r.label},${r.amount},${r.reference}\r\n`);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function writeXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet("分类明细帐");
  sheet.addRow(["2025年分类明细帐"]).commit();
  sheet.addRow(HEADERS).commit();
  for (const r of remittances("X")) {
    const row = sheet.addRow([r.unit, r.date, r.label, Number(r.amount), r.reference]);
    row.getCell(2).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** Peak RSS above the resting one while `work` runs, sampled every 20 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const resting = process.memoryUsage().rss;
  let peak = resting;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: (peak - resting) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** A CPU profile of this process (the server runs in it) written to `dir`, or nothing without one. */
async function startProfile(dir: string | undefined): Promise<{ stop(): Promise<void> }> {
  if (!dir) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  const call = (method: string) =>
    new Promise<any>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  await call("Profiler.enable");
  await call("Profiler.start");
  return {
    async stop() {
      const { profile } = await call("Profiler.stop");
      const file = path.join(dir, `import-${Date.now()}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      console.log(`CPU profile: ${file}`);
      session.disconnect();
    },
  };
}

async function post(server: BenchServer, file: string, name: string, dryRun: boolean) {
  const form = new FormData();
  form.append("file", await openAsBlob(file), name);
  const started = performance.now();
  const response = await fetch(`${server.url}/api/import?kind=revenue&dryRun=${dryRun}`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.token}` },
    body: form,
  });
  const report = (await response.json()) as { rows: number; valid: number; inserted: number; invalid: unknown[]; conflicts: unknown[] };
  const seconds = (performance.now() - started) / 1000;
  if (response.status !== 200) throw new Error(`${name} answered ${response.status}: ${JSON.stringify(report).slice(0, 1000)}`);
  return { seconds, report };
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "station-bench-import-"));
  const server = await startBenchServer();
  try {
    await server.knex.raw(
      `insert into units (code, name, kind) select 'u' || lpad(i::text, 4, '0'), '单位' || i, 'STATION' from generate_series(1, ?) i`,
      [UNITS],
    );
    const csv = path.join(dir, "revenue-2025.csv");
    const xlsx = path.join(dir, "revenue-2025.xlsx");
    // BENCH_FORMATS=csv (or xlsx) measures one of them; BENCH_PROFILE=DIR writes a CPU profile of the server's work.
    const formats = (process.env.BENCH_FORMATS ?? "csv,xlsx").split(",");
    const generating = performance.now();
    if (formats.includes("csv")) await writeCsv(csv);
    if (formats.includes("xlsx")) await writeXlsx(xlsx);
    const mb = async (file: string) => ((await stat(file).catch(() => ({ size: 0 }))).size / 1024 / 1024).toFixed(1);
    console.log(
      `generated ${UNITS * WEEKS * CATEGORIES.length} rows as CSV (${await mb(csv)} MB) and XLSX (${await mb(xlsx)} MB) in ${((performance.now() - generating) / 1000).toFixed(1)} s`,
    );
    const targets = { csv: 6, xlsx: 15 };
    const profile = await startProfile(process.env.BENCH_PROFILE);
    for (const [format, file] of [
      ["csv", csv],
      ["xlsx", xlsx],
    ] as const) {
      if (!formats.includes(format)) continue;
      const check = await withPeakRss(() => post(server, file, path.basename(file), true));
      const store = await withPeakRss(() => post(server, file, path.basename(file), false));
      const { rows, valid, inserted } = store.result.report;
      console.log(
        `${format.toUpperCase()}: check ${check.result.seconds.toFixed(1)} s, import ${store.result.seconds.toFixed(1)} s (target ≤ ${targets[format]} s); ` +
          `rows ${rows}, valid ${valid}, inserted ${inserted}; peak RSS growth ${Math.max(check.growthMb, store.growthMb).toFixed(0)} MB (target ≤ 300 MB)`,
      );
      const again = await post(server, file, path.basename(file), false);
      console.log(`${format.toUpperCase()} imported again: ${again.report.inserted} inserted in ${again.seconds.toFixed(1)} s`);
    }
    await profile.stop();
    const { rows } = await server.knex.raw("select count(*)::int as n, sum(amount)::text as total from revenue_records");
    console.log(`stored: ${rows[0].n} revenue rows, ${rows[0].total} yuan`);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
