import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import {
  AssessmentResolver,
  CommitteeAggregateResolver,
  DimensionScoreResolver,
  ExplanationPartResolver,
  PayrollLineResolver,
  RevenueProjectionResolver,
  TrendPointResolver,
  UnitResultResolver,
} from "../assessment/assessment.resolver.ts";
import { AuditResolver } from "../audit/audit.resolver.ts";
import { authChecker } from "../auth/auth-checker.ts";
import { validateArgument } from "../common/validation.ts";
import { AuthResolver } from "../auth/auth.resolver.ts";
import { ContractResolver } from "../contracts/contract.resolver.ts";
import { CallbackResolver } from "../ledger/kinds/callback.ledger.ts";
import { ComplaintResolver } from "../ledger/kinds/complaint.ledger.ts";
import { CostResolver } from "../ledger/kinds/cost.ledger.ts";
import { DispatchResolver } from "../ledger/kinds/dispatch.ledger.ts";
import { RevenueResolver } from "../ledger/kinds/revenue.ledger.ts";
import { VoidRecordResolver } from "../ledger/void.resolver.ts";
import { ArrearsAgingResolver, ArrearsHouseholdResolver, DunningActionResolver, DunningMonthResolver } from "../fees/arrears.resolver.ts";
import { CollectionFiguresResolver, CollectionSeriesResolver, TariffResolver } from "../fees/fees.resolver.ts";
import { ImportLogResolver } from "../import/import-log.resolver.ts";
import { ImplementationRuleResolver } from "../rules/rule.resolver.ts";
import { SchemeResolver } from "../scheme/scheme.resolver.ts";
import { ContractRosterResolver, UnitRosterResolver } from "../roster/roster.resolver.ts";
import { ScoreResolver, ScoringProgressResolver } from "../scores/score.resolver.ts";
import { OpenYearResolver } from "../year-opening/open-year.resolver.ts";
import { MonthlyTotalsResolver, YearTotalsResolver } from "../totals/year-totals.resolver.ts";
import { UnitResolver } from "../units/unit.resolver.ts";

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process (type-graphql's metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      UnitResolver,
      ContractResolver,
      SchemeResolver,
      RevenueResolver,
      CostResolver,
      CallbackResolver,
      ComplaintResolver,
      DispatchResolver,
      VoidRecordResolver,
      ImportLogResolver,
      ScoreResolver,
      ScoringProgressResolver,
      UnitRosterResolver,
      ContractRosterResolver,
      OpenYearResolver,
      ImplementationRuleResolver,
      YearTotalsResolver,
      MonthlyTotalsResolver,
      AssessmentResolver,
      UnitResultResolver,
      DimensionScoreResolver,
      CommitteeAggregateResolver,
      ExplanationPartResolver,
      PayrollLineResolver,
      RevenueProjectionResolver,
      TrendPointResolver,
      TariffResolver,
      CollectionFiguresResolver,
      CollectionSeriesResolver,
      ArrearsHouseholdResolver,
      DunningActionResolver,
      ArrearsAgingResolver,
      DunningMonthResolver,
      AuditResolver,
      AuthResolver,
    ],
    authChecker,
    authMode: "error",
    // The field rules on the input classes (common/validation.ts), reported in the API's
    // BAD_USER_INPUT shape with every bad field and entry.
    validateFn: validateArgument,
  }).then(describeRootTypes);
  return built;
}

/** type-graphql cannot describe the root types; analysts read these first. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  schema.getQueryType()!.description = "Reading: units, contracts, schemes, the recorded ledgers (paged), committee scores and per-unit year totals.";
  schema.getMutationType()!.description =
    "Writing: units, contracts, the year's scheme, batches of records (all or nothing, duplicates skipped by reference) and committee scores.";
  return schema;
}

/** The schema as SDL, sorted so the committed file changes only when the schema does. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
