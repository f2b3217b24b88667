import { type AuditChange, requestState } from "../i18n/request-context.ts";

/**
 * Services say what a mutation changed (the record or score before and after, a batch's
 * references and sums); the request's one audit entry carries it (app/audit-plugin.ts). Outside
 * a request (the command line) there is no entry to carry it and the note is dropped.
 */
export function noteChange(change: AuditChange): void {
  const state = requestState();
  if (state.requestId === null) return;
  state.auditChanges ??= [];
  state.auditChanges.push(change);
}

export function notedChanges(): AuditChange[] {
  return requestState().auditChanges ?? [];
}
