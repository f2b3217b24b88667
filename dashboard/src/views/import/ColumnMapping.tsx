import { useState } from "react";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { importStrings } from "./import-strings.ts";
import type { Mappable } from "./import-upload.ts";

/**
 * The column-mapping step: each column of the file with the field it holds — as recognised by
 * its header, or chosen here for a header the import does not know ("收款单位" for the unit) —
 * sent again as `mapping` (header → field).
 */
export function ColumnMapping({
  mappable,
  onApply,
  open,
}: {
  mappable: Mappable;
  onApply: (mapping: Record<string, string>) => void;
  open: boolean;
}) {
  const t = useStrings(importStrings);
  const [choice, setChoice] = useState<Record<string, string>>(() =>
    Object.fromEntries(mappable.columns.filter((c) => c.header).map((c) => [c.header, c.field ?? ""])),
  );
  const missing = mappable.fields.filter((f) => f.required && !Object.values(choice).includes(f.field));
  return (
    <details className="card import-mapping" open={open}>
      <summary>{t.mappingTitle}</summary>
      <p className="muted">{t.mappingIntro}</p>
      <table className="import-mapping__table">
        <thead>
          <tr>
            <th>{t.columns.column}</th>
            <th>{t.mappingHeader}</th>
            <th>{t.columns.field}</th>
          </tr>
        </thead>
        <tbody>
          {mappable.columns
            .filter((c) => c.header)
            .map((c) => (
              <tr key={c.column}>
                <td>{c.column}</td>
                <td>{c.header}</td>
                <td>
                  <select
                    aria-label={`${t.columns.field} ${c.header}`}
                    data-header={c.header}
                    value={choice[c.header] ?? ""}
                    onChange={(e) => setChoice({ ...choice, [c.header]: e.target.value })}
                  >
                    <option value="">{t.mappingIgnore}</option>
                    {mappable.fields.map((f) => (
                      <option key={f.field} value={f.field}>
                        {`${f.headers[0] ?? f.field}${f.required ? " *" : ""}`}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      {missing.length > 0 && <p className="field-error">{t.mappingMissing(missing.map((f) => f.headers[0] ?? f.field).join("、"))}</p>}
      <button
        type="button"
        className="btn btn--primary"
        disabled={missing.length > 0}
        onClick={() => onApply(Object.fromEntries(Object.entries(choice).filter(([, field]) => field !== "")))}
      >
        {t.mappingApply}
      </button>
    </details>
  );
}
