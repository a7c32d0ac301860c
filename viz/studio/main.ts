import { LANGUAGES, type Lang } from "../i18n/index.js";
import viewerCss from "../style.css?inline";
import studioCss from "./studio.css?inline";
import { startStudio } from "./app/studioApp.js";

/** The studio's entry: the viewer's and the studio's styles, then the page in the asked language. */
function start(): void {
  const style = document.createElement("style");
  style.textContent = `${viewerCss}\n${studioCss}`;
  document.head.append(style);
  const root = document.getElementById("studio") ?? document.body.appendChild(document.createElement("div"));
  startStudio(root, initialLanguage());
}

function initialLanguage(): Lang {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked !== null && (LANGUAGES as readonly string[]).includes(asked)) return asked as Lang;
  return navigator.language.toLowerCase().startsWith("ru") ? "ru" : "en";
}

start();
