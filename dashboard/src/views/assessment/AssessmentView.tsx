import { ComingSoon } from "../../app/ComingSoon.tsx";
import { useLang } from "../../i18n/I18nProvider.tsx";

export default function AssessmentView() {
  const { lang } = useLang();
  return <ComingSoon title={lang === "zh" ? "年终考核" : "Year-end assessment"} />;
}
