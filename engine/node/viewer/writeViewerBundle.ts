/**
 * The last step of `npm run build`: writes the viewer bundle to dist/viewer/viewer.js, which the
 * compiled `clientflow report` embeds without running Vite.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildViewerBundle } from "./bundle.js";
import { PREBUILT_VIEWER } from "./paths.js";

mkdirSync(dirname(PREBUILT_VIEWER), { recursive: true });
writeFileSync(PREBUILT_VIEWER, await buildViewerBundle());
