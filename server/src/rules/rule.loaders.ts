import DataLoader from "dataloader";
import type { Knex } from "knex";
import { acknowledgementsOf, attachmentsOf, listVersions } from "./rule.repository.ts";
import type { ImplementationRule, RuleAcknowledgement, RuleAttachment } from "./rule.type.ts";

type UnitYear = { unitId: number; year: number };

export function createRuleLoaders(knex: Knex) {
  return {
    ruleVersions: new DataLoader<UnitYear, ImplementationRule[], string>(
      async (keys) => {
        const found = await listVersions(knex, keys);
        return keys.map((k) => found.get(`${k.unitId}/${k.year}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.unitId}/${k.year}` },
    ),
    ruleAttachments: new DataLoader<number, RuleAttachment[]>(async (ids) => {
      const found = await attachmentsOf(knex, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    ruleAcknowledgements: new DataLoader<number, RuleAcknowledgement[]>(async (ids) => {
      const found = await acknowledgementsOf(knex, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
