import { useMutation } from "@apollo/client/react";
import { type ReactNode, useState } from "react";
import { errorCode, describeError, incompleteUnits } from "../../api/errors.ts";
import { can, useViewer } from "../../auth/index.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { assessmentStrings } from "./assessment-strings.ts";
import { FinalizeAssessmentMutation, ReopenAssessmentMutation } from "./assessment-queries.ts";
import { IncompleteNotice } from "./IncompleteNotice.tsx";

/** A unit and committee dimension with fewer scores than the year needs, and who has not scored it. */
export interface FinalizeBlocker {
  unitName: string;
  dimensionName: string;
  raters: number;
  minRaters: number;
  missing: readonly string[];
}

/**
 * 定稿 / 重新开放, each behind a confirmation. Reopening needs a reason (it goes to the audit log).
 * Every active query is refetched afterwards: finalisation changes what every view may edit.
 * The buttons belong in the page header, the outcome below it (a message inside the header's
 * row of buttons pushed the title aside), so the page places the two parts. While a unit lacks
 * scores the button stays disabled and the feedback lists exactly what is missing and who has
 * not scored it.
 */
export function useFinalizeControls(
  year: number,
  finalized: boolean,
  blockers: readonly FinalizeBlocker[],
): { buttons: ReactNode; feedback: ReactNode } {
  const t = useStrings(assessmentStrings);
  const viewer = useViewer();
  const [dialog, setDialog] = useState<"finalize" | "reopen" | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [finalize, finalizing] = useMutation(FinalizeAssessmentMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const [reopen, reopening] = useMutation(ReopenAssessmentMutation, { refetchQueries: "active", awaitRefetchQueries: true });

  async function run(action: "finalize" | "reopen") {
    setError(null);
    setDone(null);
    try {
      if (action === "finalize") await finalize({ variables: { year } });
      else await reopen({ variables: { year, reason: reason.trim() } });
      setDone(action === "finalize" ? t.finalizedOk : t.reopenedOk);
      setReason("");
    } catch (e) {
      setError(e);
    } finally {
      setDialog(null);
    }
  }

  const lacking = incompleteUnits(error);
  const code = errorCode(error);
  const buttons = (
    <>
      <div className="no-print page-actions">
        {!finalized && can(viewer, "finalize") && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => setDialog("finalize")}
            disabled={blockers.length > 0}
            aria-describedby={blockers.length > 0 ? "finalize-blockers" : undefined}
          >
            {t.finalize}
          </button>
        )}
        {finalized && can(viewer, "reopen") && (
          <button type="button" className="btn btn--danger" onClick={() => setDialog("reopen")}>
            {t.reopen}
          </button>
        )}
      </div>
      {dialog === "finalize" && (
        <ConfirmDialog
          title={t.finalizeTitle(year)}
          confirmLabel={t.finalize}
          cancelLabel={t.cancel}
          onConfirm={() => void run("finalize")}
          onCancel={() => setDialog(null)}
          confirmDisabled={finalizing.loading}
        >
          <p>{t.finalizeText}</p>
        </ConfirmDialog>
      )}
      {dialog === "reopen" && (
        <ConfirmDialog
          title={t.reopenTitle(year)}
          confirmLabel={t.reopen}
          cancelLabel={t.cancel}
          onConfirm={() => void run("reopen")}
          onCancel={() => setDialog(null)}
          danger
          confirmDisabled={reopening.loading || reason.trim().length < 5}
        >
          <p>{t.reopenText}</p>
          <label className="field">
            <span>{t.reason}</span>
            <textarea name="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
          </label>
        </ConfirmDialog>
      )}
    </>
  );
  const mayFinalize = !finalized && can(viewer, "finalize");
  const feedback = (
    <>
      {mayFinalize && blockers.length > 0 && (
        <div className="alert alert--warn finalize-blockers no-print" id="finalize-blockers">
          <strong>{t.blockersTitle}</strong>
          <ul className="plain-list">
            {blockers.map((b) => (
              <li key={`${b.unitName}/${b.dimensionName}`}>{t.blocker(b.unitName, b.dimensionName, b.raters, b.minRaters, b.missing.join("、"))}</li>
            ))}
          </ul>
        </div>
      )}
      {(error || done) && (
        <div className="finalize-feedback no-print">
          {done && (
            <div className="alert alert--ok" role="status">
              {done}
            </div>
          )}
          {code === "INCOMPLETE_ASSESSMENT" && lacking.length > 0 ? (
            <IncompleteNotice units={lacking} title={t.incompleteError} />
          ) : code === "YEAR_FINALIZED" ? (
            <div className="alert alert--error" role="alert">
              {t.yearFinalizedError}
            </div>
          ) : error ? (
            <div className="alert alert--error" role="alert">
              {describeError(error)}
            </div>
          ) : null}
        </div>
      )}
    </>
  );
  return { buttons, feedback };
}
