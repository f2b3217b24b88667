import { ComingSoon } from "../../app/ComingSoon.tsx";
import { useLang } from "../../i18n/I18nProvider.tsx";

export default function EntryView() {
  const { lang } = useLang();
  return <ComingSoon title={lang === "zh" ? "数据录入" : "Data entry"} />;
}
