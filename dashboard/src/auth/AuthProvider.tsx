import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { SignInMutation, SignOutMutation, ViewerQuery } from "./auth-documents.ts";
import type { Viewer } from "./roles.ts";

interface AuthState {
  viewer: Viewer | null;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState>({ viewer: null, signIn: async () => {}, signOut: async () => {} });

/**
 * Asks the server who is signed in (the session is an HttpOnly cookie) and renders `signedOut`
 * until someone is. Signing in or out clears the cache, so no figures of one user stay visible
 * to the next.
 */
export function AuthProvider({ children, signedOut, loading }: { children: ReactNode; signedOut: ReactNode; loading: ReactNode }) {
  const client = useApolloClient();
  const { data, loading: viewerLoading, error } = useQuery(ViewerQuery, { fetchPolicy: "network-only" });
  const [signInMutation] = useMutation(SignInMutation);
  const [signOutMutation] = useMutation(SignOutMutation);

  const signIn = useCallback(
    async (username: string, password: string) => {
      await signInMutation({ variables: { username, password } });
      await client.resetStore();
    },
    [client, signInMutation],
  );
  const signOut = useCallback(async () => {
    await signOutMutation();
    await client.clearStore();
    await client.refetchQueries({ include: [ViewerQuery] });
  }, [client, signOutMutation]);

  const viewer = data?.viewer ?? null;
  const value = useMemo(() => ({ viewer, signIn, signOut }), [viewer, signIn, signOut]);

  let body = children;
  if (viewerLoading && !data) body = loading;
  else if (!viewer || error) body = signedOut;
  return <AuthContext.Provider value={value}>{body}</AuthContext.Provider>;
}

/** The signed-in user (null only on the sign-in page) with sign-in and sign-out. */
export const useAuth = () => useContext(AuthContext);

/** The signed-in user; inside the app shell it is never null. */
export const useViewer = () => useContext(AuthContext).viewer;
