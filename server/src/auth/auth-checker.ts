import type { AuthChecker } from "type-graphql";
import type { Context } from "../common/context.ts";
import { DomainError } from "../common/errors.ts";
import type { Role } from "./role.ts";

/**
 * The one rule behind every @Authorized: the viewer must be signed in and, when roles are listed,
 * hold one of them. Finer rules (a station head's own unit, a member's own scores) are applied
 * by the services, which know the year and the unit.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Sign in first (session cookie or Authorization: Bearer token)");
  if (roles.length > 0 && !roles.some((role) => viewer.roles.includes(role))) {
    throw new DomainError("FORBIDDEN", `${info.parentType.name}.${info.fieldName} needs one of the roles ${roles.join(", ")}`, {
      needs: roles,
    });
  }
  return true;
};
