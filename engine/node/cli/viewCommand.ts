import { parseArgs } from "node:util";
import { LANGUAGES, type Lang } from "../../../viz/i18n/index.js";
import { loadResults } from "../loadResults.js";
import { serveViewer } from "../viewer/index.js";
import { intOption } from "./options.js";
import { UsageError } from "./usageError.js";

export const VIEW_HELP = `Usage: clientflow view [results.json] [options]

Serves the viewer on localhost (Vite) and prints its address; open it in a browser. Without a
file, the page asks for one (drop it on the page or pick it). Any other results file can be
opened from the page the same way. Stop with Ctrl+C.

Options:
  --port N            port to listen on (default 5173; the next free one if taken)
  --lang en|ru        language the page opens in (default: the browser's)
  --help              this text
`;

export async function viewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    process.stdout.write(VIEW_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError("view takes at most one results file", "view");
  const lang = values.lang as Lang | undefined;
  if (lang !== undefined && !LANGUAGES.includes(lang))
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(", ")}, found "${values.lang}"`, "view");
  const port = intOption(values.port, "port", "view", 5173);
  if (port < 1 || port > 65_535) throw new UsageError(`--port must be from 1 to 65535, found ${port}`, "view");
  const resultsText = positionals[0] === undefined ? "" : loadResults(positionals[0]).text;
  const { server, url } = await serveViewer({ resultsText, port, strictPort: values.port !== undefined });
  const address = lang === undefined ? url : `${url}?lang=${lang}`;
  process.stdout.write(`Clientflow viewer: ${address}\n(Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  return 0;
}
