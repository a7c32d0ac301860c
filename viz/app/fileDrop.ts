import type { App } from "./appState.js";

/** Reads a file the user picked or dropped and opens it in the viewer. */
export function readFile(file: File, app: App): Promise<void> {
  return file.text().then(
    (text) => app.load(text),
    (e: unknown) => app.fail({ problem: "network", detail: String(e) }),
  );
}

let listening = false;

/** A results file dropped anywhere on the page is opened. */
export function listenForDrops(app: App): void {
  if (listening) return;
  listening = true;
  document.addEventListener("dragover", (e) => {
    e.preventDefault();
    document.body.classList.add("dragging");
  });
  document.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    document.body.classList.remove("dragging");
    const file = e.dataTransfer?.files[0];
    if (file !== undefined) void readFile(file, app);
  });
}
