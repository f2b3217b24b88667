import { useMutation } from "@apollo/client/react";
import { type KeyboardEvent, useEffect, useMemo, useState } from "react";
import { describeError, invalidFields } from "../../api/errors.ts";
import { useUnits } from "../../app/use-units.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { useUnsavedChangesGuard } from "../../ui/use-unsaved-changes.ts";
import { cellKey, changedKeys, SHEET_DIMENSIONS, type Sheet, sheetBatch, sheetFromScores, type StoredScore } from "./sheet.ts";
import { SubmitScoresMutation } from "./scoring-queries.ts";
import { scoringStrings } from "./scoring-strings.ts";

interface Props {
  year: number;
  member: string;
  /** An administrator entering a member's paper sheet names the member; a member scores as themselves. */
  paper: boolean;
  unitCodes: readonly string[];
  stored: readonly StoredScore[];
  readOnly: boolean;
}

/**
 * One member's sheet: units × committee dimensions, a score and a comment in each cell, saved in
 * one all-or-nothing batch. Tab walks the cells in reading order; Enter (Shift+Enter) moves to
 * the same cell of the next (previous) unit. Leaving with unsaved changes asks first.
 */
export function ScoringSheet({ year, member, paper, unitCodes, stored, readOnly }: Props) {
  const t = useStrings(scoringStrings);
  const common = useStrings(commonStrings);
  const { name } = useUnits();
  const fromServer = useMemo(() => sheetFromScores(unitCodes, stored), [unitCodes, stored]);
  const [loaded, setLoaded] = useState<Sheet>(fromServer);
  const [current, setCurrent] = useState<Sheet>(fromServer);
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [submit, { loading }] = useMutation(SubmitScoresMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const changed = changedKeys(loaded, current);

  // New scores from the server replace the sheet only while nothing is being edited.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the server's scores, not every keystroke
  useEffect(() => {
    if (changed.length === 0) {
      setLoaded(fromServer);
      setCurrent(fromServer);
    }
  }, [fromServer]);
  useUnsavedChangesGuard(changed.length > 0, t.leaveWarning);

  async function save() {
    setFailure(null);
    setSaved(null);
    const batch = sheetBatch(loaded, current);
    if (!batch.ok) {
      setCellErrors(Object.fromEntries(batch.invalid.map((key) => [key, t.invalidCells(1)])));
      return;
    }
    setCellErrors({});
    try {
      await submit({ variables: { year, scores: batch.scores, member: paper ? member : null } });
      setLoaded(current);
      setSaved(batch.scores.length);
    } catch (error) {
      const errors: Record<string, string> = {};
      for (const field of invalidFields(error))
        if (field.index !== undefined && batch.keys[field.index]) errors[batch.keys[field.index]] = field.reason;
      setCellErrors(errors);
      setFailure(error);
    }
  }

  const set = (key: string, part: "score" | "comment", value: string) => {
    setSaved(null);
    setCurrent({ ...current, [key]: { ...current[key], [part]: value } });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const next = document.querySelector<HTMLInputElement>(`[data-sheet-cell="${row + (event.shiftKey ? -1 : 1)}/${column}"]`);
    next?.focus();
    next?.select();
  };
  const invalidCount = Object.keys(cellErrors).length;

  return (
    <section className="card scoring-sheet" aria-label={t.sheetTitle(member)}>
      <h2>{t.sheetTitle(member)}</h2>
      {changed.length > 0 && (
        <p className="alert alert--warn" role="status">
          {t.unsaved(changed.length)}
        </p>
      )}
      {saved !== null && (
        <p className="alert alert--ok" role="status">
          {t.saved(saved)}
        </p>
      )}
      {invalidCount > 0 && !failure && (
        <p className="alert alert--error" role="alert">
          {t.invalidCells(invalidCount)}
        </p>
      )}
      {failure ? (
        <p className="alert alert--error" role="alert">
          {t.serverRejected} {describeError(failure)}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="edit-grid scoring-grid" aria-label={t.sheetTitle(member)}>
          <thead>
            <tr>
              <th rowSpan={2}>{t.unit}</th>
              {SHEET_DIMENSIONS.map((d) => (
                <th key={d} colSpan={2}>
                  {common.dimensions[d]}
                </th>
              ))}
            </tr>
            <tr>{SHEET_DIMENSIONS.map((d) => [<th key={`${d}-s`}>{t.score}</th>, <th key={`${d}-c`}>{t.comment}</th>])}</tr>
          </thead>
          <tbody>
            {unitCodes.map((unitCode, row) => (
              <tr key={unitCode} data-unit={unitCode}>
                <th scope="row">{name(unitCode)}</th>
                {SHEET_DIMENSIONS.map((dimension, d) => {
                  const key = cellKey(unitCode, dimension);
                  const cell = current[key] ?? { score: "", comment: "" };
                  const dirty = changed.includes(key);
                  const label = `${name(unitCode)} ${common.dimensions[dimension]}`;
                  return [
                    <td key={`${key}-s`} className={dirty ? "is-dirty" : undefined}>
                      <input
                        name={`score-${unitCode}-${dimension}`}
                        aria-label={`${label} ${t.score}`}
                        inputMode="decimal"
                        size={6}
                        value={cell.score}
                        readOnly={readOnly}
                        aria-invalid={!!cellErrors[key]}
                        title={cellErrors[key]}
                        data-sheet-cell={`${row}/${d * 2}`}
                        onChange={(e) => set(key, "score", e.target.value)}
                        onKeyDown={(e) => onKeyDown(e, row, d * 2)}
                      />
                    </td>,
                    <td key={`${key}-c`} className={dirty ? "is-dirty" : undefined}>
                      <input
                        name={`comment-${unitCode}-${dimension}`}
                        aria-label={`${label} ${t.comment}`}
                        value={cell.comment}
                        readOnly={readOnly}
                        maxLength={2000}
                        data-sheet-cell={`${row}/${d * 2 + 1}`}
                        onChange={(e) => set(key, "comment", e.target.value)}
                        onKeyDown={(e) => onKeyDown(e, row, d * 2 + 1)}
                      />
                    </td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!readOnly && (
        <div className="form-actions">
          <button
            type="button"
            className="btn"
            disabled={changed.length === 0 || loading}
            onClick={() => {
              setCurrent(loaded);
              setCellErrors({});
              setFailure(null);
            }}
          >
            {t.discard}
          </button>
          <button type="button" className="btn btn--primary" disabled={changed.length === 0 || loading} onClick={() => void save()}>
            {loading ? t.saving : t.save(changed.length)}
          </button>
        </div>
      )}
    </section>
  );
}
