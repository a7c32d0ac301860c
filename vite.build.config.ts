import { defineConfig } from "vite";

// `npm run build`, second step: the command line as a few bundled ES modules in dist/cli/ (one
// chunk per command, loaded when the command is called; zod, D3 and the engine inside, so a start
// reads a handful of files instead of hundreds). Vite stays outside: `view` and the build of the
// viewer load it from node_modules. The library (dist/engine/, with types) comes from tsc.
export default defineConfig({
  logLevel: "warn",
  build: {
    ssr: true,
    outDir: "dist/cli",
    emptyOutDir: true,
    minify: false,
    target: "node20",
    rollupOptions: {
      input: {
        main: "engine/node/cli/main.ts",
        replicationWorker: "engine/node/workers/replicationWorker.ts",
        writeViewerBundle: "engine/node/viewer/writeViewerBundle.ts",
      },
      external: ["vite"],
      output: { entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    },
  },
  ssr: { noExternal: true, external: ["vite"] },
});
