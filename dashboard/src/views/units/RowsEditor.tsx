import { useState } from "react";
import { invalidFields } from "../../api/errors.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { unitsStrings } from "./units-strings.ts";

export interface RowField {
  key: string;
  label: string;
  kind: "text" | "date" | "select";
  options?: { value: string; label: string }[];
  /** Bounds of a date field (the roster's year). */
  min?: string;
  max?: string;
}

export type EditedRow = Record<string, string>;

interface Props {
  title: string;
  fields: readonly RowField[];
  initial: EditedRow[];
  blank: EditedRow;
  saving: boolean;
  /** Sends every row; resolves when stored, throws the server's refusal. */
  onSave: (rows: EditedRow[]) => Promise<void>;
  onCancel: () => void;
}

/**
 * A roster or vehicle list edited as a whole and saved in one request (all rows or none); the
 * server's refusal names each bad row and field, shown beside the row.
 */
export function RowsEditor({ title, fields, initial, blank, saving, onSave, onCancel }: Props) {
  const t = useStrings(unitsStrings);
  const [rows, setRows] = useState<EditedRow[]>(initial.length > 0 ? initial : [{ ...blank }]);
  const [rowErrors, setRowErrors] = useState<Record<number, string[]>>({});
  const [failed, setFailed] = useState(false);

  // Rows left blank are dropped; the server's row numbers are mapped back to the rows on screen.
  const isBlank = (row: EditedRow) => fields.filter((f) => f.kind !== "select").every((f) => !(row[f.key] ?? "").trim());

  async function save() {
    setRowErrors({});
    setFailed(false);
    const kept = rows.flatMap((row, index) => (isBlank(row) ? [] : [index]));
    try {
      await onSave(kept.map((index) => rows[index]));
    } catch (error) {
      const byRow: Record<number, string[]> = {};
      for (const field of invalidFields(error)) {
        const label = fields.find((f) => f.key === field.field)?.label ?? field.field;
        const row = field.index === undefined ? -1 : (kept[field.index] ?? -1);
        byRow[row] = [...(byRow[row] ?? []), `${label}: ${field.reason}`];
      }
      setRowErrors(byRow);
      setFailed(true);
    }
  }

  const change = (index: number, key: string, value: string) => setRows(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <div className="rows-editor">
      <h3>{title}</h3>
      {failed && (
        <div className="alert alert--error" role="alert">
          {t.rowErrors} {rowErrors[-1]?.join("; ")}
        </div>
      )}
      <table className="edit-grid">
        <thead>
          <tr>
            <th className="num">#</th>
            {fields.map((f) => (
              <th key={f.key}>{f.label}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; their position is what the server names
            <tr key={index} className={rowErrors[index] ? "has-error" : undefined}>
              <td className="num muted">{index + 1}</td>
              {fields.map((f) => {
                const common = { name: `${f.key}-${index}`, "aria-label": `${t.row} ${index + 1} ${f.label}`, value: row[f.key] ?? "" };
                return (
                  <td key={f.key}>
                    {f.kind === "select" ? (
                      <select {...common} onChange={(e) => change(index, f.key, e.target.value)}>
                        {f.options?.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        {...common}
                        type={f.kind === "date" ? "date" : "text"}
                        min={f.min}
                        max={f.max}
                        onChange={(e) => change(index, f.key, e.target.value)}
                      />
                    )}
                  </td>
                );
              })}
              <td>
                <button type="button" className="btn btn--small btn--ghost" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                  {t.removeRow}
                </button>
              </td>
            </tr>
          ))}
          {Object.entries(rowErrors)
            .filter(([index]) => Number(index) >= 0)
            .map(([index, messages]) => (
              <tr key={`error-${index}`} className="rows-editor__error">
                <td colSpan={fields.length + 2} className="field-error">
                  {t.row} {Number(index) + 1}: {messages.join("; ")}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="btn btn--small" onClick={() => setRows([...rows, { ...blank }])}>
          {t.addRow}
        </button>
        <span className="form-actions__spacer" />
        <button type="button" className="btn" onClick={onCancel}>
          {t.cancel}
        </button>
        <button type="button" className="btn btn--primary" onClick={() => void save()} disabled={saving}>
          {saving ? t.saving : t.save}
        </button>
      </div>
    </div>
  );
}
