import { ComingSoon } from "../../app/ComingSoon.tsx";
import { useLang } from "../../i18n/I18nProvider.tsx";

export default function ContractsView() {
  const { lang } = useLang();
  return <ComingSoon title={lang === "zh" ? "目标责任书" : "Contracts"} />;
}
