import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { describeError } from "../../api/errors.ts";
import { unitLabel } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { formatWan, parseWanToYuan, sumMoney, yuanToWanInput } from "../../format/money.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { useDebounced } from "../what-if/use-debounced.ts";
import { OpenYearMutation, OpenYearPreviewQuery } from "./year-opening-queries.ts";
import { yearOpeningStrings } from "./year-opening-strings.ts";
import "./year-opening.css";

const PERCENT = /^-?\d{1,3}(\.\d{1,2})?$/;

/**
 * 新建年度: the new year's contract table as openYear would store it (previewed by the server),
 * each revenue target editable before confirming; the year opens in one step, all or nothing.
 */
export function NewYearDialog({ onClose }: { onClose: () => void }) {
  const t = useStrings(yearOpeningStrings);
  const { lang } = useLang();
  const { years, setYear } = useYear();
  const newest = years[0] ?? new Date().getFullYear() - 1;
  const [year, setNewYear] = useState(String(newest + 1));
  const [copyFrom, setCopyFrom] = useState(newest);
  const [pctText, setPctText] = useState("0");
  const [edited, setEdited] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const pct = PERCENT.test(pctText.trim()) ? Number(pctText) : null;
  const newYear = /^\d{4}$/.test(year) ? Number(year) : null;
  const settled = useDebounced({ newYear, pct, copyFrom });
  const preview = useQuery(
    OpenYearPreviewQuery,
    settled.newYear === null || settled.pct === null
      ? skipToken
      : { variables: { year: settled.newYear, copyFrom: settled.copyFrom, pct: settled.pct } },
  );
  const [open, opening] = useMutation(OpenYearMutation, { refetchQueries: "active", awaitRefetchQueries: true });

  useEffect(() => {
    firstField.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, [onClose]);

  const rows = preview.data?.openYearPreview ?? [];
  // The names the units will have in the new year (a rename dated from its first day shows).
  const name = (code: string) => {
    const unit = rows.find((row) => row.unit.code === code)?.unit;
    return unit ? unitLabel(unit, lang) : code;
  };
  const targetOf = (row: (typeof rows)[number]) => {
    const text = edited[row.unit.code];
    if (text === undefined) return { ok: true as const, yuan: row.revenueTarget };
    const parsed = parseWanToYuan(text);
    return parsed.ok && !/^0+\.00$/.test(parsed.yuan) ? { ok: true as const, yuan: parsed.yuan } : { ok: false as const };
  };
  const targets = rows.map(targetOf);
  const valid = newYear !== null && pct !== null && rows.length > 0 && targets.every((target) => target.ok);

  async function confirm() {
    if (!valid || newYear === null) return;
    setFailure(null);
    const contracts = rows
      .filter((row) => edited[row.unit.code] !== undefined)
      .map((row) => {
        const target = targetOf(row);
        return {
          unitCode: row.unit.code,
          year: newYear,
          revenueTarget: target.ok ? target.yuan : row.revenueTarget,
          staffCount: row.staffCount,
          vehicleCount: row.vehicleCount,
          baseExpense: row.baseExpense,
          repairBudget: row.repairBudget,
          repairBudgetFromMonth: row.repairBudgetFromMonth,
          revenueCommissionRate: row.revenueCommissionRate,
          overTargetRate: row.overTargetRate,
          underTargetDeductionRate: row.underTargetDeductionRate,
          repairSavingsRewardRate: row.repairSavingsRewardRate,
        };
      });
    try {
      await open({ variables: { year: newYear, copyFrom, pct, contracts: contracts.length > 0 ? contracts : null } });
      setYear(newYear);
      onClose();
    } catch (error) {
      setFailure(error);
    }
  }

  // Out of the top bar (its colours and font), over the whole page.
  return createPortal(
    <div className="dialog-backdrop no-print">
      <div className="dialog new-year-dialog" role="dialog" aria-modal="true" aria-labelledby="new-year-title">
        <h2 id="new-year-title">{t.title}</h2>
        <p className="muted">{t.intro}</p>
        <div className="form-row">
          <label className="field">
            <span>{t.year}</span>
            <input ref={firstField} name="year" inputMode="numeric" value={year} onChange={(e) => setNewYear(e.target.value)} size={6} />
          </label>
          <label className="field">
            <span>{t.copyFrom}</span>
            <select name="copyFrom" value={copyFrom} onChange={(e) => setCopyFrom(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.change}</span>
            <input
              name="revenueTargetChangePct"
              inputMode="decimal"
              value={pctText}
              onChange={(e) => setPctText(e.target.value)}
              size={6}
              aria-invalid={pct === null}
            />
            <span className={pct === null ? "field-error" : "muted"}>{pct === null ? t.badNumber : t.changeHint}</span>
          </label>
        </div>
        {preview.error ? (
          <div className="alert alert--error" role="alert">
            {describeError(preview.error)}
          </div>
        ) : null}
        <table className="edit-grid new-year-preview" aria-label={t.preview} aria-busy={preview.loading}>
          <thead>
            <tr>
              <th>{t.unit}</th>
              <th className="num">{t.previousTarget}</th>
              <th className="num">{t.staff}</th>
              <th className="num">{t.vehicles}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.unit.code} data-unit={row.unit.code}>
                <td>{name(row.unit.code)}</td>
                <td className="num">
                  <input
                    name={`revenueTarget-${row.unit.code}`}
                    aria-label={`${name(row.unit.code)} ${t.previousTarget}`}
                    inputMode="decimal"
                    value={edited[row.unit.code] ?? yuanToWanInput(row.revenueTarget)}
                    onChange={(e) => setEdited({ ...edited, [row.unit.code]: e.target.value })}
                    aria-invalid={!targets[index].ok}
                    size={10}
                  />
                  {edited[row.unit.code] !== undefined && <span className="muted new-year-preview__edited"> {t.edited}</span>}
                  {!targets[index].ok && <div className="field-error">{t.badTarget}</div>}
                </td>
                <td className="num">{row.staffCount}</td>
                <td className="num">{row.vehicleCount}</td>
              </tr>
            ))}
          </tbody>
          {rows.length > 0 && (
            <tfoot>
              <tr>
                <td>{t.total}</td>
                <td className="num">{formatWan(sumMoney(targets.map((target, i) => (target.ok ? target.yuan : rows[i].revenueTarget))))}</td>
                <td className="num">{rows.reduce((n, r) => n + r.staffCount, 0)}</td>
                <td className="num">{rows.reduce((n, r) => n + r.vehicleCount, 0)}</td>
              </tr>
            </tfoot>
          )}
        </table>
        {preview.loading && <p className="muted">{t.loading}</p>}
        {failure ? (
          <div className="alert alert--error" role="alert">
            {describeError(failure)}
          </div>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="btn" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="button" className="btn btn--primary" onClick={() => void confirm()} disabled={!valid || opening.loading}>
            {opening.loading ? t.opening : t.confirm(newYear ?? newest + 1)}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

/** The top bar's 新建年度 button and its dialog. */
export function NewYearButton() {
  const t = useStrings(yearOpeningStrings);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn--small no-print" onClick={() => setOpen(true)}>
        {t.button}
      </button>
      {open && <NewYearDialog onClose={() => setOpen(false)} />}
    </>
  );
}
