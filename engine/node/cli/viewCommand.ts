import { localeLanguage } from "./langOption.js";
import { parseArgs } from "node:util";
import type { LabelLanguage } from "../../results/index.js";
import { LANGUAGES } from "../../../viz/i18n/index.js";
import { loadResults } from "../loadResults.js";
import { existsSync } from "node:fs";
import { COMPILED, PREBUILT_VIEWER } from "../viewer/paths.js";
import { servePrebuiltViewer, serveViewer } from "../viewer/index.js";
import { choiceOption, intOption } from "./options.js";
import { UsageError } from "./usageError.js";

export const VIEW_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow view [results.json] [options]

Serves the viewer on localhost and prints its address (the viewer npm run build wrote, or in a
clone without a build, the sources through Vite); open it in a browser. The file is
read again on every page load, so after a re-run a reload shows the new results. Without a
file, the page asks for one (drop it on the page or pick it). Any other results file can be
opened from the page the same way. Stop with Ctrl+C.

Options:
  --port N            port to listen on (default 5173, the next free one if taken; 0: any free one)
  --lang en|ru        language the page opens in, and of what this command prints (default: the browser's)
  --help              this text
`,
  ru: `Использование: clientflow view [results.json] [параметры]

Запускает просмотрщик на localhost и печатает его адрес (просмотрщик, собранный npm run build, а в
клоне без сборки — исходники через Vite); откройте адрес в браузере. Файл читается заново при
каждой загрузке страницы, так что после нового прогона достаточно обновить её. Без файла
страница попросит его (перетащите файл на страницу или выберите). Любой другой файл результатов
открывается со страницы так же. Остановить — Ctrl+C.

Параметры:
  --port N            порт (по умолчанию 5173, если занят — следующий свободный; 0 — любой свободный)
  --lang en|ru        язык страницы при открытии и того, что печатает команда (по умолчанию — язык браузера)
  --help              эта справка
`,
};

export async function viewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      lang: { type: "string" },
    },
  });
  if (positionals.length > 1) throw new UsageError("view takes at most one results file", "view");
  const lang = values.lang === undefined ? undefined : choiceOption(values.lang, "lang", "view", LANGUAGES, "en");
  const port = intOption(values.port, "port", "view", 5173);
  if (port < 0 || port > 65_535) throw new UsageError(`--port must be from 0 to 65535, found ${port}`, "view");
  const file = positionals[0];
  // Checked now; then read again on every page load, so that a re-run shows after a reload (a
  // file that became unreadable meanwhile is served as it was last read well).
  // The command's own messages: in the page's language when given, else the locale's.
  let lastGood = file === undefined ? "" : loadResults(file, lang ?? localeLanguage(process.env)).text;
  const results = () => {
    if (file === undefined) return "";
    try {
      lastGood = loadResults(file).text;
    } catch {
      // keep the last good text; the page shows it
    }
    return lastGood;
  };
  const strictPort = values.port !== undefined && port !== 0;
  // The compiled command (an installed package has no viewer sources) serves the prebuilt viewer.
  const { url, close } =
    COMPILED && existsSync(PREBUILT_VIEWER)
      ? await servePrebuiltViewer({ results, port, strictPort })
      : await serveViewer({ results, port, strictPort }).then(({ server, url }) => ({
          url,
          close: () => server.close(),
        }));
  const address = lang === undefined ? url : `${url}?lang=${lang}`;
  process.stdout.write(
    lang === "ru"
      ? `Просмотрщик Clientflow: ${address}\n(Ctrl+C — остановить)\n`
      : `Clientflow viewer: ${address}\n(Ctrl+C to stop)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await close();
  return 0;
}
