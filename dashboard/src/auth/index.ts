export { AuthProvider, useAuth, useViewer } from "./AuthProvider.tsx";
export { SignInPage } from "./SignInPage.tsx";
export { can, hasAnyRole, ALL_ROLES, type Action, type Role, type Viewer } from "./roles.ts";
