import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { DomainError, InvalidInputError } from "../../common/errors.ts";
import { formatError, INTERNAL_MESSAGE } from "../format-error.ts";

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
    expect(formatted).toEqual({ message: INTERNAL_MESSAGE, path: ["recordRevenue"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(JSON.stringify(formatted)).not.toMatch(/constraint|insert|db\.internal|stacktrace/);
  });

  it("keeps domain errors with their code and details", () => {
    const formatted = formatError(
      { message: "x" },
      wrap(new InvalidInputError([{ index: 2, field: "amount", reason: "must not be negative" }], "batch")),
    );
    expect(formatted.extensions).toEqual({ code: "BAD_USER_INPUT", invalid: [{ index: 2, field: "amount", reason: "must not be negative" }] });
    expect(formatError({ message: "x" }, wrap(new DomainError("YEAR_FINALIZED", "2025 is finalised", { years: [2025] }))).extensions).toEqual({
      code: "YEAR_FINALIZED",
      years: [2025],
    });
  });

  it("maps the database's finalised-year guard to YEAR_FINALIZED without its SQL", () => {
    const guard = Object.assign(new Error("year 2025 is finalised; reopen it before changing its data"), { code: "SA001", detail: "2025" });
    expect(formatError({ message: guard.message }, wrap(guard))).toMatchObject({ extensions: { code: "YEAR_FINALIZED", years: [2025] } });
  });
});
