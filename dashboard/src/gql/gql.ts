/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query YearStatus($year: Int!) {\n    assessment(year: $year) {\n      year\n      finalized\n    }\n  }\n": typeof types.YearStatusDocument,
    "\n  query Units($year: Int!) {\n    units(includeRetired: true) {\n      id\n      code\n      name\n      nameEn\n      kind\n      retiredFrom\n      nameInYear(year: $year)\n      nameEnInYear(year: $year)\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query Years {\n    years\n  }\n": typeof types.YearsDocument,
    "\n  query Viewer {\n    viewer {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query AssessmentPage($year: Int!, $language: Language!) {\n    assessment(year: $year) {\n      year\n      finalized\n      finalizedAt\n      scheme {\n        isDefault\n        minRaters\n        weights {\n          dimension\n          weight\n        }\n      }\n      results {\n        rank\n        total\n        grade\n        complete\n        completionRate\n        revenueActual\n        revenueTarget\n        repairCost\n        otherCost\n        totalFormula(language: $language)\n        missing {\n          dimension\n          have\n          need\n        }\n        unit {\n          code\n          name\n        }\n        pay {\n          commission\n          overTargetBonus\n          underTargetDeduction\n          repairSavingsReward\n          repairOverspendCharge\n          net\n        }\n        scores {\n          dimension\n          score\n          weight\n          applicable\n          objective\n          explanation(language: $language)\n          formula(language: $language)\n          inputs {\n            label(language: $language)\n            value\n          }\n          committee {\n            average\n            trimmed\n            withheld\n            counted {\n              member\n              score\n            }\n            dropped {\n              member\n              score\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssessmentPageDocument,
    "\n  mutation FinalizeAssessment($year: Int!) {\n    finalizeAssessment(year: $year) {\n      year\n      finalized\n      finalizedAt\n    }\n  }\n": typeof types.FinalizeAssessmentDocument,
    "\n  mutation ReopenAssessment($year: Int!, $reason: String!) {\n    reopenAssessment(year: $year, reason: $reason) {\n      year\n      finalized\n    }\n  }\n": typeof types.ReopenAssessmentDocument,
    "\n  query AssessmentCommitteeMembers {\n    committeeMembers {\n      id\n      name\n    }\n  }\n": typeof types.AssessmentCommitteeMembersDocument,
    "\n  query AssessmentCommitteeScores($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      comment\n      updatedAt\n      member {\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.AssessmentCommitteeScoresDocument,
    "\n  mutation AssessmentSubmitScore($input: ScoreInput!) {\n    submitScore(input: $input) {\n      id\n      dimension\n      score\n      comment\n      updatedAt\n      member {\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.AssessmentSubmitScoreDocument,
    "\n  query AssessmentFinalizeBlockers($year: Int!) {\n    scoringProgress(year: $year) {\n      dimension\n      raters\n      minRaters\n      missing\n      complete\n      unit {\n        code\n      }\n    }\n  }\n": typeof types.AssessmentFinalizeBlockersDocument,
    "\n  query AssessmentRules($year: Int!) {\n    implementationRules(year: $year) {\n      id\n      version\n      title\n      filedOn\n      unit {\n        code\n      }\n      acknowledgements {\n        recipient\n      }\n      versions {\n        id\n        version\n        title\n        filedOn\n      }\n    }\n  }\n": typeof types.AssessmentRulesDocument,
    "\n  query AuditLogPage($year: Int, $limit: Int!, $actor: String, $action: String, $from: Date, $to: Date) {\n    auditActions\n    auditLog(year: $year, limit: $limit, actor: $actor, action: $action, from: $from, to: $to) {\n      id\n      at\n      actor\n      action\n      year\n      reason\n      outcome\n      details\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "\n  query ContractsPage($year: Int!) {\n    contracts(year: $year) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      staffOnRoster\n      vehiclesOnRoster\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ContractsPageDocument,
    "\n  mutation ContractsSetContract($input: ContractInput!) {\n    setContract(input: $input) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ContractsSetContractDocument,
    "\n  query CostYear($year: Int!) {\n    contracts(year: $year) {\n      repairBudget\n      baseExpense\n      repairBudgetFromMonth\n      unit {\n        code\n        name\n      }\n    }\n    yearTotals(year: $year) {\n      repairCost\n      otherCost\n      repairCostBeforeWindow\n      warrantyExchangeAmount\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CostYearDocument,
    "\n  query CostMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      repairCost\n      otherCost\n      unit {\n        code\n      }\n    }\n  }\n": typeof types.CostMonthlyDocument,
    "\n  mutation EntryRecordRevenue($entries: [RevenueInput!]!) {\n    recordRevenue(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": typeof types.EntryRecordRevenueDocument,
    "\n  mutation EntryRecordCosts($entries: [CostInput!]!) {\n    recordCosts(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": typeof types.EntryRecordCostsDocument,
    "\n  mutation EntryRecordCallbacks($entries: [CallbackInput!]!) {\n    recordCallbacks(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": typeof types.EntryRecordCallbacksDocument,
    "\n  mutation EntryRecordComplaints($entries: [ComplaintInput!]!) {\n    recordComplaints(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": typeof types.EntryRecordComplaintsDocument,
    "\n  mutation EntryRecordDispatches($entries: [DispatchInput!]!) {\n    recordDispatches(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": typeof types.EntryRecordDispatchesDocument,
    "\n  query ImportHistory($limit: Int!) {\n    imports(limit: $limit) {\n      at\n      actor\n      kind\n      fileName\n      sha256\n      rows\n      inserted\n      duplicates\n    }\n  }\n": typeof types.ImportHistoryDocument,
    "\n  query PayPayroll($year: Int!, $quarter: Int) {\n    payroll(year: $year, quarter: $quarter) {\n      quarter\n      periodStart\n      periodEnd\n      revenueTarget\n      revenueActual\n      repairBudget\n      repairCost\n      unit {\n        code\n        name\n      }\n      pay {\n        commission\n        overTargetBonus\n        underTargetDeduction\n        repairSavingsReward\n        repairOverspendCharge\n        net\n      }\n    }\n  }\n": typeof types.PayPayrollDocument,
    "\n  query RevenueMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      revenue\n      viewingFee\n      inspectionFee\n      arrears\n      unit {\n        code\n      }\n    }\n  }\n": typeof types.RevenueMonthlyDocument,
    "\n  query RevenueProjection($year: Int!, $asOf: Date!) {\n    revenueProjection(year: $year, asOf: $asOf) {\n      asOf\n      basis\n      revenueTarget\n      revenueToDate\n      projectedRevenue\n      completionToDate\n      projectedCompletion\n      expectedShareToDate\n      remainingWeeks\n      weeklyAmountNeeded\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.RevenueProjectionDocument,
    "\n  fragment RuleVersionFields on ImplementationRule {\n    id\n    version\n    title\n    text\n    filedOn\n    filedBy\n    reference\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    acknowledgements {\n      recipient\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n": typeof types.RuleVersionFieldsFragmentDoc,
    "\n  query RulesPage($year: Int!) {\n    implementationRules(year: $year) {\n      ...RuleVersionFields\n      unit {\n        code\n      }\n      versions {\n        ...RuleVersionFields\n      }\n    }\n  }\n": typeof types.RulesPageDocument,
    "\n  mutation RulesFileRule($input: ImplementationRuleInput!) {\n    fileImplementationRule(input: $input) {\n      id\n      version\n      unit {\n        code\n      }\n    }\n  }\n": typeof types.RulesFileRuleDocument,
    "\n  mutation RulesAcknowledge($id: ID!) {\n    acknowledgeImplementationRule(id: $id) {\n      ...RuleVersionFields\n    }\n  }\n": typeof types.RulesAcknowledgeDocument,
    "\n  query ScoringPage($year: Int!) {\n    scoringProgress(year: $year) {\n      dimension\n      raters\n      minRaters\n      missing\n      complete\n      unit {\n        code\n        name\n      }\n    }\n    committeeMembers(year: $year) {\n      id\n      name\n    }\n  }\n": typeof types.ScoringPageDocument,
    "\n  query ScoringOwnScores($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      comment\n      member {\n        name\n      }\n      unit {\n        code\n      }\n    }\n  }\n": typeof types.ScoringOwnScoresDocument,
    "\n  query ScoringRegisteredMembers {\n    committeeMembers {\n      id\n      name\n    }\n  }\n": typeof types.ScoringRegisteredMembersDocument,
    "\n  mutation ScoringSubmitScores($year: Int!, $scores: [SheetScoreInput!]!, $member: String) {\n    submitScores(year: $year, scores: $scores, member: $member) {\n      id\n      dimension\n      score\n      comment\n      member {\n        name\n      }\n      unit {\n        code\n      }\n    }\n  }\n": typeof types.ScoringSubmitScoresDocument,
    "\n  mutation ScoringSetCommitteeMembers($year: Int!, $members: [String!]!) {\n    setCommitteeMembers(year: $year, members: $members) {\n      id\n      name\n    }\n  }\n": typeof types.ScoringSetCommitteeMembersDocument,
    "\n  query ServiceYear($year: Int!) {\n    yearTotals(year: $year) {\n      callbacksSatisfied\n      callbacksBasicallySatisfied\n      callbacksDissatisfied\n      complaints\n      repeatComplaints\n      dispatchesOnTime\n      dispatchesLate\n      dispatchesRefused\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ServiceYearDocument,
    "\n  query ServiceMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      callbacksSatisfied\n      callbacksBasicallySatisfied\n      callbacksDissatisfied\n      complaints\n      repeatComplaints\n      dispatchesOnTime\n      dispatchesLate\n      dispatchesRefused\n      unit {\n        code\n      }\n    }\n  }\n": typeof types.ServiceMonthlyDocument,
    "\n  query ServiceCommittee($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ServiceCommitteeDocument,
    "\n  query TokensList {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n": typeof types.TokensListDocument,
    "\n  mutation TokensCreate($name: String!, $expiresInDays: Int) {\n    createApiToken(name: $name, expiresInDays: $expiresInDays) {\n      secret\n      token {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.TokensCreateDocument,
    "\n  mutation TokensRevoke($id: String!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.TokensRevokeDocument,
    "\n  query TrendsRange($fromYear: Int!, $toYear: Int!) {\n    trends(fromYear: $fromYear, toYear: $toYear) {\n      year\n      total\n      rank\n      grade\n      completionRate\n      finalized\n      unit {\n        code\n        name\n      }\n      scores {\n        dimension\n        score\n      }\n    }\n  }\n": typeof types.TrendsRangeDocument,
    "\n  query UnitsPage($year: Int!) {\n    units(includeRetired: true) {\n      id\n      code\n      name\n      nameEn\n      kind\n      region\n      headName\n      deputyHeadName\n      retired\n      retiredFrom\n      nameInYear(year: $year)\n      names {\n        validFrom\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.UnitsPageDocument,
    "\n  query UnitRoster($code: String!, $year: Int!) {\n    unit(code: $code) {\n      id\n      code\n      staff(year: $year) {\n        id\n        name\n        post\n        from\n        to\n        username\n      }\n      vehicles(year: $year) {\n        id\n        plate\n        kind\n        from\n        to\n      }\n    }\n  }\n": typeof types.UnitRosterDocument,
    "\n  mutation UnitsUpsertUnit($input: UnitInput!) {\n    upsertUnit(input: $input) {\n      id\n      code\n      name\n      nameEn\n      kind\n      region\n      headName\n      deputyHeadName\n      retired\n      retiredFrom\n    }\n  }\n": typeof types.UnitsUpsertUnitDocument,
    "\n  mutation UnitsRenameUnit($code: String!, $name: String!, $from: Date!, $nameEn: String) {\n    renameUnit(code: $code, name: $name, from: $from, nameEn: $nameEn) {\n      id\n      code\n      name\n      nameEn\n      names {\n        validFrom\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.UnitsRenameUnitDocument,
    "\n  mutation UnitsRetireUnit($code: String!, $from: Date!) {\n    retireUnit(code: $code, from: $from) {\n      id\n      code\n      retired\n      retiredFrom\n    }\n  }\n": typeof types.UnitsRetireUnitDocument,
    "\n  mutation UnitsSetStaff($code: String!, $year: Int!, $staff: [StaffMemberInput!]!) {\n    setUnitStaff(unitCode: $code, year: $year, staff: $staff) {\n      id\n      code\n    }\n  }\n": typeof types.UnitsSetStaffDocument,
    "\n  mutation UnitsSetVehicles($code: String!, $year: Int!, $vehicles: [VehicleInput!]!) {\n    setUnitVehicles(unitCode: $code, year: $year, vehicles: $vehicles) {\n      id\n      code\n    }\n  }\n": typeof types.UnitsSetVehiclesDocument,
    "\n  query UsersList {\n    users {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n": typeof types.UsersListDocument,
    "\n  mutation UsersCreate($input: UserInput!) {\n    createUser(input: $input) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n": typeof types.UsersCreateDocument,
    "\n  mutation UsersUpdate($input: UserInput!) {\n    updateUser(input: $input) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n": typeof types.UsersUpdateDocument,
    "\n  query WhatIfScheme($year: Int!) {\n    scheme(year: $year) {\n      year\n      isDefault\n      complaintPenalty\n      cooperationObjectiveShare\n      costCap\n      minRaters\n      overspendPenaltyPerPct\n      refusedDispatchPenalty\n      repeatComplaintPenalty\n      revenueCap\n      satisfactionObjectiveShare\n      savingBonusPerPct\n      trimThreshold\n      weights {\n        dimension\n        weight\n      }\n      gradeThresholds {\n        grade\n        minTotal\n      }\n    }\n  }\n": typeof types.WhatIfSchemeDocument,
    "\n  query WhatIfSimulate($year: Int!, $scheme: SchemeInput!) {\n    simulateAssessment(year: $year, scheme: $scheme) {\n      year\n      finalized\n      results {\n        rank\n        baselineRank\n        rankChange\n        total\n        grade\n        complete\n        unit {\n          code\n          name\n        }\n        scores {\n          dimension\n          score\n          applicable\n        }\n      }\n    }\n  }\n": typeof types.WhatIfSimulateDocument,
    "\n  mutation WhatIfSaveScheme($year: Int!, $input: SchemeInput!) {\n    setScheme(year: $year, input: $input) {\n      year\n      isDefault\n    }\n  }\n": typeof types.WhatIfSaveSchemeDocument,
    "\n  query OpenYearPreview($year: Int!, $copyFrom: Int!, $pct: Float) {\n    openYearPreview(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      unit {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.OpenYearPreviewDocument,
    "\n  mutation OpenYear($year: Int!, $copyFrom: Int!, $pct: Float, $contracts: [ContractInput!]) {\n    openYear(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct, contracts: $contracts) {\n      year\n      revenueTarget\n      unit {\n        code\n      }\n    }\n  }\n": typeof types.OpenYearDocument,
};
const documents: Documents = {
    "\n  query YearStatus($year: Int!) {\n    assessment(year: $year) {\n      year\n      finalized\n    }\n  }\n": types.YearStatusDocument,
    "\n  query Units($year: Int!) {\n    units(includeRetired: true) {\n      id\n      code\n      name\n      nameEn\n      kind\n      retiredFrom\n      nameInYear(year: $year)\n      nameEnInYear(year: $year)\n    }\n  }\n": types.UnitsDocument,
    "\n  query Years {\n    years\n  }\n": types.YearsDocument,
    "\n  query Viewer {\n    viewer {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query AssessmentPage($year: Int!, $language: Language!) {\n    assessment(year: $year) {\n      year\n      finalized\n      finalizedAt\n      scheme {\n        isDefault\n        minRaters\n        weights {\n          dimension\n          weight\n        }\n      }\n      results {\n        rank\n        total\n        grade\n        complete\n        completionRate\n        revenueActual\n        revenueTarget\n        repairCost\n        otherCost\n        totalFormula(language: $language)\n        missing {\n          dimension\n          have\n          need\n        }\n        unit {\n          code\n          name\n        }\n        pay {\n          commission\n          overTargetBonus\n          underTargetDeduction\n          repairSavingsReward\n          repairOverspendCharge\n          net\n        }\n        scores {\n          dimension\n          score\n          weight\n          applicable\n          objective\n          explanation(language: $language)\n          formula(language: $language)\n          inputs {\n            label(language: $language)\n            value\n          }\n          committee {\n            average\n            trimmed\n            withheld\n            counted {\n              member\n              score\n            }\n            dropped {\n              member\n              score\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AssessmentPageDocument,
    "\n  mutation FinalizeAssessment($year: Int!) {\n    finalizeAssessment(year: $year) {\n      year\n      finalized\n      finalizedAt\n    }\n  }\n": types.FinalizeAssessmentDocument,
    "\n  mutation ReopenAssessment($year: Int!, $reason: String!) {\n    reopenAssessment(year: $year, reason: $reason) {\n      year\n      finalized\n    }\n  }\n": types.ReopenAssessmentDocument,
    "\n  query AssessmentCommitteeMembers {\n    committeeMembers {\n      id\n      name\n    }\n  }\n": types.AssessmentCommitteeMembersDocument,
    "\n  query AssessmentCommitteeScores($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      comment\n      updatedAt\n      member {\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.AssessmentCommitteeScoresDocument,
    "\n  mutation AssessmentSubmitScore($input: ScoreInput!) {\n    submitScore(input: $input) {\n      id\n      dimension\n      score\n      comment\n      updatedAt\n      member {\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.AssessmentSubmitScoreDocument,
    "\n  query AssessmentFinalizeBlockers($year: Int!) {\n    scoringProgress(year: $year) {\n      dimension\n      raters\n      minRaters\n      missing\n      complete\n      unit {\n        code\n      }\n    }\n  }\n": types.AssessmentFinalizeBlockersDocument,
    "\n  query AssessmentRules($year: Int!) {\n    implementationRules(year: $year) {\n      id\n      version\n      title\n      filedOn\n      unit {\n        code\n      }\n      acknowledgements {\n        recipient\n      }\n      versions {\n        id\n        version\n        title\n        filedOn\n      }\n    }\n  }\n": types.AssessmentRulesDocument,
    "\n  query AuditLogPage($year: Int, $limit: Int!, $actor: String, $action: String, $from: Date, $to: Date) {\n    auditActions\n    auditLog(year: $year, limit: $limit, actor: $actor, action: $action, from: $from, to: $to) {\n      id\n      at\n      actor\n      action\n      year\n      reason\n      outcome\n      details\n    }\n  }\n": types.AuditLogPageDocument,
    "\n  query ContractsPage($year: Int!) {\n    contracts(year: $year) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      staffOnRoster\n      vehiclesOnRoster\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.ContractsPageDocument,
    "\n  mutation ContractsSetContract($input: ContractInput!) {\n    setContract(input: $input) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.ContractsSetContractDocument,
    "\n  query CostYear($year: Int!) {\n    contracts(year: $year) {\n      repairBudget\n      baseExpense\n      repairBudgetFromMonth\n      unit {\n        code\n        name\n      }\n    }\n    yearTotals(year: $year) {\n      repairCost\n      otherCost\n      repairCostBeforeWindow\n      warrantyExchangeAmount\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.CostYearDocument,
    "\n  query CostMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      repairCost\n      otherCost\n      unit {\n        code\n      }\n    }\n  }\n": types.CostMonthlyDocument,
    "\n  mutation EntryRecordRevenue($entries: [RevenueInput!]!) {\n    recordRevenue(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": types.EntryRecordRevenueDocument,
    "\n  mutation EntryRecordCosts($entries: [CostInput!]!) {\n    recordCosts(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": types.EntryRecordCostsDocument,
    "\n  mutation EntryRecordCallbacks($entries: [CallbackInput!]!) {\n    recordCallbacks(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": types.EntryRecordCallbacksDocument,
    "\n  mutation EntryRecordComplaints($entries: [ComplaintInput!]!) {\n    recordComplaints(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": types.EntryRecordComplaintsDocument,
    "\n  mutation EntryRecordDispatches($entries: [DispatchInput!]!) {\n    recordDispatches(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n": types.EntryRecordDispatchesDocument,
    "\n  query ImportHistory($limit: Int!) {\n    imports(limit: $limit) {\n      at\n      actor\n      kind\n      fileName\n      sha256\n      rows\n      inserted\n      duplicates\n    }\n  }\n": types.ImportHistoryDocument,
    "\n  query PayPayroll($year: Int!, $quarter: Int) {\n    payroll(year: $year, quarter: $quarter) {\n      quarter\n      periodStart\n      periodEnd\n      revenueTarget\n      revenueActual\n      repairBudget\n      repairCost\n      unit {\n        code\n        name\n      }\n      pay {\n        commission\n        overTargetBonus\n        underTargetDeduction\n        repairSavingsReward\n        repairOverspendCharge\n        net\n      }\n    }\n  }\n": types.PayPayrollDocument,
    "\n  query RevenueMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      revenue\n      viewingFee\n      inspectionFee\n      arrears\n      unit {\n        code\n      }\n    }\n  }\n": types.RevenueMonthlyDocument,
    "\n  query RevenueProjection($year: Int!, $asOf: Date!) {\n    revenueProjection(year: $year, asOf: $asOf) {\n      asOf\n      basis\n      revenueTarget\n      revenueToDate\n      projectedRevenue\n      completionToDate\n      projectedCompletion\n      expectedShareToDate\n      remainingWeeks\n      weeklyAmountNeeded\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.RevenueProjectionDocument,
    "\n  fragment RuleVersionFields on ImplementationRule {\n    id\n    version\n    title\n    text\n    filedOn\n    filedBy\n    reference\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    acknowledgements {\n      recipient\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n": types.RuleVersionFieldsFragmentDoc,
    "\n  query RulesPage($year: Int!) {\n    implementationRules(year: $year) {\n      ...RuleVersionFields\n      unit {\n        code\n      }\n      versions {\n        ...RuleVersionFields\n      }\n    }\n  }\n": types.RulesPageDocument,
    "\n  mutation RulesFileRule($input: ImplementationRuleInput!) {\n    fileImplementationRule(input: $input) {\n      id\n      version\n      unit {\n        code\n      }\n    }\n  }\n": types.RulesFileRuleDocument,
    "\n  mutation RulesAcknowledge($id: ID!) {\n    acknowledgeImplementationRule(id: $id) {\n      ...RuleVersionFields\n    }\n  }\n": types.RulesAcknowledgeDocument,
    "\n  query ScoringPage($year: Int!) {\n    scoringProgress(year: $year) {\n      dimension\n      raters\n      minRaters\n      missing\n      complete\n      unit {\n        code\n        name\n      }\n    }\n    committeeMembers(year: $year) {\n      id\n      name\n    }\n  }\n": types.ScoringPageDocument,
    "\n  query ScoringOwnScores($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      comment\n      member {\n        name\n      }\n      unit {\n        code\n      }\n    }\n  }\n": types.ScoringOwnScoresDocument,
    "\n  query ScoringRegisteredMembers {\n    committeeMembers {\n      id\n      name\n    }\n  }\n": types.ScoringRegisteredMembersDocument,
    "\n  mutation ScoringSubmitScores($year: Int!, $scores: [SheetScoreInput!]!, $member: String) {\n    submitScores(year: $year, scores: $scores, member: $member) {\n      id\n      dimension\n      score\n      comment\n      member {\n        name\n      }\n      unit {\n        code\n      }\n    }\n  }\n": types.ScoringSubmitScoresDocument,
    "\n  mutation ScoringSetCommitteeMembers($year: Int!, $members: [String!]!) {\n    setCommitteeMembers(year: $year, members: $members) {\n      id\n      name\n    }\n  }\n": types.ScoringSetCommitteeMembersDocument,
    "\n  query ServiceYear($year: Int!) {\n    yearTotals(year: $year) {\n      callbacksSatisfied\n      callbacksBasicallySatisfied\n      callbacksDissatisfied\n      complaints\n      repeatComplaints\n      dispatchesOnTime\n      dispatchesLate\n      dispatchesRefused\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.ServiceYearDocument,
    "\n  query ServiceMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      callbacksSatisfied\n      callbacksBasicallySatisfied\n      callbacksDissatisfied\n      complaints\n      repeatComplaints\n      dispatchesOnTime\n      dispatchesLate\n      dispatchesRefused\n      unit {\n        code\n      }\n    }\n  }\n": types.ServiceMonthlyDocument,
    "\n  query ServiceCommittee($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.ServiceCommitteeDocument,
    "\n  query TokensList {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n": types.TokensListDocument,
    "\n  mutation TokensCreate($name: String!, $expiresInDays: Int) {\n    createApiToken(name: $name, expiresInDays: $expiresInDays) {\n      secret\n      token {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": types.TokensCreateDocument,
    "\n  mutation TokensRevoke($id: String!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.TokensRevokeDocument,
    "\n  query TrendsRange($fromYear: Int!, $toYear: Int!) {\n    trends(fromYear: $fromYear, toYear: $toYear) {\n      year\n      total\n      rank\n      grade\n      completionRate\n      finalized\n      unit {\n        code\n        name\n      }\n      scores {\n        dimension\n        score\n      }\n    }\n  }\n": types.TrendsRangeDocument,
    "\n  query UnitsPage($year: Int!) {\n    units(includeRetired: true) {\n      id\n      code\n      name\n      nameEn\n      kind\n      region\n      headName\n      deputyHeadName\n      retired\n      retiredFrom\n      nameInYear(year: $year)\n      names {\n        validFrom\n        name\n        nameEn\n      }\n    }\n  }\n": types.UnitsPageDocument,
    "\n  query UnitRoster($code: String!, $year: Int!) {\n    unit(code: $code) {\n      id\n      code\n      staff(year: $year) {\n        id\n        name\n        post\n        from\n        to\n        username\n      }\n      vehicles(year: $year) {\n        id\n        plate\n        kind\n        from\n        to\n      }\n    }\n  }\n": types.UnitRosterDocument,
    "\n  mutation UnitsUpsertUnit($input: UnitInput!) {\n    upsertUnit(input: $input) {\n      id\n      code\n      name\n      nameEn\n      kind\n      region\n      headName\n      deputyHeadName\n      retired\n      retiredFrom\n    }\n  }\n": types.UnitsUpsertUnitDocument,
    "\n  mutation UnitsRenameUnit($code: String!, $name: String!, $from: Date!, $nameEn: String) {\n    renameUnit(code: $code, name: $name, from: $from, nameEn: $nameEn) {\n      id\n      code\n      name\n      nameEn\n      names {\n        validFrom\n        name\n        nameEn\n      }\n    }\n  }\n": types.UnitsRenameUnitDocument,
    "\n  mutation UnitsRetireUnit($code: String!, $from: Date!) {\n    retireUnit(code: $code, from: $from) {\n      id\n      code\n      retired\n      retiredFrom\n    }\n  }\n": types.UnitsRetireUnitDocument,
    "\n  mutation UnitsSetStaff($code: String!, $year: Int!, $staff: [StaffMemberInput!]!) {\n    setUnitStaff(unitCode: $code, year: $year, staff: $staff) {\n      id\n      code\n    }\n  }\n": types.UnitsSetStaffDocument,
    "\n  mutation UnitsSetVehicles($code: String!, $year: Int!, $vehicles: [VehicleInput!]!) {\n    setUnitVehicles(unitCode: $code, year: $year, vehicles: $vehicles) {\n      id\n      code\n    }\n  }\n": types.UnitsSetVehiclesDocument,
    "\n  query UsersList {\n    users {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n": types.UsersListDocument,
    "\n  mutation UsersCreate($input: UserInput!) {\n    createUser(input: $input) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n": types.UsersCreateDocument,
    "\n  mutation UsersUpdate($input: UserInput!) {\n    updateUser(input: $input) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n": types.UsersUpdateDocument,
    "\n  query WhatIfScheme($year: Int!) {\n    scheme(year: $year) {\n      year\n      isDefault\n      complaintPenalty\n      cooperationObjectiveShare\n      costCap\n      minRaters\n      overspendPenaltyPerPct\n      refusedDispatchPenalty\n      repeatComplaintPenalty\n      revenueCap\n      satisfactionObjectiveShare\n      savingBonusPerPct\n      trimThreshold\n      weights {\n        dimension\n        weight\n      }\n      gradeThresholds {\n        grade\n        minTotal\n      }\n    }\n  }\n": types.WhatIfSchemeDocument,
    "\n  query WhatIfSimulate($year: Int!, $scheme: SchemeInput!) {\n    simulateAssessment(year: $year, scheme: $scheme) {\n      year\n      finalized\n      results {\n        rank\n        baselineRank\n        rankChange\n        total\n        grade\n        complete\n        unit {\n          code\n          name\n        }\n        scores {\n          dimension\n          score\n          applicable\n        }\n      }\n    }\n  }\n": types.WhatIfSimulateDocument,
    "\n  mutation WhatIfSaveScheme($year: Int!, $input: SchemeInput!) {\n    setScheme(year: $year, input: $input) {\n      year\n      isDefault\n    }\n  }\n": types.WhatIfSaveSchemeDocument,
    "\n  query OpenYearPreview($year: Int!, $copyFrom: Int!, $pct: Float) {\n    openYearPreview(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      unit {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.OpenYearPreviewDocument,
    "\n  mutation OpenYear($year: Int!, $copyFrom: Int!, $pct: Float, $contracts: [ContractInput!]) {\n    openYear(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct, contracts: $contracts) {\n      year\n      revenueTarget\n      unit {\n        code\n      }\n    }\n  }\n": types.OpenYearDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearStatus($year: Int!) {\n    assessment(year: $year) {\n      year\n      finalized\n    }\n  }\n"): (typeof documents)["\n  query YearStatus($year: Int!) {\n    assessment(year: $year) {\n      year\n      finalized\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($year: Int!) {\n    units(includeRetired: true) {\n      id\n      code\n      name\n      nameEn\n      kind\n      retiredFrom\n      nameInYear(year: $year)\n      nameEnInYear(year: $year)\n    }\n  }\n"): (typeof documents)["\n  query Units($year: Int!) {\n    units(includeRetired: true) {\n      id\n      code\n      name\n      nameEn\n      kind\n      retiredFrom\n      nameInYear(year: $year)\n      nameEnInYear(year: $year)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Years {\n    years\n  }\n"): (typeof documents)["\n  query Years {\n    years\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentPage($year: Int!, $language: Language!) {\n    assessment(year: $year) {\n      year\n      finalized\n      finalizedAt\n      scheme {\n        isDefault\n        minRaters\n        weights {\n          dimension\n          weight\n        }\n      }\n      results {\n        rank\n        total\n        grade\n        complete\n        completionRate\n        revenueActual\n        revenueTarget\n        repairCost\n        otherCost\n        totalFormula(language: $language)\n        missing {\n          dimension\n          have\n          need\n        }\n        unit {\n          code\n          name\n        }\n        pay {\n          commission\n          overTargetBonus\n          underTargetDeduction\n          repairSavingsReward\n          repairOverspendCharge\n          net\n        }\n        scores {\n          dimension\n          score\n          weight\n          applicable\n          objective\n          explanation(language: $language)\n          formula(language: $language)\n          inputs {\n            label(language: $language)\n            value\n          }\n          committee {\n            average\n            trimmed\n            withheld\n            counted {\n              member\n              score\n            }\n            dropped {\n              member\n              score\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentPage($year: Int!, $language: Language!) {\n    assessment(year: $year) {\n      year\n      finalized\n      finalizedAt\n      scheme {\n        isDefault\n        minRaters\n        weights {\n          dimension\n          weight\n        }\n      }\n      results {\n        rank\n        total\n        grade\n        complete\n        completionRate\n        revenueActual\n        revenueTarget\n        repairCost\n        otherCost\n        totalFormula(language: $language)\n        missing {\n          dimension\n          have\n          need\n        }\n        unit {\n          code\n          name\n        }\n        pay {\n          commission\n          overTargetBonus\n          underTargetDeduction\n          repairSavingsReward\n          repairOverspendCharge\n          net\n        }\n        scores {\n          dimension\n          score\n          weight\n          applicable\n          objective\n          explanation(language: $language)\n          formula(language: $language)\n          inputs {\n            label(language: $language)\n            value\n          }\n          committee {\n            average\n            trimmed\n            withheld\n            counted {\n              member\n              score\n            }\n            dropped {\n              member\n              score\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeAssessment($year: Int!) {\n    finalizeAssessment(year: $year) {\n      year\n      finalized\n      finalizedAt\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizeAssessment($year: Int!) {\n    finalizeAssessment(year: $year) {\n      year\n      finalized\n      finalizedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenAssessment($year: Int!, $reason: String!) {\n    reopenAssessment(year: $year, reason: $reason) {\n      year\n      finalized\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenAssessment($year: Int!, $reason: String!) {\n    reopenAssessment(year: $year, reason: $reason) {\n      year\n      finalized\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentCommitteeMembers {\n    committeeMembers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AssessmentCommitteeMembers {\n    committeeMembers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentCommitteeScores($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      comment\n      updatedAt\n      member {\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentCommitteeScores($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      comment\n      updatedAt\n      member {\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentSubmitScore($input: ScoreInput!) {\n    submitScore(input: $input) {\n      id\n      dimension\n      score\n      comment\n      updatedAt\n      member {\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssessmentSubmitScore($input: ScoreInput!) {\n    submitScore(input: $input) {\n      id\n      dimension\n      score\n      comment\n      updatedAt\n      member {\n        name\n      }\n      unit {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentFinalizeBlockers($year: Int!) {\n    scoringProgress(year: $year) {\n      dimension\n      raters\n      minRaters\n      missing\n      complete\n      unit {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentFinalizeBlockers($year: Int!) {\n    scoringProgress(year: $year) {\n      dimension\n      raters\n      minRaters\n      missing\n      complete\n      unit {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentRules($year: Int!) {\n    implementationRules(year: $year) {\n      id\n      version\n      title\n      filedOn\n      unit {\n        code\n      }\n      acknowledgements {\n        recipient\n      }\n      versions {\n        id\n        version\n        title\n        filedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentRules($year: Int!) {\n    implementationRules(year: $year) {\n      id\n      version\n      title\n      filedOn\n      unit {\n        code\n      }\n      acknowledgements {\n        recipient\n      }\n      versions {\n        id\n        version\n        title\n        filedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($year: Int, $limit: Int!, $actor: String, $action: String, $from: Date, $to: Date) {\n    auditActions\n    auditLog(year: $year, limit: $limit, actor: $actor, action: $action, from: $from, to: $to) {\n      id\n      at\n      actor\n      action\n      year\n      reason\n      outcome\n      details\n    }\n  }\n"): (typeof documents)["\n  query AuditLogPage($year: Int, $limit: Int!, $actor: String, $action: String, $from: Date, $to: Date) {\n    auditActions\n    auditLog(year: $year, limit: $limit, actor: $actor, action: $action, from: $from, to: $to) {\n      id\n      at\n      actor\n      action\n      year\n      reason\n      outcome\n      details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsPage($year: Int!) {\n    contracts(year: $year) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      staffOnRoster\n      vehiclesOnRoster\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractsPage($year: Int!) {\n    contracts(year: $year) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      staffOnRoster\n      vehiclesOnRoster\n      unit {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractsSetContract($input: ContractInput!) {\n    setContract(input: $input) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ContractsSetContract($input: ContractInput!) {\n    setContract(input: $input) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      unit {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostYear($year: Int!) {\n    contracts(year: $year) {\n      repairBudget\n      baseExpense\n      repairBudgetFromMonth\n      unit {\n        code\n        name\n      }\n    }\n    yearTotals(year: $year) {\n      repairCost\n      otherCost\n      repairCostBeforeWindow\n      warrantyExchangeAmount\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostYear($year: Int!) {\n    contracts(year: $year) {\n      repairBudget\n      baseExpense\n      repairBudgetFromMonth\n      unit {\n        code\n        name\n      }\n    }\n    yearTotals(year: $year) {\n      repairCost\n      otherCost\n      repairCostBeforeWindow\n      warrantyExchangeAmount\n      unit {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      repairCost\n      otherCost\n      unit {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      repairCost\n      otherCost\n      unit {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntryRecordRevenue($entries: [RevenueInput!]!) {\n    recordRevenue(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"): (typeof documents)["\n  mutation EntryRecordRevenue($entries: [RevenueInput!]!) {\n    recordRevenue(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntryRecordCosts($entries: [CostInput!]!) {\n    recordCosts(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"): (typeof documents)["\n  mutation EntryRecordCosts($entries: [CostInput!]!) {\n    recordCosts(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntryRecordCallbacks($entries: [CallbackInput!]!) {\n    recordCallbacks(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"): (typeof documents)["\n  mutation EntryRecordCallbacks($entries: [CallbackInput!]!) {\n    recordCallbacks(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntryRecordComplaints($entries: [ComplaintInput!]!) {\n    recordComplaints(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"): (typeof documents)["\n  mutation EntryRecordComplaints($entries: [ComplaintInput!]!) {\n    recordComplaints(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntryRecordDispatches($entries: [DispatchInput!]!) {\n    recordDispatches(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"): (typeof documents)["\n  mutation EntryRecordDispatches($entries: [DispatchInput!]!) {\n    recordDispatches(entries: $entries) {\n      inserted\n      duplicates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportHistory($limit: Int!) {\n    imports(limit: $limit) {\n      at\n      actor\n      kind\n      fileName\n      sha256\n      rows\n      inserted\n      duplicates\n    }\n  }\n"): (typeof documents)["\n  query ImportHistory($limit: Int!) {\n    imports(limit: $limit) {\n      at\n      actor\n      kind\n      fileName\n      sha256\n      rows\n      inserted\n      duplicates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayPayroll($year: Int!, $quarter: Int) {\n    payroll(year: $year, quarter: $quarter) {\n      quarter\n      periodStart\n      periodEnd\n      revenueTarget\n      revenueActual\n      repairBudget\n      repairCost\n      unit {\n        code\n        name\n      }\n      pay {\n        commission\n        overTargetBonus\n        underTargetDeduction\n        repairSavingsReward\n        repairOverspendCharge\n        net\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayPayroll($year: Int!, $quarter: Int) {\n    payroll(year: $year, quarter: $quarter) {\n      quarter\n      periodStart\n      periodEnd\n      revenueTarget\n      revenueActual\n      repairBudget\n      repairCost\n      unit {\n        code\n        name\n      }\n      pay {\n        commission\n        overTargetBonus\n        underTargetDeduction\n        repairSavingsReward\n        repairOverspendCharge\n        net\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevenueMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      revenue\n      viewingFee\n      inspectionFee\n      arrears\n      unit {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevenueMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      revenue\n      viewingFee\n      inspectionFee\n      arrears\n      unit {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevenueProjection($year: Int!, $asOf: Date!) {\n    revenueProjection(year: $year, asOf: $asOf) {\n      asOf\n      basis\n      revenueTarget\n      revenueToDate\n      projectedRevenue\n      completionToDate\n      projectedCompletion\n      expectedShareToDate\n      remainingWeeks\n      weeklyAmountNeeded\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevenueProjection($year: Int!, $asOf: Date!) {\n    revenueProjection(year: $year, asOf: $asOf) {\n      asOf\n      basis\n      revenueTarget\n      revenueToDate\n      projectedRevenue\n      completionToDate\n      projectedCompletion\n      expectedShareToDate\n      remainingWeeks\n      weeklyAmountNeeded\n      unit {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleVersionFields on ImplementationRule {\n    id\n    version\n    title\n    text\n    filedOn\n    filedBy\n    reference\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    acknowledgements {\n      recipient\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  fragment RuleVersionFields on ImplementationRule {\n    id\n    version\n    title\n    text\n    filedOn\n    filedBy\n    reference\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    acknowledgements {\n      recipient\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesPage($year: Int!) {\n    implementationRules(year: $year) {\n      ...RuleVersionFields\n      unit {\n        code\n      }\n      versions {\n        ...RuleVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulesPage($year: Int!) {\n    implementationRules(year: $year) {\n      ...RuleVersionFields\n      unit {\n        code\n      }\n      versions {\n        ...RuleVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesFileRule($input: ImplementationRuleInput!) {\n    fileImplementationRule(input: $input) {\n      id\n      version\n      unit {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RulesFileRule($input: ImplementationRuleInput!) {\n    fileImplementationRule(input: $input) {\n      id\n      version\n      unit {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesAcknowledge($id: ID!) {\n    acknowledgeImplementationRule(id: $id) {\n      ...RuleVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RulesAcknowledge($id: ID!) {\n    acknowledgeImplementationRule(id: $id) {\n      ...RuleVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringPage($year: Int!) {\n    scoringProgress(year: $year) {\n      dimension\n      raters\n      minRaters\n      missing\n      complete\n      unit {\n        code\n        name\n      }\n    }\n    committeeMembers(year: $year) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ScoringPage($year: Int!) {\n    scoringProgress(year: $year) {\n      dimension\n      raters\n      minRaters\n      missing\n      complete\n      unit {\n        code\n        name\n      }\n    }\n    committeeMembers(year: $year) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringOwnScores($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      comment\n      member {\n        name\n      }\n      unit {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringOwnScores($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      comment\n      member {\n        name\n      }\n      unit {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringRegisteredMembers {\n    committeeMembers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ScoringRegisteredMembers {\n    committeeMembers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringSubmitScores($year: Int!, $scores: [SheetScoreInput!]!, $member: String) {\n    submitScores(year: $year, scores: $scores, member: $member) {\n      id\n      dimension\n      score\n      comment\n      member {\n        name\n      }\n      unit {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScoringSubmitScores($year: Int!, $scores: [SheetScoreInput!]!, $member: String) {\n    submitScores(year: $year, scores: $scores, member: $member) {\n      id\n      dimension\n      score\n      comment\n      member {\n        name\n      }\n      unit {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringSetCommitteeMembers($year: Int!, $members: [String!]!) {\n    setCommitteeMembers(year: $year, members: $members) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ScoringSetCommitteeMembers($year: Int!, $members: [String!]!) {\n    setCommitteeMembers(year: $year, members: $members) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceYear($year: Int!) {\n    yearTotals(year: $year) {\n      callbacksSatisfied\n      callbacksBasicallySatisfied\n      callbacksDissatisfied\n      complaints\n      repeatComplaints\n      dispatchesOnTime\n      dispatchesLate\n      dispatchesRefused\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceYear($year: Int!) {\n    yearTotals(year: $year) {\n      callbacksSatisfied\n      callbacksBasicallySatisfied\n      callbacksDissatisfied\n      complaints\n      repeatComplaints\n      dispatchesOnTime\n      dispatchesLate\n      dispatchesRefused\n      unit {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      callbacksSatisfied\n      callbacksBasicallySatisfied\n      callbacksDissatisfied\n      complaints\n      repeatComplaints\n      dispatchesOnTime\n      dispatchesLate\n      dispatchesRefused\n      unit {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceMonthly($year: Int!) {\n    monthlyTotals(year: $year) {\n      month\n      callbacksSatisfied\n      callbacksBasicallySatisfied\n      callbacksDissatisfied\n      complaints\n      repeatComplaints\n      dispatchesOnTime\n      dispatchesLate\n      dispatchesRefused\n      unit {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceCommittee($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceCommittee($year: Int!) {\n    committeeScores(year: $year) {\n      id\n      dimension\n      score\n      unit {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensList {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query TokensList {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensCreate($name: String!, $expiresInDays: Int) {\n    createApiToken(name: $name, expiresInDays: $expiresInDays) {\n      secret\n      token {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensCreate($name: String!, $expiresInDays: Int) {\n    createApiToken(name: $name, expiresInDays: $expiresInDays) {\n      secret\n      token {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensRevoke($id: String!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TokensRevoke($id: String!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendsRange($fromYear: Int!, $toYear: Int!) {\n    trends(fromYear: $fromYear, toYear: $toYear) {\n      year\n      total\n      rank\n      grade\n      completionRate\n      finalized\n      unit {\n        code\n        name\n      }\n      scores {\n        dimension\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrendsRange($fromYear: Int!, $toYear: Int!) {\n    trends(fromYear: $fromYear, toYear: $toYear) {\n      year\n      total\n      rank\n      grade\n      completionRate\n      finalized\n      unit {\n        code\n        name\n      }\n      scores {\n        dimension\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPage($year: Int!) {\n    units(includeRetired: true) {\n      id\n      code\n      name\n      nameEn\n      kind\n      region\n      headName\n      deputyHeadName\n      retired\n      retiredFrom\n      nameInYear(year: $year)\n      names {\n        validFrom\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsPage($year: Int!) {\n    units(includeRetired: true) {\n      id\n      code\n      name\n      nameEn\n      kind\n      region\n      headName\n      deputyHeadName\n      retired\n      retiredFrom\n      nameInYear(year: $year)\n      names {\n        validFrom\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitRoster($code: String!, $year: Int!) {\n    unit(code: $code) {\n      id\n      code\n      staff(year: $year) {\n        id\n        name\n        post\n        from\n        to\n        username\n      }\n      vehicles(year: $year) {\n        id\n        plate\n        kind\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitRoster($code: String!, $year: Int!) {\n    unit(code: $code) {\n      id\n      code\n      staff(year: $year) {\n        id\n        name\n        post\n        from\n        to\n        username\n      }\n      vehicles(year: $year) {\n        id\n        plate\n        kind\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsUpsertUnit($input: UnitInput!) {\n    upsertUnit(input: $input) {\n      id\n      code\n      name\n      nameEn\n      kind\n      region\n      headName\n      deputyHeadName\n      retired\n      retiredFrom\n    }\n  }\n"): (typeof documents)["\n  mutation UnitsUpsertUnit($input: UnitInput!) {\n    upsertUnit(input: $input) {\n      id\n      code\n      name\n      nameEn\n      kind\n      region\n      headName\n      deputyHeadName\n      retired\n      retiredFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsRenameUnit($code: String!, $name: String!, $from: Date!, $nameEn: String) {\n    renameUnit(code: $code, name: $name, from: $from, nameEn: $nameEn) {\n      id\n      code\n      name\n      nameEn\n      names {\n        validFrom\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnitsRenameUnit($code: String!, $name: String!, $from: Date!, $nameEn: String) {\n    renameUnit(code: $code, name: $name, from: $from, nameEn: $nameEn) {\n      id\n      code\n      name\n      nameEn\n      names {\n        validFrom\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsRetireUnit($code: String!, $from: Date!) {\n    retireUnit(code: $code, from: $from) {\n      id\n      code\n      retired\n      retiredFrom\n    }\n  }\n"): (typeof documents)["\n  mutation UnitsRetireUnit($code: String!, $from: Date!) {\n    retireUnit(code: $code, from: $from) {\n      id\n      code\n      retired\n      retiredFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsSetStaff($code: String!, $year: Int!, $staff: [StaffMemberInput!]!) {\n    setUnitStaff(unitCode: $code, year: $year, staff: $staff) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation UnitsSetStaff($code: String!, $year: Int!, $staff: [StaffMemberInput!]!) {\n    setUnitStaff(unitCode: $code, year: $year, staff: $staff) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsSetVehicles($code: String!, $year: Int!, $vehicles: [VehicleInput!]!) {\n    setUnitVehicles(unitCode: $code, year: $year, vehicles: $vehicles) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation UnitsSetVehicles($code: String!, $year: Int!, $vehicles: [VehicleInput!]!) {\n    setUnitVehicles(unitCode: $code, year: $year, vehicles: $vehicles) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersList {\n    users {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n"): (typeof documents)["\n  query UsersList {\n    users {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersCreate($input: UserInput!) {\n    createUser(input: $input) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation UsersCreate($input: UserInput!) {\n    createUser(input: $input) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersUpdate($input: UserInput!) {\n    updateUser(input: $input) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation UsersUpdate($input: UserInput!) {\n    updateUser(input: $input) {\n      username\n      displayName\n      roles\n      unitCode\n      memberName\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIfScheme($year: Int!) {\n    scheme(year: $year) {\n      year\n      isDefault\n      complaintPenalty\n      cooperationObjectiveShare\n      costCap\n      minRaters\n      overspendPenaltyPerPct\n      refusedDispatchPenalty\n      repeatComplaintPenalty\n      revenueCap\n      satisfactionObjectiveShare\n      savingBonusPerPct\n      trimThreshold\n      weights {\n        dimension\n        weight\n      }\n      gradeThresholds {\n        grade\n        minTotal\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhatIfScheme($year: Int!) {\n    scheme(year: $year) {\n      year\n      isDefault\n      complaintPenalty\n      cooperationObjectiveShare\n      costCap\n      minRaters\n      overspendPenaltyPerPct\n      refusedDispatchPenalty\n      repeatComplaintPenalty\n      revenueCap\n      satisfactionObjectiveShare\n      savingBonusPerPct\n      trimThreshold\n      weights {\n        dimension\n        weight\n      }\n      gradeThresholds {\n        grade\n        minTotal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIfSimulate($year: Int!, $scheme: SchemeInput!) {\n    simulateAssessment(year: $year, scheme: $scheme) {\n      year\n      finalized\n      results {\n        rank\n        baselineRank\n        rankChange\n        total\n        grade\n        complete\n        unit {\n          code\n          name\n        }\n        scores {\n          dimension\n          score\n          applicable\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhatIfSimulate($year: Int!, $scheme: SchemeInput!) {\n    simulateAssessment(year: $year, scheme: $scheme) {\n      year\n      finalized\n      results {\n        rank\n        baselineRank\n        rankChange\n        total\n        grade\n        complete\n        unit {\n          code\n          name\n        }\n        scores {\n          dimension\n          score\n          applicable\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhatIfSaveScheme($year: Int!, $input: SchemeInput!) {\n    setScheme(year: $year, input: $input) {\n      year\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation WhatIfSaveScheme($year: Int!, $input: SchemeInput!) {\n    setScheme(year: $year, input: $input) {\n      year\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenYearPreview($year: Int!, $copyFrom: Int!, $pct: Float) {\n    openYearPreview(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      unit {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenYearPreview($year: Int!, $copyFrom: Int!, $pct: Float) {\n    openYearPreview(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct) {\n      year\n      revenueTarget\n      staffCount\n      vehicleCount\n      baseExpense\n      repairBudget\n      repairBudgetFromMonth\n      revenueCommissionRate\n      overTargetRate\n      underTargetDeductionRate\n      repairSavingsRewardRate\n      unit {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenYear($year: Int!, $copyFrom: Int!, $pct: Float, $contracts: [ContractInput!]) {\n    openYear(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct, contracts: $contracts) {\n      year\n      revenueTarget\n      unit {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenYear($year: Int!, $copyFrom: Int!, $pct: Float, $contracts: [ContractInput!]) {\n    openYear(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct, contracts: $contracts) {\n      year\n      revenueTarget\n      unit {\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;