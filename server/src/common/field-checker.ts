import type { ReasonCode, ReasonParams } from "../i18n/field-reasons.ts";
import type { InvalidField } from "./errors.ts";

/**
 * Collects every problem of one input (or one entry of a batch) for the checks that a field rule
 * on an input class cannot make: rules across fields, across a batch, or against what is stored.
 * Field rules themselves live on the *.input.ts classes (common/validation.ts).
 */
export class FieldChecker {
  constructor(
    private readonly sink: InvalidField[],
    private readonly index?: number,
  ) {}

  fail(field: string, reason: ReasonCode, params?: ReasonParams): void {
    this.sink.push({ ...(this.index === undefined ? {} : { index: this.index }), field, reason, ...(params ? { params } : {}) });
  }

  text(field: string, value: string | null | undefined, { min = 1, max }: { min?: number; max: number }): void {
    if (value === null || value === undefined) {
      if (min > 0) this.fail(field, "REQUIRED");
      return;
    }
    const length = [...value].length;
    if (value.trim().length < min) this.fail(field, min === 1 ? "EMPTY" : "TOO_SHORT", { min });
    else if (length > max) this.fail(field, "TOO_LONG", { max, got: length });
  }

  integerBetween(field: string, value: number, min: number, max: number): void {
    if (!Number.isInteger(value) || value < min || value > max) this.fail(field, "WHOLE_NUMBER_RANGE", { min, max, got: String(value) });
  }

  numberBetween(field: string, value: number, min: number, max: number): void {
    if (!Number.isFinite(value) || value < min || value > max) this.fail(field, "NUMBER_RANGE", { min, max, got: String(value) });
  }
}
