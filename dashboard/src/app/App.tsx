import { ApolloProvider } from "@apollo/client/react";
import { useMemo } from "react";
import { createApolloClient } from "../api/apollo.ts";
import { AuthProvider, SignInPage } from "../auth/index.ts";
import { I18nProvider } from "../i18n/I18nProvider.tsx";
import { AppShell } from "./AppShell.tsx";

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <AuthProvider signedOut={<SignInPage />} loading={<div className="page-skeleton" role="status" />}>
          <AppShell />
        </AuthProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
