import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useMemo, useState } from "react";
import { describeError, invalidFields } from "../../api/errors.ts";
import { useYear } from "../../app/use-year.ts";
import { can, useViewer } from "../../auth/index.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { commonStrings } from "../../i18n/common-strings.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import type { SchemeInput } from "../../gql/graphql.ts";
import { changedFields, formFromScheme, inputFromForm, type SchemeForm } from "./scheme-form.ts";
import { SchemeControls } from "./SchemeControls.tsx";
import { SimulatedRanking } from "./SimulatedRanking.tsx";
import { useDebounced } from "./use-debounced.ts";
import { SaveSchemeMutation, SimulateAssessmentQuery, WhatIfSchemeQuery } from "./what-if-queries.ts";
import { whatIfStrings } from "./what-if-strings.ts";
import "./what-if.css";

/**
 * 方案模拟: the year's scheme as editable controls beside the ranking it produces. Every change is
 * simulated (debounced) with `simulateAssessment`, which stores nothing; only 保存方案 writes.
 */
export default function WhatIfView() {
  const t = useStrings(whatIfStrings);
  const common = useStrings(commonStrings);
  const viewer = useViewer();
  const { year } = useYear();
  const schemeQuery = useQuery(WhatIfSchemeQuery, year === null ? skipToken : { variables: { year } });
  const stored = useMemo(() => (schemeQuery.data ? formFromScheme(schemeQuery.data.scheme) : null), [schemeQuery.data]);
  const [form, setForm] = useState<SchemeForm | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(SaveSchemeMutation, { refetchQueries: "active", awaitRefetchQueries: true });

  // A new year (or a saved scheme) starts the form from what is stored.
  useEffect(() => setForm(stored), [stored]);

  const parsed = form ? inputFromForm(form) : null;
  const validInput = parsed?.ok ? (parsed.input as unknown as SchemeInput) : null;
  // While a field is half-typed (invalid), keep simulating the last valid scheme; compare by
  // content, since the parsed input is a new object on every render.
  const [lastValid, setLastValid] = useState<SchemeInput | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: compared by content on purpose (see above)
  useEffect(() => {
    if (validInput) setLastValid(validInput);
  }, [JSON.stringify(validInput)]);
  const scheme = useDebounced(lastValid, 250);

  const simulation = useQuery(
    SimulateAssessmentQuery,
    year === null || scheme === null ? skipToken : { variables: { year, scheme }, fetchPolicy: "cache-first" },
  );
  const shown = simulation.data ?? simulation.previousData;
  const finalized = shown?.simulateAssessment.finalized ?? false;
  const changed = new Set(form && stored ? changedFields(form, stored) : []);
  const errors = parsed && !parsed.ok ? parsed.errors : {};

  function onFieldChange(field: string, value: string) {
    setSaved(false);
    setForm((current) => (current ? { ...current, [field]: value } : current));
  }

  async function doSave() {
    setConfirming(false);
    if (!validInput || year === null) return;
    setSaveError(null);
    try {
      await save({ variables: { year, input: validInput } });
      setSaved(true);
    } catch (e) {
      setSaveError(e);
    }
  }

  if (year === null) return <section className="page" />;
  const serverFieldErrors = invalidFields(saveError);
  return (
    <section className="page what-if-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => setForm(stored)} disabled={changed.size === 0}>
            {t.reset}
          </button>
          {can(viewer, "saveScheme") && (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => setConfirming(true)}
              disabled={!validInput || changed.size === 0 || finalized || saving.loading}
            >
              {saving.loading ? t.saving : t.save}
            </button>
          )}
        </div>
      </header>
      <p className="muted">{t.intro}</p>
      {finalized && <div className="alert alert--warn">{t.finalizedNote}</div>}
      {saved && changed.size === 0 && (
        <div className="alert alert--ok" role="status">
          {t.saved}
        </div>
      )}
      {saveError ? (
        <div className="alert alert--error" role="alert">
          {describeError(saveError)}
          {serverFieldErrors.length > 0 && (
            <ul>
              {serverFieldErrors.map((f) => (
                <li key={f.field}>
                  {f.field}: {f.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <ErrorAlert error={schemeQuery.error} />
      <div className="what-if-layout">
        <div className="card">
          {form ? (
            <SchemeControls form={form} errors={errors} changed={changed} onChange={onFieldChange} />
          ) : (
            <div className="chart-skeleton" style={{ height: 480 }} />
          )}
        </div>
        <SimulatedRanking
          year={year}
          results={shown?.simulateAssessment.results ?? null}
          simulating={simulation.loading}
          invalid={parsed !== null && !parsed.ok}
          error={simulation.error}
        />
      </div>
      {confirming && (
        <ConfirmDialog
          title={t.confirmSave(year)}
          confirmLabel={t.save}
          cancelLabel={common.cancel}
          onConfirm={() => void doSave()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t.confirmSaveText}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
