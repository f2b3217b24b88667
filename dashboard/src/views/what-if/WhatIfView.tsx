import { ComingSoon } from "../../app/ComingSoon.tsx";
import { useLang } from "../../i18n/I18nProvider.tsx";

export default function WhatIfView() {
  const { lang } = useLang();
  return <ComingSoon title={lang === "zh" ? "方案模拟" : "What-if"} />;
}
