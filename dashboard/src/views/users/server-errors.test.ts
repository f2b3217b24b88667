import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { serverFieldErrors } from "./server-errors.ts";

const graphQLError = (errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors, data: null });

describe("server field errors", () => {
  it("puts extensions.invalid beside its fields", () => {
    const error = graphQLError([
      {
        message: "Invalid user",
        extensions: {
          code: "BAD_USER_INPUT",
          invalid: [
            { field: "password", reason: "must be at least 10 characters" },
            { field: "unitCode", reason: "a station head needs the unit they head" },
          ],
        },
      },
    ]);
    expect(serverFieldErrors(error)).toEqual({ password: "must be at least 10 characters", unitCode: "a station head needs the unit they head" });
  });

  it("puts a conflict on the username and an unknown unit on the unit", () => {
    expect(
      serverFieldErrors(graphQLError([{ message: 'A user named "li.si" already exists', extensions: { code: "CONFLICT", field: "username" } }])),
    ).toEqual({ username: 'A user named "li.si" already exists' });
    expect(serverFieldErrors(graphQLError([{ message: 'No unit has the code "x"', extensions: { code: "NOT_FOUND", field: "unitCode" } }]))).toEqual({
      unitCode: 'No unit has the code "x"',
    });
  });

  it("has nothing for errors without a field", () => {
    expect(serverFieldErrors(graphQLError([{ message: "No user", extensions: { code: "NOT_FOUND" } }]))).toEqual({});
    expect(serverFieldErrors(new Error("offline"))).toEqual({});
  });
});
