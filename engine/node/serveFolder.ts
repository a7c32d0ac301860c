import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, resolve, sep } from "node:path";

/** Content types of the files a built page holds. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** A reply made on request instead of read from a file (status 200 unless given; no body: none). */
export interface MadeReply {
  status?: number;
  type?: string;
  body?: string;
}

/** A folder served on 127.0.0.1. */
export interface ServedFolder {
  server: Server;
  /** Its address, "http://127.0.0.1:PORT/". */
  url: string;
  /** Stops serving (open connections are closed too). */
  close(): Promise<void>;
}

/**
 * Serves the files of one folder on 127.0.0.1 only, as any static web server would (a folder's
 * index.html for the folder; nothing outside the folder; GET and HEAD only). `port` 0 lets the
 * system choose a free port; a taken port is an error with `strictPort`, otherwise the next free
 * one is used (as Vite does). `made` may answer a path itself (e.g. a page around a bundle, or
 * data read on every request) before the folder is looked in; undefined: the folder answers.
 */
export async function serveFolder(
  folder: string,
  o: { port?: number; strictPort?: boolean; made?: (path: string) => MadeReply | undefined } = {},
): Promise<ServedFolder> {
  const root = resolve(folder);
  const server = createServer((req, res) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "no-cache");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.statusCode = 405;
      res.setHeader("Allow", "GET, HEAD");
      res.end();
      return;
    }
    const made = o.made?.((req.url ?? "/").split(/[?#]/)[0]!);
    if (made !== undefined) {
      res.statusCode = made.status ?? 200;
      if (made.type !== undefined) res.setHeader("Content-Type", made.type);
      if (made.body !== undefined) res.setHeader("Content-Length", Buffer.byteLength(made.body));
      res.end(req.method === "HEAD" ? undefined : made.body);
      return;
    }
    void fileFor(root, req.url ?? "/").then(async (file) => {
      const body = file === null ? null : await readFile(file).catch(() => null);
      if (file === null || body === null) {
        res.statusCode = 404;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        res.end("Not found\n");
        return;
      }
      res.setHeader("Content-Type", TYPES[extname(file).toLowerCase()] ?? "application/octet-stream");
      res.setHeader("Content-Length", body.length);
      res.end(req.method === "HEAD" ? undefined : body);
    });
  });
  const first = o.port ?? 0;
  for (let port = first; ; port++) {
    try {
      await listen(server, port);
      break;
    } catch (e) {
      const taken = (e as NodeJS.ErrnoException).code === "EADDRINUSE";
      if (!taken || o.strictPort === true || first === 0 || port >= Math.min(first + 100, 65_535)) throw e;
    }
  }
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : first;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((e) => (e === undefined ? done() : fail(e)));
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    const failed = (e: Error) => fail(e);
    server.once("error", failed);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", failed);
      done();
    });
  });
}

/** The file a request's path names inside `root` (a folder's index.html), or null. */
async function fileFor(root: string, url: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(url.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  let file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}
