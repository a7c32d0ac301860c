import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { ViteDevServer } from "vite";
import type { LabelLanguage } from "../../results/index.js";
import { LANGUAGES } from "../../../viz/i18n/index.js";
import { PACKAGE_ROOT } from "../packageRoot.js";
import { serveFolder } from "../serveFolder.js";
import { localViteServer } from "../viewer/localViteServer.js";
import { COMPILED } from "../viewer/paths.js";
import { choiceOption, intOption } from "./options.js";
import { UsageError } from "./usageError.js";

export const STUDIO_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow studio [options]

Serves the studio on localhost and prints its address; open it in a browser. The studio
edits a scenario in a form (the shipped default, or a scenario, variant or experiment dropped on
it), checks it as you type with the messages of "clientflow validate", runs it in the page (one
Web Worker per core; the results file is the one "clientflow run" writes, byte for byte),
compares it with the original on the same clients, and downloads the scenario, a variant holding
only the changes, or the results. The installed package serves the static studio that "npm run
build" writes (dist/site; any web server serves that folder, offline too); a clone's sources are
served through Vite. Stop with Ctrl+C.

Options:
  --port N            port to listen on (default 5174; the next free one if taken; 0: any free one)
  --lang en|ru        language the page opens in, and of what this command prints (default: the browser's)
  --help              this text
`,
  ru: `Использование: clientflow studio [параметры]

Запускает студию на localhost и печатает её адрес; откройте его в браузере. В студии сценарий
редактируется в форме (встроенный по умолчанию или перетащенный на страницу сценарий, вариант
сценария или эксперимент) и проверяется по ходу ввода с сообщениями «clientflow validate»; его
можно прогнать прямо в странице (по одному Web Worker на ядро; файл результатов тот же, что пишет
«clientflow run», байт в байт), сравнить с исходным на тех же клиентах и скачать сценарий, вариант
только с изменениями или результаты. Установленный пакет отдаёт статическую студию, которую
записывает «npm run build» (dist/site; эту папку отдаст любой веб-сервер, в том числе без сети);
в клоне исходники отдаются через Vite. Остановить — Ctrl+C.

Параметры:
  --port N            порт (по умолчанию 5174; если занят — следующий свободный; 0 — любой свободный)
  --lang en|ru        язык страницы при открытии и того, что печатает команда (по умолчанию — язык браузера)
  --help              эта справка
`,
};

/** The studio's sources and what they import (the engine, the viewer, the default scenario). */
const STUDIO_ROOT = fileURLToPath(new URL("viz/studio/", PACKAGE_ROOT));
/** The studio's entry module: absent from the package, which ships the built studio instead. */
const STUDIO_ENTRY = fileURLToPath(new URL("viz/studio/main.ts", PACKAGE_ROOT));
/** The static studio `npm run build` writes (`npm run build:site`), served by the compiled command line. */
export const PREBUILT_STUDIO = fileURLToPath(new URL("dist/site/", PACKAGE_ROOT));
const ALLOWED = ["viz/", "engine/", "scenarios/default.json"].map((p) => fileURLToPath(new URL(p, PACKAGE_ROOT)));
const CACHE_DIR = fileURLToPath(new URL("node_modules/.vite-clientflow-studio/", PACKAGE_ROOT));

/**
 * Serves the studio on 127.0.0.1, as the viewer finds its bundle: the compiled package serves the
 * static studio `npm run build` wrote (dist/site/) with a plain file server; the sources (or a
 * clone whose dist/site is missing) are served through Vite. Returns its address and how to stop it.
 */
export async function startStudio(o: {
  port: number;
  strictPort: boolean;
}): Promise<{ url: string; close: () => Promise<void> }> {
  if (COMPILED && existsSync(join(PREBUILT_STUDIO, "index.html"))) {
    const served = await serveFolder(PREBUILT_STUDIO, o);
    return { url: served.url, close: served.close };
  }
  if (!existsSync(STUDIO_ENTRY))
    throw new Error(`the built studio (${PREBUILT_STUDIO}index.html) is missing: run "npm run build"`);
  const { server, url } = await serveStudio(o);
  return { url, close: () => server.close() };
}

/** Serves the studio's sources with Vite on localhost; returns the server and its address. */
export async function serveStudio(o: {
  port: number;
  strictPort: boolean;
}): Promise<{ server: ViteDevServer; url: string }> {
  return localViteServer({
    root: STUDIO_ROOT,
    cacheDir: CACHE_DIR,
    // The studio's imports only: never other files of the repository through /@fs/.
    allow: [...ALLOWED, CACHE_DIR],
    port: o.port,
    strictPort: o.strictPort,
    extra: { optimizeDeps: { include: ["d3", "d3-sankey", "zod", "seedrandom"] }, worker: { format: "es" } },
  });
}

export async function studioCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: "string" }, lang: { type: "string" } },
  });
  if (positionals.length > 0) throw new UsageError("studio takes no files (open them from the page)", "studio");
  const lang = values.lang === undefined ? undefined : choiceOption(values.lang, "lang", "studio", LANGUAGES, "en");
  const port = intOption(values.port, "port", "studio", 5174);
  if (port > 65_535) throw new UsageError(`--port must be from 0 to 65535, found ${port}`, "studio");
  const { url, close } = await startStudio({ port, strictPort: values.port !== undefined });
  const address = lang === undefined ? url : `${url}?lang=${lang}`;
  process.stdout.write(
    lang === "ru"
      ? `Студия Clientflow: ${address}\n(Ctrl+C — остановить)\n`
      : `Clientflow studio: ${address}\n(Ctrl+C to stop)\n`,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await close();
  return 0;
}
