import { useState } from "react";
import { describeError } from "../../api/errors.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { downloadBlob } from "../download-file.ts";
import { exportFileName, toCsv, type ExportSheet } from "./table-export.ts";
import { tableStrings } from "./table-strings.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * 导出 CSV | 导出 Excel. The sheet is built only when a button is pressed; exceljs (about a quarter
 * of a megabyte compressed) is imported then too, so it never weighs on the first page load.
 */
export function ExportButtons({ title, buildSheet }: { title: string; buildSheet: () => ExportSheet }) {
  const t = useStrings(tableStrings);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function exportCsv() {
    setError(null);
    const sheet = buildSheet();
    downloadBlob(new Blob([toCsv(sheet)], { type: "text/csv;charset=utf-8" }), exportFileName(sheet, "csv"));
  }

  async function exportXlsx() {
    setError(null);
    setBusy(true);
    try {
      const sheet = buildSheet();
      const [{ default: ExcelJS }, { sheetToWorkbook }] = await Promise.all([import("exceljs"), import("./table-xlsx.ts")]);
      const buffer = await sheetToWorkbook(ExcelJS.Workbook, sheet).xlsx.writeBuffer();
      downloadBlob(new Blob([buffer], { type: XLSX_TYPE }), exportFileName(sheet, "xlsx"));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="table-export no-print" role="group" aria-label={t.exportLabel(title)}>
      <button type="button" className="btn btn--small" onClick={exportCsv}>
        {t.exportCsv}
      </button>
      <button type="button" className="btn btn--small" onClick={() => void exportXlsx()} disabled={busy} aria-busy={busy}>
        {busy ? t.exporting : t.exportXlsx}
      </button>
      {error ? (
        <span className="error" role="alert">
          {t.exportFailed}: {describeError(error)}
        </span>
      ) : null}
    </div>
  );
}
