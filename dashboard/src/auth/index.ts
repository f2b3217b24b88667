export { AuthProvider, useAuth, useViewer } from "./AuthProvider.tsx";
export { SignInPage } from "./SignInPage.tsx";
export { can, hasAnyRole } from "./roles.ts";
