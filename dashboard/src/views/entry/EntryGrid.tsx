import type { ClipboardEvent, ReactNode } from "react";
import { useUnits } from "../../app/use-units.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import type { ColumnSpec } from "./entry-kinds.ts";
import type { GridRow, RowErrors } from "./entry-grid.ts";
import { entryStrings } from "./entry-strings.ts";
import { parseClipboardTable } from "./paste-rows.ts";

interface Props {
  columns: readonly ColumnSpec[];
  rows: GridRow[];
  errors: RowErrors;
  onChange: (rowId: number, field: string, value: string) => void;
  onRemove: (rowId: number) => void;
  /** Rows copied from Excel, pasted into the cell of row `index` and column `field`. */
  onPasteTable: (index: number, field: string, table: string[][]) => void;
}

/**
 * The entry grid: one input per field, the row's errors under its inputs. The unit is typed as a
 * code (with suggestions), so the server names an unknown code instead of the grid hiding it.
 */
export function EntryGrid({ columns, rows, errors, onChange, onRemove, onPasteTable }: Props) {
  const t = useStrings(entryStrings);
  const { units, name } = useUnits();
  const listId = "entry-unit-codes";
  return (
    <div className="table-wrap">
      <datalist id={listId}>
        {units.map((u) => (
          <option key={u.code} value={u.code}>
            {name(u.code)}
          </option>
        ))}
      </datalist>
      <table className="entry-grid" aria-label={t.grid}>
        <thead>
          <tr>
            <th className="num">#</th>
            {columns.map((c) => (
              <th key={c.field}>{t.columns[c.field] ?? c.field}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const rowErrors = errors[row.id] ?? {};
            const unknownFields = Object.keys(rowErrors).filter((f) => !columns.some((c) => c.field === f));
            return (
              <tr key={row.id} data-row={index} className={Object.keys(rowErrors).length > 0 ? "has-error" : undefined}>
                <td className="num muted">{index + 1}</td>
                {columns.map((c) => {
                  const value = row.values[c.field] ?? "";
                  const error = rowErrors[c.field];
                  const common = {
                    name: `${c.field}-${index}`,
                    "aria-invalid": !!error,
                    "aria-label": `${t.row} ${index + 1} ${t.columns[c.field]}`,
                    "data-field": c.field,
                    // Several cells from Excel fill the grid from here; a single value pastes as usual.
                    onPaste: (e: ClipboardEvent<HTMLElement>) => {
                      const table = parseClipboardTable(e.clipboardData.getData("text/plain"));
                      if (!table) return;
                      e.preventDefault();
                      onPasteTable(index, c.field, table);
                    },
                  };
                  let input: ReactNode;
                  if (c.kind === "bool") {
                    input = (
                      <input
                        type="checkbox"
                        {...common}
                        checked={value === "true"}
                        onChange={(e) => onChange(row.id, c.field, e.target.checked ? "true" : "")}
                      />
                    );
                  } else if (c.kind === "enum") {
                    input = (
                      <select {...common} value={value} onChange={(e) => onChange(row.id, c.field, e.target.value)}>
                        {c.options?.map((o) => (
                          <option key={o} value={o}>
                            {t.options[o] ?? o}
                          </option>
                        ))}
                      </select>
                    );
                  } else {
                    input = (
                      <input
                        {...common}
                        type={c.kind === "date" ? "date" : c.kind === "month" ? "month" : "text"}
                        list={c.kind === "unit" ? listId : undefined}
                        inputMode={c.kind === "money" ? "decimal" : c.kind === "count" ? "numeric" : undefined}
                        className={c.kind === "money" || c.kind === "count" ? "num" : undefined}
                        size={c.kind === "unit" ? 9 : c.kind === "money" ? 12 : c.kind === "count" ? 8 : undefined}
                        value={value}
                        onChange={(e) => onChange(row.id, c.field, e.target.value)}
                      />
                    );
                  }
                  return (
                    <td key={c.field} className={`entry-cell entry-cell--${c.kind}`}>
                      {input}
                      {error && <div className="field-error">{error}</div>}
                    </td>
                  );
                })}
                <td>
                  <button type="button" className="btn btn--small" onClick={() => onRemove(row.id)} aria-label={t.removeRow} title={t.removeRow}>
                    ×
                  </button>
                  {unknownFields.map((f) => (
                    <div key={f} className="field-error">
                      {t.columns[f] ?? f}: {rowErrors[f]}
                    </div>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
