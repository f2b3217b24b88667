import { useStrings } from "../../i18n/I18nProvider.tsx";
import { formatYuan } from "../../format/money.ts";
import { assessmentStrings } from "./assessment-strings.ts";

export const PAY_LINES = ["commission", "overTargetBonus", "underTargetDeduction", "repairSavingsReward", "repairOverspendCharge", "net"] as const;
export type PayLineKey = (typeof PAY_LINES)[number];

/** A unit's performance pay lines in exact yuan; deductions shown with a minus. */
export function PayLines({ pay }: { pay: Record<PayLineKey, string> }) {
  const t = useStrings(assessmentStrings);
  const negative = new Set<PayLineKey>(["underTargetDeduction", "repairOverspendCharge"]);
  return (
    <table className="pay-lines">
      <tbody>
        {PAY_LINES.map((line) => (
          <tr key={line} className={line === "net" ? "pay-lines__net" : undefined}>
            <th scope="row">{t.payLines[line]}</th>
            <td className="num">
              {negative.has(line) && pay[line] !== "0.00" ? "−" : ""}
              {formatYuan(pay[line])} {t.yuanUnit}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
