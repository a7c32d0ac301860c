import type { BrowserContext, Page } from "playwright-core";

/** Errors a page logged or threw, and requests it tried to send over the network. */
export interface PageWatch {
  errors: string[];
  requests: string[];
}

/** Records console errors, uncaught exceptions and failed requests of a page. */
export function watchPage(page: Page): PageWatch {
  const w: PageWatch = { errors: [], requests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") w.errors.push(m.text());
  });
  page.on("pageerror", (e) => w.errors.push(String(e)));
  return w;
}

/** Refuses every request that leaves the machine's files, and records it. */
export async function forbidNetwork(context: BrowserContext, w: PageWatch): Promise<void> {
  await context.route(
    (url) => url.protocol !== "file:",
    (route) => {
      w.requests.push(route.request().url());
      return route.abort();
    },
  );
}
