import type { Knex } from "knex";
import * as domainSchema from "./20261123000100_domain_schema.ts";
import * as finalizationGuardAndAudit from "./20261123000200_finalization_guard_and_audit.ts";
import * as usersSessionsTokens from "./20261123000300_users_sessions_tokens.ts";
import * as finalizationLock from "./20261203000100_finalization_lock.ts";
import * as datedUnitNames from "./20261203000200_dated_unit_names.ts";
import * as countedCostsView from "./20261203000300_counted_costs_view.ts";
import * as signInAttempts from "./20261203000400_sign_in_attempts.ts";
import * as auditFilters from "./20261203000500_audit_filters.ts";
import * as linkedCorrectionsAndVoids from "./20261204000100_linked_corrections_and_voids.ts";
import * as organisationAndYearLifeCycle from "./20261205000100_organisation_and_year_life_cycle.ts";
import * as feeCollectionRegister from "./20261207000100_fee_collection_register.ts";
import * as arrearsRegister from "./20261209000100_arrears_register.ts";
import * as openingArrears from "./20261209000200_opening_arrears.ts";
import * as statementLevelInsertGuard from "./20261211000100_statement_level_insert_guard.ts";
import * as yearDataChanges from "./20261211000200_year_data_changes.ts";
import * as credentialChangeNotices from "./20261212000100_credential_change_notices.ts";

/**
 * Every migration in order. Listed here rather than discovered on disk so the same list works
 * under tsx, vitest and any bundler; append new migrations, never edit or reorder landed ones.
 */
export const MIGRATIONS: [name: string, migration: Knex.Migration][] = [
  ["20261123000100_domain_schema", domainSchema],
  ["20261123000200_finalization_guard_and_audit", finalizationGuardAndAudit],
  ["20261123000300_users_sessions_tokens", usersSessionsTokens],
  ["20261203000100_finalization_lock", finalizationLock],
  ["20261203000200_dated_unit_names", datedUnitNames],
  ["20261203000300_counted_costs_view", countedCostsView],
  ["20261203000400_sign_in_attempts", signInAttempts],
  ["20261203000500_audit_filters", auditFilters],
  ["20261204000100_linked_corrections_and_voids", linkedCorrectionsAndVoids],
  ["20261205000100_organisation_and_year_life_cycle", organisationAndYearLifeCycle],
  ["20261207000100_fee_collection_register", feeCollectionRegister],
  ["20261209000100_arrears_register", arrearsRegister],
  ["20261209000200_opening_arrears", openingArrears],
  ["20261211000100_statement_level_insert_guard", statementLevelInsertGuard],
  ["20261211000200_year_data_changes", yearDataChanges],
  ["20261212000100_credential_change_notices", credentialChangeNotices],
];
