import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { can, useViewer } from "../../auth/index.ts";
import { parseYuan } from "../../format/money.ts";
import { graphql } from "../../gql/index.ts";
import { defineStrings } from "../../i18n/strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";

const TariffQuery = graphql(`
  query Tariff($year: Int!) {
    tariff(year: $year) {
      year
      isSet
      residential
      upgraded
      collective
    }
  }
`);

const SetTariffMutation = graphql(`
  mutation SetTariff($year: Int!, $residential: Money!, $upgraded: Money!, $collective: Money!) {
    setTariff(year: $year, residential: $residential, upgraded: $upgraded, collective: $collective) {
      year
      isSet
      residential
      upgraded
      collective
    }
  }
`);

const strings = defineStrings(
  {
    title: "收费标准(元/户·月)",
    note: "应收 = 各类户数 × 收费标准;新年度开年时沿用上一年的标准。",
    notSet: "本年度尚未设定收费标准,应收按 0 计。",
    classes: { residential: "普通用户", upgraded: "网改用户", collective: "集体户" } as Record<string, string>,
    save: "保存收费标准",
    saved: "已保存。",
    invalid: "请输入 0 或以上、最多两位小数的金额",
  },
  {
    title: "Tariff (yuan per household per month)",
    note: "Receivable = households per class × tariff; a new year starts with the previous year's.",
    notSet: "No tariff set for this year: every receivable counts 0.",
    classes: { residential: "Residential", upgraded: "Upgraded", collective: "Collective" },
    save: "Save tariff",
    saved: "Saved.",
    invalid: "Enter an amount of 0 or more with at most 2 decimals",
  },
);

const CLASSES = ["residential", "upgraded", "collective"] as const;

/** 收费标准 (§9): the year's monthly fee per household class; the committee and administrators change it while the year is open. */
export function TariffCard({ year, finalized }: { year: number; finalized: boolean | null }) {
  const t = useStrings(strings);
  const viewer = useViewer();
  const { data, error } = useQuery(TariffQuery, { variables: { year } });
  const [save, saving] = useMutation(SetTariffMutation, { refetchQueries: "active" });
  const [form, setForm] = useState<Record<string, string> | null>(null);
  const [saved, setSaved] = useState(false);
  const tariff = data?.tariff;
  const mayEdit = can(viewer, "saveScheme") && finalized === false;
  const values = form ?? (tariff ? { residential: tariff.residential, upgraded: tariff.upgraded, collective: tariff.collective } : null);
  const parsed = values ? CLASSES.map((c) => parseYuan(values[c] ?? "")) : [];
  const valid = parsed.length === 3 && parsed.every((p) => p.ok);
  return (
    <div className="card tariff-card">
      <h2>{t.title}</h2>
      <p className="muted">{tariff && !tariff.isSet ? t.notSet : t.note}</p>
      <ErrorAlert error={error ?? saving.error} />
      {values && (
        <form
          className="tariff-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid) return;
            const [residential, upgraded, collective] = parsed.map((p) => (p.ok ? p.yuan : "0"));
            void save({ variables: { year, residential, upgraded, collective } }).then(() => {
              setForm(null);
              setSaved(true);
            });
          }}
        >
          {CLASSES.map((c, i) => (
            <label key={c} className="field">
              <span>{t.classes[c]}</span>
              <input
                name={`tariff.${c}`}
                inputMode="decimal"
                className="num"
                size={8}
                value={values[c] ?? ""}
                readOnly={!mayEdit}
                aria-invalid={!parsed[i]?.ok}
                onChange={(e) => {
                  setSaved(false);
                  setForm({ ...values, [c]: e.target.value });
                }}
              />
            </label>
          ))}
          {mayEdit && (
            <button type="submit" className="btn btn--primary" disabled={!valid || form === null || saving.loading}>
              {t.save}
            </button>
          )}
          {mayEdit && !valid && <span className="field-error">{t.invalid}</span>}
          {saved && (
            <span className="muted" role="status">
              {t.saved}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
