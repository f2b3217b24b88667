import { ComingSoon } from "../../app/ComingSoon.tsx";
import { useLang } from "../../i18n/I18nProvider.tsx";

/** Placeholder: the analytics helper replaces this page. */
export default function CostView() {
  const { lang } = useLang();
  return <ComingSoon title={lang === "zh" ? "成本" : "Cost"} />;
}
