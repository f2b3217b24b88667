import type { Decimal } from "decimal.js";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { type ReasonCode, type ReasonParams, reasonText } from "../i18n/field-reasons.ts";
import { currentLanguage } from "../i18n/request-context.ts";
import { DateFormatError, parseCalendarDate } from "./calendar-date.ts";
import { formatMoney, MoneyFormatError, parseMoney } from "./money.ts";

/** A refused scalar value: the reason travels in extensions, so format-error.ts can name the field. */
const refused = (reason: ReasonCode, params: ReasonParams) =>
  new GraphQLError(reasonText(reason, params, currentLanguage()), { extensions: { code: "BAD_USER_INPUT", reason, params } });

function parsingWith<T>(parse: (value: unknown) => T) {
  return (value: unknown): T => {
    try {
      return parse(value);
    } catch (error) {
      if (error instanceof MoneyFormatError || error instanceof DateFormatError) throw refused(error.reason, error.params);
      throw error;
    }
  };
}

const parseMoneyValue = parsingWith(parseMoney);
const parseDateValue = parsingWith(parseCalendarDate);

/** Exact decimal yuan, sent and received as a string with two decimals ("3456000.00"). */
export const MoneyScalar = new GraphQLScalarType<Decimal, string>({
  name: "Money",
  description:
    'Exact decimal yuan as a string with two decimals, e.g. "3456000.00" (input accepts 0–2 decimals; ' +
    "never a JSON number, so no binary floating point ever holds money).",
  serialize: (value) => formatMoney(value as Decimal.Value),
  parseValue: parseMoneyValue,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw refused("NOT_MONEY", { got: "kind" in ast ? String(ast.kind) : "?" });
    return parseMoneyValue(ast.value);
  },
});

/** A calendar day 'YYYY-MM-DD' (no time, no zone). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar day in the form YYYY-MM-DD, between 2000-01-01 and 2100-12-31.",
  serialize: (value) => String(value),
  parseValue: parseDateValue,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw refused("NOT_A_DATE", { got: "kind" in ast ? String(ast.kind) : "?" });
    return parseDateValue(ast.value);
  },
});
