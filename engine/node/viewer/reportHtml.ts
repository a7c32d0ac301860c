/**
 * One self-contained HTML page: the viewer's script and the results file embedded, and a
 * content security policy that forbids every network request, so the report works from disk
 * by double-click and can be e-mailed as one file.
 */
export function reportHtml(o: { resultsText: string; bundle: string; title: string; lang: "en" | "ru" }): string {
  const data = o.resultsText.replace(/</g, "\\u003c");
  const script = o.bundle.replace(/<\/(script)/gi, "<\\/$1");
  const policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:";
  return `<!doctype html>
<html lang="${o.lang}" data-lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="generator" content="clientflow report">
<link rel="icon" href="data:,">
<title>${escapeHtml(o.title)}</title>
</head>
<body>
<div id="app"></div>
<script type="application/json" id="clientflow-data">${data}</script>
<script>${script}</script>
</body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
