import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { DomainError, InvalidInputError } from "../../common/errors.ts";
import { DATABASE_UNAVAILABLE_MESSAGE, formatError, internalMessage } from "../format-error.ts";

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ["recordRevenue"] });

describe("formatError", () => {
  it("masks unexpected errors: no SQL, constraint names, hosts or stack traces reach the caller", () => {
    const pgError = Object.assign(new Error('insert into "revenue_records" violates check constraint "revenue_amount_sign" on db.internal:5432'), {
      code: "23514",
      constraint: "revenue_amount_sign",
    });
    const formatted = formatError(
      { message: pgError.message, path: ["recordRevenue"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } },
      wrap(pgError),
    );
    expect(formatted).toEqual({ message: internalMessage(), path: ["recordRevenue"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(JSON.stringify(formatted)).not.toMatch(/constraint|insert|db\.internal|stacktrace/);
  });

  it("keeps domain errors with their code and details", () => {
    const formatted = formatError(
      { message: "x" },
      wrap(new InvalidInputError([{ index: 2, field: "amount", reason: "NOT_NEGATIVE", params: { got: "-1.00" } }])),
    );
    // Outside a request the language is Chinese; the row is counted from 1.
    expect(formatted.extensions).toEqual({
      code: "BAD_USER_INPUT",
      invalid: [{ index: 2, row: 3, field: "amount", reason: "NOT_NEGATIVE", params: { got: "-1.00" }, message: "不能为负数(实际为 -1.00)" }],
    });
    expect(formatted.message).toBe("有 1 行有误,均未保存:第 3 行 金额(amount): 不能为负数(实际为 -1.00)");
    expect(
      formatError({ message: "x" }, wrap(new DomainError("YEAR_FINALIZED", "YEAR_FINALIZED", { years: "2025" }, { years: [2025] }))).extensions,
    ).toEqual({
      code: "YEAR_FINALIZED",
      years: [2025],
    });
  });

  it("maps the database's finalised-year guard to YEAR_FINALIZED without its SQL", () => {
    const guard = Object.assign(new Error("year 2025 is finalised; reopen it before changing its data"), { code: "SA001", detail: "2025" });
    expect(formatError({ message: guard.message }, wrap(guard))).toMatchObject({ extensions: { code: "YEAR_FINALIZED", years: [2025] } });
  });

  describe("a database that cannot be reached becomes the retryable DATABASE_UNAVAILABLE", () => {
    const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
    const unavailable: [string, Error][] = [
      ["connection refused", withCode("connect ECONNREFUSED 127.0.0.1:54329", "ECONNREFUSED")],
      ["connection reset", withCode("read ECONNRESET", "ECONNRESET")],
      ["a dropped session, as knex reports it", new Error('insert into "revenue_records" … - Connection terminated unexpectedly')],
      ["a connection ended by the client while in use", new Error("Connection terminated")],
      ["a connect timeout", new Error("timeout expired")],
      ["a broken client", new Error("Client has encountered a connection error and is not queryable")],
      ["57P01 admin_shutdown", withCode("terminating connection due to administrator command", "57P01")],
      ["57P02 crash_shutdown", withCode("terminating connection because of crash of another server process", "57P02")],
      ["57P03 cannot_connect_now", withCode("the database system is starting up", "57P03")],
      ["08006 connection_failure", withCode("connection failure", "08006")],
      ["08001 unable to connect", withCode("could not connect", "08001")],
      [
        "knex's pool timeout",
        Object.assign(new Error("Knex: Timeout acquiring a connection. The pool is probably full."), { name: "KnexTimeoutError" }),
      ],
      ["every address refused", new AggregateError([withCode("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")], "")],
      ["a cause", new Error("query failed", { cause: withCode("read ECONNRESET", "ECONNRESET") })],
    ];
    it.each(unavailable)("%s", (_, original) => {
      expect(formatError({ message: original.message, path: ["units"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, wrap(original))).toEqual({
        message: DATABASE_UNAVAILABLE_MESSAGE,
        path: ["units"],
        extensions: { code: "DATABASE_UNAVAILABLE", retryable: true },
      });
    });

    it("also when it failed while building the request context (a GraphQL error without a path)", () => {
      const contextError = new GraphQLError("Context creation failed", { originalError: withCode("connect ECONNREFUSED", "ECONNREFUSED") });
      expect(formatError({ message: "Context creation failed", extensions: { code: "INTERNAL_SERVER_ERROR" } }, contextError).extensions).toEqual({
        code: "DATABASE_UNAVAILABLE",
        retryable: true,
      });
    });

    it("says so in Chinese and English", () => {
      expect(DATABASE_UNAVAILABLE_MESSAGE).toMatch(/数据库暂时无法连接.*The database cannot be reached/s);
    });

    const other: [string, Error][] = [
      ["a unique violation", withCode("duplicate key value violates unique constraint", "23505")],
      ["a cancelled statement (statement timeout)", withCode("canceling statement due to statement timeout", "57014")],
      ["a missing table", withCode('relation "units" does not exist', "42P01")],
      ["a plain bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ];
    it.each(other)("but %s stays a masked internal error", (_, original) => {
      expect(formatError({ message: original.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, wrap(original)).extensions).toEqual({
        code: "INTERNAL_SERVER_ERROR",
      });
    });
  });
});
