import type { ViteDevServer } from "vite";
import { localViteServer } from "./localViteServer.js";
import { VITE_CACHE_DIR, VIZ_DIR } from "./paths.js";

/**
 * Serves the viewer with Vite on localhost, with the results at /results.json: `results()` is
 * asked on every request (so a re-run shows after a reload; "" means no file, answered 204 No Content).
 * Nothing but the viewer, its libraries and that one results file is served, and to no other
 * origin (no CORS). Returns the server and its address.
 */
export async function serveViewer(o: {
  results: () => string;
  port: number;
  strictPort: boolean;
}): Promise<{ server: ViteDevServer; url: string }> {
  return localViteServer({
    root: VIZ_DIR,
    cacheDir: VITE_CACHE_DIR,
    // Only the viewer's sources and its pre-bundled libraries: never the rest of the repository
    // (sources, other results files) through /@fs/.
    allow: [VIZ_DIR, VITE_CACHE_DIR],
    port: o.port,
    strictPort: o.strictPort,
    extra: {
      // Bundled before the first page load, so the page is not reloaded while it is read.
      optimizeDeps: { include: ["d3", "d3-sankey", "zod"] },
      plugins: [
        {
          name: "clientflow-results",
          configureServer(dev) {
            dev.middlewares.use((req, res, next) => {
              if ((req.url ?? "").split("?")[0] !== "/results.json") return next();
              const text = o.results();
              res.setHeader("Cache-Control", "no-store");
              if (text === "") {
                // No file given: the page then asks for one.
                res.statusCode = 204;
                res.end();
                return;
              }
              res.setHeader("Content-Type", "application/json; charset=utf-8");
              res.end(text);
            });
          },
        },
      ],
    },
  });
}
