import { Decimal } from "decimal.js";
import type { InvalidField } from "./errors.ts";

/**
 * Collects every problem of one input (or one entry of a batch) instead of stopping at the first,
 * so the clerk sees all of them at once.
 */
export class FieldChecker {
  constructor(
    private readonly sink: InvalidField[],
    private readonly index?: number,
  ) {}

  fail(field: string, reason: string): void {
    this.sink.push(this.index === undefined ? { field, reason } : { index: this.index, field, reason });
  }

  nonNegativeMoney(field: string, value: Decimal): void {
    if (value.isNegative()) this.fail(field, `must not be negative (got ${value.toFixed(2)})`);
  }

  positiveMoney(field: string, value: Decimal): void {
    if (!value.greaterThan(0)) this.fail(field, `must be greater than 0 (got ${value.toFixed(2)})`);
  }

  /** A percentage 0–100 with at most two decimals (numeric(5,2)). */
  rate(field: string, value: number): void {
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      this.fail(field, `must be a percentage between 0 and 100 (got ${value})`);
    } else if (new Decimal(String(value)).decimalPlaces() > 2) {
      this.fail(field, `must have at most 2 decimals (got ${value})`);
    }
  }

  integerBetween(field: string, value: number, min: number, max: number): void {
    if (!Number.isInteger(value) || value < min || value > max) {
      this.fail(field, `must be a whole number from ${min} to ${max} (got ${value})`);
    }
  }

  numberBetween(field: string, value: number, min: number, max: number): void {
    if (!Number.isFinite(value) || value < min || value > max) {
      this.fail(field, `must be between ${min} and ${max} (got ${value})`);
    }
  }

  text(field: string, value: string | null | undefined, { min = 1, max }: { min?: number; max: number }): void {
    if (value === null || value === undefined) {
      if (min > 0) this.fail(field, "is required");
      return;
    }
    const length = [...value].length;
    if (value.trim().length < min) this.fail(field, min === 1 ? "must not be empty" : `needs at least ${min} characters`);
    else if (length > max) this.fail(field, `must be at most ${max} characters (got ${length})`);
  }

  /**
   * A receipt, ticket or order number: letters (Chinese too), digits and - _ . / # :, starting with
   * a letter or digit. Quotes, spaces, semicolons and control characters have no place in one.
   */
  reference(field: string, value: string): void {
    this.text(field, value, { max: 100 });
    if (value.trim().length > 0 && [...value].length <= 100 && !/^[\p{L}\p{N}][\p{L}\p{N}._/#:-]*$/u.test(value)) {
      this.fail(field, "may hold only letters, digits and - _ . / # : (starting with a letter or digit)");
    }
  }
}
