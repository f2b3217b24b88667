import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types every `graphql()` document in src/ against the server's contract, so a schema change
 * that breaks a query fails `check:type`. The output in src/gql/ is generated: never edit it.
 */
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Money: "string", Date: "string" },
        // Enums as string unions: no runtime objects in the bundle, and "ZH" is assignable.
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
