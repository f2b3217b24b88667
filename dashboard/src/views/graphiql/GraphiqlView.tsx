import { ComingSoon } from "../../app/ComingSoon.tsx";
import { useLang } from "../../i18n/I18nProvider.tsx";

export default function GraphiqlView() {
  const { lang } = useLang();
  return <ComingSoon title={lang === "zh" ? "GraphQL 查询" : "GraphQL explorer"} />;
}
