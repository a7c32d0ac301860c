import type { InlineConfig, ViteDevServer } from "vite";

/**
 * A Vite dev server on 127.0.0.1 for one page's sources (the viewer's, the studio's): no CORS
 * for other origins, and nothing but `allow` (the page's sources and Vite's cache) through
 * /@fs/. `extra` adds the page's own settings (libraries to pre-bundle, plugins, workers).
 * Returns the listening server and its address.
 */
export async function localViteServer(o: {
  root: string;
  cacheDir: string;
  allow: string[];
  port: number;
  strictPort: boolean;
  extra?: Pick<InlineConfig, "optimizeDeps" | "plugins" | "worker">;
}): Promise<{ server: ViteDevServer; url: string }> {
  const { createServer } = await import("vite");
  const server = await createServer({
    configFile: false,
    root: o.root,
    cacheDir: o.cacheDir,
    logLevel: "warn",
    clearScreen: false,
    server: {
      host: "127.0.0.1",
      port: o.port,
      strictPort: o.strictPort,
      // No page of another origin may read anything here.
      cors: false,
      fs: { strict: true, allow: o.allow },
    },
    ...o.extra,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${o.port}/`;
  return { server, url };
}
