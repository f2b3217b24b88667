import type { Role } from "../auth/role.ts";
import { Role as R } from "../auth/role.ts";
import type { AnyImportKind, ImportKindName } from "./import-kind.ts";
import { callbackImport } from "./kinds/callback.import.ts";
import { complaintImport } from "./kinds/complaint.import.ts";
import { contractImport } from "./kinds/contract.import.ts";
import { costImport } from "./kinds/cost.import.ts";
import { dispatchImport } from "./kinds/dispatch.import.ts";
import { revenueImport } from "./kinds/revenue.import.ts";
import { arrearsImport } from "./kinds/arrears.import.ts";
import { householdsImport } from "./kinds/households.import.ts";

/** Every import kind, and the roles that may import it (those of its GraphQL mutation). */
export const IMPORT_KINDS: Record<ImportKindName, { kind: AnyImportKind; roles: Role[] }> = {
  revenue: { kind: revenueImport, roles: [R.CLERK, R.ADMIN] },
  costs: { kind: costImport, roles: [R.CLERK, R.ADMIN] },
  callbacks: { kind: callbackImport, roles: [R.CLERK, R.ADMIN] },
  complaints: { kind: complaintImport, roles: [R.CLERK, R.ADMIN] },
  dispatches: { kind: dispatchImport, roles: [R.CLERK, R.ADMIN] },
  contracts: { kind: contractImport, roles: [R.CLERK, R.COMMITTEE, R.ADMIN] },
  households: { kind: householdsImport, roles: [R.CLERK, R.ADMIN] },
  arrears: { kind: arrearsImport, roles: [R.CLERK, R.ADMIN] },
};
