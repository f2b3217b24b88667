import { GraphQLScalarType, Kind } from "graphql";
import type { Decimal } from "decimal.js";
import { DateFormatError, parseCalendarDate } from "./calendar-date.ts";
import { formatMoney, MoneyFormatError, parseMoney } from "./money.ts";
import { GraphQLError } from "graphql";

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

/** Exact decimal yuan, sent and received as a string with two decimals ("3456000.00"). */
export const MoneyScalar = new GraphQLScalarType<Decimal, string>({
  name: "Money",
  description:
    'Exact decimal yuan as a string with two decimals, e.g. "3456000.00" (input accepts 0–2 decimals; ' +
    "never a JSON number, so no binary floating point ever holds money).",
  serialize(value) {
    return formatMoney(value as Decimal.Value);
  },
  parseValue(value) {
    try {
      return parseMoney(value);
    } catch (error) {
      if (error instanceof MoneyFormatError) throw badInput(`Money ${error.message}`);
      throw error;
    }
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('Money must be a quoted decimal string such as "1234.50"');
    try {
      return parseMoney(ast.value);
    } catch (error) {
      if (error instanceof MoneyFormatError) throw badInput(`Money ${error.message}`);
      throw error;
    }
  },
});

/** A calendar day 'YYYY-MM-DD' (no time, no zone). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar day in the form YYYY-MM-DD, between 2000-01-01 and 2100-12-31.",
  serialize(value) {
    return String(value);
  },
  parseValue(value) {
    try {
      return parseCalendarDate(value);
    } catch (error) {
      if (error instanceof DateFormatError) throw badInput(`Date ${error.message}`);
      throw error;
    }
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput("Date must be a quoted string in the form YYYY-MM-DD");
    try {
      return parseCalendarDate(ast.value);
    } catch (error) {
      if (error instanceof DateFormatError) throw badInput(`Date ${error.message}`);
      throw error;
    }
  },
});
