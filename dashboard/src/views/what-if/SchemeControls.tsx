import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { dimensionColor } from "../../charts/unit-colors.ts";
import { PARAMETER_NAMES, THRESHOLD_GRADES, WEIGHT_DIMENSIONS, type SchemeForm } from "./scheme-form.ts";
import { whatIfStrings } from "./what-if-strings.ts";

interface Props {
  form: SchemeForm;
  errors: Record<string, string>;
  changed: ReadonlySet<string>;
  onChange: (field: string, value: string) => void;
}

/** Sliders for the four weights, number fields for every other scheme parameter. */
export function SchemeControls({ form, errors, changed, onChange }: Props) {
  const t = useStrings(whatIfStrings);
  const common = useStrings(commonStrings);
  const weightSum = WEIGHT_DIMENSIONS.reduce((sum, d) => sum + (Number(form[`weight.${d}`]) || 0), 0);

  const numberField = (key: string, label: string, step = "any") => (
    <label key={key} className={changed.has(key) ? "field is-changed" : "field"}>
      <span>
        {label}
        {changed.has(key) && <em className="changed-mark"> · {t.changed}</em>}
      </span>
      <input
        name={key}
        type="number"
        step={step}
        value={form[key] ?? ""}
        onChange={(e) => onChange(key, e.target.value)}
        aria-invalid={!!errors[key]}
      />
      {errors[key] && <span className="field-error">{t.errors[errors[key]]}</span>}
    </label>
  );

  return (
    <div className="scheme-controls">
      <h3>{t.weights}</h3>
      {WEIGHT_DIMENSIONS.map((d) => {
        const key = `weight.${d}`;
        const value = Number(form[key]) || 0;
        const share = weightSum > 0 ? `${((100 * value) / weightSum).toFixed(1)}%` : "—";
        return (
          <div key={d} className={changed.has(key) ? "weight-row is-changed" : "weight-row"}>
            <label htmlFor={`weight-${d}`}>
              <span className="swatch" style={{ background: dimensionColor(d) }} /> {common.dimensions[d]}
            </label>
            <input
              id={`weight-${d}`}
              name={key}
              type="range"
              min={0}
              max={100}
              step={1}
              value={value}
              onChange={(e) => onChange(key, e.target.value)}
            />
            <input
              className="weight-number"
              aria-label={common.dimensions[d]}
              name={`${key}.number`}
              type="number"
              min={0}
              max={1000}
              value={form[key] ?? ""}
              onChange={(e) => onChange(key, e.target.value)}
              aria-invalid={!!errors[key]}
            />
            <span className="muted weight-share">{t.weightShare(share)}</span>
            {errors[key] && <span className="field-error weight-error">{t.errors[errors[key]]}</span>}
          </div>
        );
      })}
      <h3>{t.parameters}</h3>
      <div className="param-grid">
        {PARAMETER_NAMES.map((name) => numberField(name, t.params[name], name === "trimThreshold" || name === "minRaters" ? "1" : "any"))}
      </div>
      <h3>{t.thresholds}</h3>
      <div className="param-grid param-grid--3">{THRESHOLD_GRADES.map((grade) => numberField(`grade.${grade}`, t.grades[grade]))}</div>
    </div>
  );
}
