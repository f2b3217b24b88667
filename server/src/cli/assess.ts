import "reflect-metadata";
import os from "node:os";
import { parseArgs } from "node:util";
import { openDatabase } from "../app/database.ts";
import { finalizeAssessment, getAssessment, type AssessmentView } from "../assessment/assessment.service.ts";
import { explanationText } from "../assessment/scoring/index.ts";
import { DomainError } from "../common/errors.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { isYear } from "../years/year.ts";
import { formatRankingCsv, formatRankingTable, GRADE_LABELS } from "./ranking-format.ts";

const USAGE = `usage: pnpm assess --year 2025 [--format table|json|csv] [--explain UNIT] [--language zh|en] [--finalize]

  --year       the assessment year (required)
  --format     table (default), json or csv
  --explain    print one unit's full explanation, e.g. --explain north
  --language   zh (default) or en
  --finalize   finalise the year first (refused while a unit is incomplete)

Uses the server's configuration: the embedded database (started if needed) or DATABASE_URL.`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      year: { type: "string" },
      format: { type: "string", default: "table" },
      explain: { type: "string" },
      language: { type: "string", default: "zh" },
      finalize: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) fail(USAGE, 0);
  const year = Number(values.year);
  if (!values.year || !isYear(year)) fail(`--year is required and must be a year from 2000 to 2100\n\n${USAGE}`);
  if (!["table", "json", "csv"].includes(values.format!)) fail(`--format must be table, json or csv\n\n${USAGE}`);
  if (!["zh", "en"].includes(values.language!)) fail(`--language must be zh or en\n\n${USAGE}`);
  const language = values.language as "zh" | "en";

  const config = loadConfig();
  const database = await openDatabase(config, createLogger(process.env.LOG_LEVEL ?? "warn"));
  try {
    const assessment: AssessmentView = values.finalize
      ? await finalizeAssessment(database.knex, year, `cli:${os.userInfo().username}`)
      : await getAssessment(database.knex, year);
    if (assessment.results.length === 0) fail(`${year}: no unit has a contract that year`, 1);
    if (values.explain) {
      const result = assessment.results.find((r) => r.unitCode === values.explain);
      if (!result) fail(`${year}: no assessed unit "${values.explain}" (units: ${assessment.results.map((r) => r.unitCode).join(", ")})`, 1);
      console.log(`${result.unitName} (${result.unitCode}) — ${year}\n`);
      for (const score of result.scores) console.log(`${explanationText(score, language)}\n`);
      console.log(`${language === "zh" ? "总分" : "Total"}: ${language === "zh" ? result.totalFormula.zh : result.totalFormula.en}`);
      console.log(`${language === "zh" ? "名次" : "Rank"} ${result.rank}, ${GRADE_LABELS[result.grade][language]}`);
      const pay = result.pay;
      console.log(
        `${language === "zh" ? "效益工资" : "Performance pay"}: ${pay.commission} + ${pay.overTargetBonus} − ${pay.underTargetDeduction} + ${pay.repairSavingsReward} − ${pay.repairOverspendCharge} = ${pay.net}`,
      );
      return;
    }
    if (values.format === "json")
      console.log(JSON.stringify({ year, finalized: assessment.finalized, scheme: assessment.scheme, results: assessment.results }, null, 2));
    else if (values.format === "csv") process.stdout.write(formatRankingCsv(assessment.results));
    else console.log(formatRankingTable(assessment, language));
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  if (error instanceof ConfigError) fail(error.message, 1);
  if (error instanceof DomainError) fail(`${error.code}: ${error.message}`, 1);
  fail(`assess failed: ${error instanceof Error ? error.stack : error}`, 1);
});
