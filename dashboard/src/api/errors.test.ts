import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { describeError, errorCode, incompleteUnits, invalidFields, parseVariableError } from "./errors.ts";

const graphQLError = (errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors, data: null });

describe("server errors", () => {
  it("reads a batch's invalid entries", () => {
    const error = graphQLError([
      {
        message: "2 entries are invalid",
        extensions: {
          code: "BAD_USER_INPUT",
          invalid: [
            { index: 0, row: 1, field: "unitCode", reason: "UNKNOWN_UNIT", params: { unit: "west" }, message: "没有代码或名称为“west”的单位" },
            { index: 3, row: 4, field: "amount", reason: "NOT_POSITIVE", params: { got: "0.00" }, message: "必须大于 0(实际为 0.00)" },
          ],
        },
      },
    ]);
    expect(errorCode(error)).toBe("BAD_USER_INPUT");
    // The text the server wrote in the dashboard's language, and its reason code.
    expect(invalidFields(error)).toEqual([
      { index: 0, field: "unitCode", reason: "没有代码或名称为“west”的单位", code: "UNKNOWN_UNIT" },
      { index: 3, field: "amount", reason: "必须大于 0(实际为 0.00)", code: "NOT_POSITIVE" },
    ]);
  });

  it("reads the entry and field of a variable error", () => {
    const message = 'Variable "$entries" got invalid value "12.345" at "entries[3].amount"; Money "12.345" has more than 2 decimals';
    expect(parseVariableError(message)).toEqual({ index: 3, field: "amount", reason: 'Money "12.345" has more than 2 decimals' });
    expect(parseVariableError('Variable "$input" got invalid value "x" at "input.revenueTarget"; bad')).toEqual({
      index: undefined,
      field: "revenueTarget",
      reason: "bad",
    });
    expect(invalidFields(graphQLError([{ message, extensions: { code: "BAD_USER_INPUT" } }]))).toEqual([
      { index: 3, field: "amount", reason: 'Money "12.345" has more than 2 decimals' },
    ]);
  });

  it("reads the incomplete units of a refused finalisation", () => {
    const lacking = [{ unitCode: "north", missing: [{ dimension: "COOPERATION", have: 2, need: 3 }] }];
    const error = graphQLError([{ message: "cannot be finalised", extensions: { code: "INCOMPLETE_ASSESSMENT", incompleteUnits: lacking } }]);
    expect(incompleteUnits(error)).toEqual(lacking);
    expect(describeError(error)).toBe("cannot be finalised");
  });

  it("describes network failures", () => {
    expect(describeError(new Error("Failed to fetch"))).toBe("Failed to fetch");
    expect(errorCode(new Error("x"))).toBeUndefined();
  });
});
