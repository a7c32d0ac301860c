import { startApp } from "./app/app.js";
import { LANGUAGES, type Lang } from "./i18n/index.js";
import css from "./style.css?inline";

/**
 * The viewer's entry. The data comes from, in order: a results file embedded in the page
 * (the one-file report), `results.json` served beside the page (`clientflow view`), or a file
 * the user drops on the page or picks.
 */
function start(): void {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  const root = document.getElementById("app") ?? document.body.appendChild(document.createElement("div"));
  const app = startApp(root, initialLanguage());
  const embedded = document.getElementById("clientflow-data");
  if (embedded !== null && embedded.textContent !== null && embedded.textContent.trim() !== "") {
    app.load(embedded.textContent);
    return;
  }
  if (location.protocol === "http:" || location.protocol === "https:") {
    fetch("results.json").then(
      async (response) => {
        // 204: `clientflow view` was given no file; 404: the page is served by something else.
        if (response.status === 204 || response.status === 404) return;
        if (!response.ok) app.fail({ problem: "network", detail: `${response.status} ${response.statusText}` });
        else app.load(await response.text());
      },
      (e: unknown) => app.fail({ problem: "network", detail: String(e) }),
    );
  }
}

function initialLanguage(): Lang {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked !== null && (LANGUAGES as readonly string[]).includes(asked)) return asked as Lang;
  const embedded = document.documentElement.dataset["lang"];
  if (embedded !== undefined && (LANGUAGES as readonly string[]).includes(embedded)) return embedded as Lang;
  return navigator.language.toLowerCase().startsWith("ru") ? "ru" : "en";
}

start();
