import "reflect-metadata";
import http from "node:http";
import knexFactory from "knex";
import pg from "pg";
import { loadAssessmentInputs } from "../server/src/assessment/assessment-inputs.repository.ts";
import { scoreInputs } from "../server/src/assessment/assessment.service.ts";
import { schemeForYear } from "../server/src/scheme/scheme.service.ts";
import { signedIn } from "./token-check.ts";

/**
 * The yardstick of `pnpm bench:compare`: a bare node:http + pg server answering the compared
 * GraphQL requests with the same JSON, from hand-written SQL (and, for the assessment, the same
 * SQL aggregates and scoring engine the product uses), with no GraphQL, no framework and no
 * plugins. It checks the Bearer token in one indexed statement, as the product must.
 * Env: DATABASE_URL, PORT.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL, pool: { min: 1, max: 4 } });

const today = () => new Date().toISOString().slice(0, 10);

const answers: Record<string, (variables: Record<string, unknown>) => Promise<unknown>> = {
  async Units() {
    const { rows } = await pool.query(
      `select u.code, nm.name from units u cross join lateral unit_name_row(u.id, $1::date) nm
       where u.retired_from is null or u.retired_from > $1::date order by u.id`,
      [today()],
    );
    return { units: rows };
  },
  async Contracts(variables) {
    const year = Number(variables.year);
    const day = year < Number(today().slice(0, 4)) ? `${year}-12-31` : today();
    const { rows } = await pool.query(
      `select c.year, c.revenue_target::text, c.staff_count, c.vehicle_count, c.base_expense::text, c.repair_budget::text,
              u.code, nm.name
       from contracts c join units u on u.id = c.unit_id cross join lateral unit_name_row(u.id, $2::date) nm
       where c.year = $1 order by u.id`,
      [year, day],
    );
    return {
      contracts: rows.map((r) => ({
        year: r.year,
        revenueTarget: r.revenue_target,
        staffCount: r.staff_count,
        vehicleCount: r.vehicle_count,
        baseExpense: r.base_expense,
        repairBudget: r.repair_budget,
        unit: { code: r.code, name: r.name },
      })),
    };
  },
  async Assessment(variables) {
    const year = Number(variables.year);
    const [scheme, inputs] = await Promise.all([schemeForYear(knex, year), loadAssessmentInputs(knex, { year })]);
    const results = scoreInputs(year, inputs, scheme.parameters).sort((a, b) => a.rank - b.rank || a.unitCode.localeCompare(b.unitCode));
    return {
      assessment: {
        finalized: false,
        results: results.map((r) => ({
          unit: { code: r.unitCode, name: r.unitName },
          revenueActual: r.revenueActual,
          completionRate: Number(r.completionRate),
          total: Number(r.total),
          rank: r.rank,
          grade: r.grade,
          complete: r.complete,
          scores: r.scores.map((s) => ({ dimension: s.dimension, score: s.score === null ? null : Number(s.score), explanation: s.explanation.zh })),
          pay: r.pay,
        })),
      },
    };
  },
};

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { operationName?: string; variables?: Record<string, unknown> };
      const answer = body.operationName ? answers[body.operationName] : undefined;
      if (!answer) {
        response.writeHead(400, { "content-type": "application/json" }).end('{"errors":[{"message":"unknown operation"}]}');
        return;
      }
      if (!(await signedIn(pool, request.headers.authorization))) {
        response.writeHead(401, { "content-type": "application/json" }).end('{"errors":[{"message":"sign in"}]}');
        return;
      }
      const data = await answer(body.variables ?? {});
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data }));
    } catch (error) {
      response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`bare server on ${process.env.PORT}`));
