import type { AuthChecker } from "type-graphql";
import type { Context } from "../app/context.ts";
import { DomainError } from "../common/errors.ts";
import type { Role } from "./role.ts";

/**
 * The one rule behind every @Authorized: the viewer must be signed in and, when roles are listed,
 * hold one of them. What a role may read of a unit or a year is the viewer scope's business
 * (viewer-scope.ts), applied by the repositories.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "SIGN_IN_FIRST");
  if (roles.length > 0 && !roles.some((role) => viewer.roles.includes(role))) {
    throw new DomainError(
      "FORBIDDEN",
      "NEEDS_ROLE",
      { operation: `${info.parentType.name}.${info.fieldName}`, roles: roles.join(", ") },
      { needs: roles },
    );
  }
  return true;
};
