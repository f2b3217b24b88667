/**
 * A committee member's scoring sheet as plain data: one cell per unit and committee dimension
 * holding the typed score and comment, what changed since it was loaded, and the batch to send.
 */
export const SHEET_DIMENSIONS = ["SATISFACTION", "COOPERATION"] as const;
export type SheetDimension = (typeof SHEET_DIMENSIONS)[number];

export interface CellText {
  score: string;
  comment: string;
}
export type Sheet = Record<string, CellText>;

export const cellKey = (unitCode: string, dimension: string) => `${unitCode}/${dimension}`;

export interface StoredScore {
  unitCode: string;
  dimension: string;
  score: number;
  comment: string | null;
}

/** The sheet as stored: every unit × dimension, empty where the member has not scored yet. */
export function sheetFromScores(unitCodes: readonly string[], stored: readonly StoredScore[]): Sheet {
  const sheet: Sheet = {};
  for (const unitCode of unitCodes) for (const dimension of SHEET_DIMENSIONS) sheet[cellKey(unitCode, dimension)] = { score: "", comment: "" };
  for (const score of stored) {
    const key = cellKey(score.unitCode, score.dimension);
    if (key in sheet) sheet[key] = { score: String(score.score), comment: score.comment ?? "" };
  }
  return sheet;
}

/** A committee score: 0–100 with at most two decimals (the server's rule, checked before sending). */
export function parseSheetScore(text: string): number | null {
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= 0 && value <= 100 ? value : null;
}

/** The cells whose score or comment differ from what was loaded. */
export function changedKeys(loaded: Sheet, current: Sheet): string[] {
  return Object.keys(current).filter(
    (key) => current[key].score.trim() !== (loaded[key]?.score ?? "") || current[key].comment.trim() !== (loaded[key]?.comment ?? ""),
  );
}

export interface SheetScore {
  unitCode: string;
  dimension: SheetDimension;
  score: number;
  comment: string | null;
}

/**
 * The batch for the changed cells, or the cells whose score is missing or not a score. A cell
 * that had a score cannot be emptied (a score is revised, never withdrawn).
 */
export function sheetBatch(loaded: Sheet, current: Sheet): { ok: true; scores: SheetScore[]; keys: string[] } | { ok: false; invalid: string[] } {
  const keys = changedKeys(loaded, current);
  const invalid = keys.filter((key) => parseSheetScore(current[key].score) === null);
  if (invalid.length > 0) return { ok: false, invalid };
  const scores = keys.map((key) => {
    const [unitCode, dimension] = key.split("/");
    return {
      unitCode,
      dimension: dimension as SheetDimension,
      score: parseSheetScore(current[key].score)!,
      comment: current[key].comment.trim() || null,
    };
  });
  return { ok: true, scores, keys };
}

export interface ProgressCell {
  unitCode: string;
  dimension: string;
  raters: number;
  minRaters: number;
  missing: readonly string[];
}

/** Per member: for each unit and dimension whether they have scored it (a member is missing, or not). */
export function memberMatrix(
  members: readonly string[],
  progress: readonly ProgressCell[],
): { member: string; scored: Record<string, boolean>; missingCount: number }[] {
  return members.map((member) => {
    const scored: Record<string, boolean> = {};
    for (const cell of progress) scored[cellKey(cell.unitCode, cell.dimension)] = !cell.missing.includes(member);
    return { member, scored, missingCount: Object.values(scored).filter((s) => !s).length };
  });
}
