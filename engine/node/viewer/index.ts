export { viewerBundle } from "./bundle.js";
export { reportHtml } from "./reportHtml.js";
export { serveViewer } from "./serveViewer.js";
export { servePrebuiltViewer } from "./servePrebuiltViewer.js";
