import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, valueFromASTUntyped, type FieldNode, type OperationDefinitionNode } from "graphql";
import { appendAudit } from "../audit/audit.repository.ts";
import type { Context } from "./context.ts";
import { notedChanges } from "../audit/audit-change.ts";

const SECRET_KEYS = /password|secret|token/i;
/**
 * Operations whose service writes its own, richer entry inside its transaction (finalising and
 * reopening): the plugin adds one only when the attempt was refused, so each is logged once.
 */
const SELF_AUDITED = new Set(["finalizeAssessment", "reopenAssessment"]);

/** Operations whose arguments carry credentials: their variables are never logged. */
const CREDENTIAL_OPERATIONS = new Set(["signIn", "createUser", "updateUser"]);

/**
 * Operations whose arguments carry personal data (§9: arrears households' names, contacts and
 * addresses, which the committee reading the log may not see): their variables are not logged;
 * the service's note names the households by 户号 and amount.
 */
const PERSONAL_DATA_OPERATIONS = new Set(["recordArrearsHouseholds"]);

/** The literal or variable value of a field's argument, e.g. the username tried by signIn. */
function argumentValue(field: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const argument = field.arguments?.find((a) => a.name.value === name);
  return argument ? valueFromASTUntyped(argument.value, variables) : undefined;
}

/** A short, safe account of the arguments: lists by their length, secrets hidden, long text cut. */
export function summarizeArguments(value: unknown, depth = 0): unknown {
  if (Array.isArray(value))
    return depth === 0
      ? value
          .slice(0, 3)
          .map((v) => summarizeArguments(v, depth + 1))
          .concat(value.length > 3 ? [`… ${value.length} in all`] : [])
      : `[${value.length} items]`;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, v]) => [
        key,
        SECRET_KEYS.test(key) ? "[hidden]" : summarizeArguments(v, depth + 1),
      ]),
    );
  }
  if (typeof value === "string" && value.length > 200) return `${value.slice(0, 200)}… (${value.length} characters)`;
  return value;
}

/**
 * Every mutation goes to the append-only audit log: who, when, which operation, an argument
 * summary and the outcome (OK or the error codes). Reads are not audited.
 */
export function mutationAuditPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let operation: OperationDefinitionNode | undefined;
      return {
        async didResolveOperation({ operation: resolved }) {
          operation = resolved ?? undefined;
        },
        async willSendResponse({ contextValue, request, response }) {
          if (operation?.operation !== "mutation") return;
          const fieldNodes = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
          const fields = fieldNodes.map((f) => f.name.value);
          const variables = (request.variables ?? {}) as Record<string, unknown>;
          const carriesCredentials = fields.some((f) => CREDENTIAL_OPERATIONS.has(f));
          const carriesPersonalData = fields.some((f) => PERSONAL_DATA_OPERATIONS.has(f));
          const signInField = fieldNodes.find((f) => f.name.value === "signIn");
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? "ERROR")))];
          if (codes.length === 0 && fields.every((f) => SELF_AUDITED.has(f))) return;
          const changes = notedChanges();
          const years = [...new Set(changes.map((c) => c.year).filter((y): y is number => typeof y === "number"))];
          try {
            await appendAudit(contextValue.knex, {
              actor: contextValue.actor,
              action: [...new Set(fields)].join(","),
              year: years.length === 1 ? years[0] : undefined,
              details: {
                ...(changes.length > 0 ? { changes } : {}),
                operationName: request.operationName ?? null,
                variables: carriesCredentials
                  ? "[hidden: credentials]"
                  : carriesPersonalData
                    ? "[hidden: personal data]"
                    : summarizeArguments(variables),
                ...(signInField ? { username: String(argumentValue(signInField, "username", variables) ?? "").slice(0, 100) } : {}),
                requestId: contextValue.requestId,
                address: contextValue.clientAddress,
              },
              outcome: codes.length === 0 ? "OK" : codes.join(","),
            });
          } catch (error) {
            contextValue.logger.error({ err: error }, "could not write the audit log");
          }
        },
      };
    },
  };
}
