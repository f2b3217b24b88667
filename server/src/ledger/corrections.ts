import type { Knex } from "knex";
import type { InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { Dec, formatMoney } from "../common/money.ts";
import { selectCorrected } from "./ledger.repository.ts";
import type { MoneyEntry } from "./ledger.types.ts";

/**
 * The rules of a linked correction (冲红), against the batch and what is stored: the corrected
 * record exists (stored, or earlier in the same batch), belongs to the same unit, is not itself a
 * correction, and its corrections together never exceed it. The sign (a correction is negative)
 * is the kind's own field rule. With `lock`, the stored originals are locked for the transaction.
 * Entries already stored (duplicates) are not checked again: they will not be stored.
 */
export async function checkCorrections(
  knex: Knex,
  table: string,
  entries: MoneyEntry[],
  unitIdByCode: Map<string, number>,
  alreadyStored: Set<string>,
  lock: boolean,
): Promise<InvalidField[]> {
  const invalid: InvalidField[] = [];
  const linked = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.corrects && !alreadyStored.has(entry.reference));
  if (linked.length === 0) return invalid;
  const inBatch = new Map(entries.map((entry, index) => [entry.reference, { entry, index }]));
  const stored = await selectCorrected(knex, table, [...new Set(linked.map(({ entry }) => entry.corrects!))], lock);
  /** Running total of each original: its amount plus every correction so far. */
  const remaining = new Map<string, Dec>();
  for (const { entry, index } of linked) {
    const check = new FieldChecker(invalid, index);
    const reference = entry.corrects!;
    const shown = reference.slice(0, 40);
    const storedOriginal = stored.get(reference);
    const batchOriginal = inBatch.get(reference);
    const original = storedOriginal
      ? {
          unitId: storedOriginal.unitId,
          isCorrection: storedOriginal.isCorrection,
          amount: new Dec(storedOriginal.amount),
          corrected: new Dec(storedOriginal.corrected),
        }
      : batchOriginal && batchOriginal.index !== index
        ? {
            unitId: unitIdByCode.get(batchOriginal.entry.unitCode),
            isCorrection: Boolean(batchOriginal.entry.correction || batchOriginal.entry.corrects),
            amount: batchOriginal.entry.amount,
            corrected: new Dec(0),
          }
        : null;
    if (!original) {
      check.fail("corrects", "CORRECTS_UNKNOWN", { reference: shown });
      continue;
    }
    if (original.unitId !== unitIdByCode.get(entry.unitCode)) {
      const unit = storedOriginal ? storedOriginal.unitCode : (batchOriginal?.entry.unitCode ?? "?");
      check.fail("corrects", "CORRECTS_OTHER_UNIT", { reference: shown, unit });
      continue;
    }
    if (original.isCorrection) {
      check.fail("corrects", "CORRECTS_A_CORRECTION", { reference: shown });
      continue;
    }
    if (!entry.amount?.isNegative()) continue; // the sign rule has refused it already
    const before = remaining.get(reference) ?? original.amount.plus(original.corrected);
    const after = before.plus(entry.amount);
    if (after.isNegative()) {
      check.fail("amount", "CORRECTION_EXCEEDS", { total: formatMoney(original.amount.minus(after)), original: formatMoney(original.amount) });
      continue;
    }
    remaining.set(reference, after);
  }
  return invalid;
}
