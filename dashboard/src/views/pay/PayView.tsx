import { ComingSoon } from "../../app/ComingSoon.tsx";
import { useLang } from "../../i18n/I18nProvider.tsx";

export default function PayView() {
  const { lang } = useLang();
  return <ComingSoon title={lang === "zh" ? "效益工资" : "Performance pay"} />;
}
