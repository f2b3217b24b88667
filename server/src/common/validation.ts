import { registerDecorator, type ValidationError, validateSync } from "class-validator";
import { Decimal } from "decimal.js";
import type { ReasonCode, ReasonParams } from "../i18n/field-reasons.ts";
import { isYear } from "../years/year.ts";
import { Dec } from "./money.ts";
import { InvalidInputError, type InvalidField } from "./errors.ts";

/**
 * Field rules for input classes (class-validator), so every entry point — GraphQL, the import
 * service, the command line — refuses the same values the same way. A rule's constraint name is
 * its reason code and its message the reason's values as JSON; `validateInputs` turns
 * class-validator's errors back into the API's `invalid[]` entries (index, field, reason, params).
 *
 * Rules skip null and undefined: whether a field is required is the schema's business.
 */
type Check = (value: unknown, object: object) => boolean;
type Values = (value: unknown, object: object) => ReasonParams;

const shown = (value: unknown): string => {
  const text = Decimal.isDecimal(value) ? (value as Decimal).toFixed() : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** A field rule: refuses the value with `reason` when `ok` is false. */
export function rule(reason: ReasonCode, ok: Check, values: Values = (value) => ({ got: shown(value) })): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: reason,
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value, args) => value === null || value === undefined || ok(value, args!.object),
        defaultMessage: (args) => JSON.stringify(values(args!.value, args!.object)),
      },
    });
  };
}

const decimalPlaces = (value: number) => (Number.isFinite(value) ? new Dec(String(value)).decimalPlaces() : 0);

export const IsYear = () => rule("YEAR_RANGE", isYear);

export const WholeNumber = (min: number, max: number) =>
  rule(
    "WHOLE_NUMBER_RANGE",
    (v) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max,
    (v) => ({ min, max, got: shown(v) }),
  );

/** A number within [min, max] with at most `decimals` decimals (two rules, both reported). */
export function NumberBetween(min: number, max: number, decimals?: number): PropertyDecorator {
  const range = rule(
    "NUMBER_RANGE",
    (v) => typeof v === "number" && Number.isFinite(v) && v >= min && v <= max,
    (v) => ({ min, max, got: shown(v) }),
  );
  if (decimals === undefined) return range;
  const places = rule(
    "TOO_MANY_DECIMALS",
    (v) => typeof v !== "number" || decimalPlaces(v) <= decimals,
    (v) => ({ max: decimals, got: shown(v) }),
  );
  return (target, key) => {
    range(target, key);
    places(target, key);
  };
}

/** A percentage 0–100 with at most two decimals (numeric(5,2)). */
export function Rate(): PropertyDecorator {
  const range = rule("RATE_RANGE", (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100);
  const places = rule(
    "TOO_MANY_DECIMALS",
    (v) => typeof v !== "number" || decimalPlaces(v) <= 2,
    (v) => ({ max: 2, got: shown(v) }),
  );
  return (target, key) => {
    range(target, key);
    places(target, key);
  };
}

const money = (v: unknown) => (Decimal.isDecimal(v) ? (v as Decimal) : null);
export const PositiveMoney = () =>
  rule(
    "NOT_POSITIVE",
    (v) => money(v)?.greaterThan(0) ?? false,
    (v) => ({ got: money(v)?.toFixed(2) ?? shown(v) }),
  );
export const NonNegativeMoney = () =>
  rule(
    "NOT_NEGATIVE",
    (v) => !(money(v)?.isNegative() ?? true),
    (v) => ({ got: money(v)?.toFixed(2) ?? shown(v) }),
  );

/** Text of [min, max] characters (counted as people count them, not UTF-16 units). */
export function Text(max: number, min = 1): PropertyDecorator {
  const short = rule(
    min === 1 ? "EMPTY" : "TOO_SHORT",
    (v) => typeof v === "string" && v.trim().length >= min,
    () => ({ min }),
  );
  const long = rule(
    "TOO_LONG",
    (v) => typeof v === "string" && [...v].length <= max,
    (v) => ({ max, got: typeof v === "string" ? [...v].length : shown(v) }),
  );
  return (target, key) => {
    if (min > 0) short(target, key);
    long(target, key);
  };
}

export const Matches = (pattern: RegExp, reason: ReasonCode) => rule(reason, (v) => typeof v === "string" && pattern.test(v));

/**
 * A receipt, ticket or order number: 1–100 letters (Chinese too), digits and - _ . / # :,
 * starting with a letter or digit. Quotes, spaces, semicolons and control characters have no place.
 */
export const REFERENCE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._/#:-]*$/u;
export function Reference(): PropertyDecorator {
  const text = Text(100);
  const chars = rule("REFERENCE_CHARS", (v) => typeof v !== "string" || v.trim() === "" || [...v].length > 100 || REFERENCE_PATTERN.test(v));
  return (target, key) => {
    text(target, key);
    chars(target, key);
  };
}

function toInvalid(errors: ValidationError[], index: number | undefined, prefix: string, sink: InvalidField[]): void {
  for (const error of errors) {
    const field = prefix ? (/^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`) : error.property;
    for (const [reason, json] of Object.entries(error.constraints ?? {})) {
      let params: ReasonParams = {};
      try {
        params = JSON.parse(json) as ReasonParams;
      } catch {
        params = { got: json };
      }
      sink.push({ ...(index === undefined ? {} : { index }), field, reason: reason as ReasonCode, params });
    }
    if (error.children?.length) toInvalid(error.children, index, field, sink);
  }
}

/**
 * Every field rule broken by an input, or by each entry of a batch (with its index). Every rule
 * is synchronous, so validateSync spares a promise per entry (156,000 for a year's import).
 */
export async function collectInvalid(value: unknown): Promise<InvalidField[]> {
  const invalid: InvalidField[] = [];
  const options = { skipMissingProperties: true, forbidUnknownValues: false, validationError: { target: false, value: false } };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const entry = value[index];
      if (entry !== null && typeof entry === "object") toInvalid(validateSync(entry, options), index, "", invalid);
    }
  } else if (value !== null && typeof value === "object") {
    toInvalid(validateSync(value, options), undefined, "", invalid);
  }
  return invalid;
}

/** Refuses an input (or batch) that breaks a field rule, naming every bad field. */
export async function validateInputs(value: unknown): Promise<void> {
  const invalid = await collectInvalid(value);
  if (invalid.length > 0) throw new InvalidInputError(invalid);
}

/**
 * For buildSchema's `validateFn`: arguments that are input objects, or lists of them. A scalar
 * argument (a year, a language) has no field rules and returns at once, without a promise: with
 * the patched type-graphql (patches/) its field resolver then stays synchronous; the 4,000
 * explanations of a 1,000-unit assessment each take a language.
 */
export function validateArgument(value: unknown): Promise<void> | undefined {
  if (value === null || typeof value !== "object") return undefined;
  return validateInputs(value);
}
