import { dirname } from "node:path";
import { serveFolder, type ServedFolder } from "../serveFolder.js";
import { PREBUILT_VIEWER } from "./paths.js";

/** The page around the prebuilt viewer: it loads viewer.js, which reads results.json beside it. */
const PAGE = `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Clientflow results</title>
</head>
<body>
<div id="app"></div>
<script src="viewer.js"></script>
</body>
</html>
`;

/**
 * Serves the viewer `npm run build` wrote (dist/viewer/viewer.js) on 127.0.0.1, without Vite or
 * the sources (an installed package has neither), with the results at /results.json: `results()`
 * is asked on every request ("" means no file, answered 204 No Content). Nothing else is served.
 */
export async function servePrebuiltViewer(o: {
  results: () => string;
  port: number;
  strictPort: boolean;
}): Promise<ServedFolder> {
  return serveFolder(dirname(PREBUILT_VIEWER), {
    port: o.port,
    strictPort: o.strictPort,
    made: (path) => {
      if (path === "/" || path === "/index.html") return { type: "text/html; charset=utf-8", body: PAGE };
      if (path !== "/results.json") return undefined;
      const text = o.results();
      return text === "" ? { status: 204 } : { type: "application/json; charset=utf-8", body: text };
    },
  });
}
