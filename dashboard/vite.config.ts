import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `vite dev` forwards /graphql to a running server: DASHBOARD_API=http://localhost:4100 to pick one.
const api = process.env.DASHBOARD_API ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/graphql": { target: api, changeOrigin: true } } },
  build: { outDir: "dist", emptyOutDir: true },
});
