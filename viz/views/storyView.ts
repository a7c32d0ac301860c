import { el, select } from "../app/dom.js";
import { outcomesOf } from "../data/outcomes.js";
import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { storyChart } from "../charts/index.js";
import { clientStory, eventLabel, storyClients, storyTable, type StoryClient } from "../figures/index.js";
import { figure, nothing, viewBox } from "./parts.js";

/** Clients offered in the chooser (lost ones first); any other can be typed in. */
const LISTED = 300;

/** The clients of each trace, listed once (a year's trace takes about 0.1 s to list). */
const listed = new WeakMap<object, StoryClient[]>();

/** One client's story from the trace: every contact, wait, transfer and outcome, and why it was lost. */
export function storyView(ctx: ViewContext): HTMLElement {
  const box = viewBox("story", ctx, "storyIntro");
  const trace = ctx.results.trace;
  if (trace === null) {
    box.append(nothing(ctx.locale.t("noTrace")));
    return box;
  }
  const outcomes = outcomesOf(ctx.results.setUps[0]!);
  let clients = listed.get(trace);
  if (clients === undefined) {
    clients = storyClients(trace, outcomes);
    listed.set(trace, clients);
  }
  if (clients.length === 0) {
    box.append(nothing(ctx.locale.t("noData")));
    return box;
  }
  const known = new Set(clients.map((c) => c.client));
  const client = known.has(ctx.choices.client) ? ctx.choices.client : clients[0]!.client;
  const t = ctx.locale.t;
  const shown = clients.slice(0, LISTED);
  if (!shown.some((c) => c.client === client)) shown.unshift(clients.find((c) => c.client === client)!);
  const options = shown.map((c): [string, string] => [
    c.client,
    `${c.client} — ${t("traceSummary", { contacts: c.contacts, outcome: c.lastOutcome === null ? "…" : eventLabel(ctx.locale, c.lastOutcome) })}`,
  ]);
  box.append(select(t("client"), options, client, (v) => ctx.choose({ client: v }), "client"));
  const search = el("input", "client-search");
  search.type = "search";
  search.placeholder = `${t("client")}…`;
  search.setAttribute("list", "clientflow-clients");
  search.addEventListener("change", () => {
    if (known.has(search.value)) ctx.choose({ client: search.value });
  });
  const list = el("datalist");
  list.id = "clientflow-clients";
  for (const c of clients.slice(0, 2000)) {
    const o = el("option");
    o.value = c.client;
    list.append(o);
  }
  box.append(search, list);
  const story = clientStory(trace, client, outcomes);
  const why = el("p", story.lost === null ? "why" : "why lost");
  why.textContent =
    story.lost === null
      ? `${t("whyLost")}: ${story.contacts.map((c) => (c.outcome === null ? "…" : eventLabel(ctx.locale, c.outcome))).join(", ")}`
      : `${t("whyLost")}: ${eventLabel(ctx.locale, story.lost.outcome)} — ${t("waiting")} ${ctx.format.duration(story.lost.waitedSeconds)}${story.lost.pool === "" ? "" : ` (${ctx.locale.names.label(story.lost.pool, ctx.locale.lang, "pool")})`}`;
  box.append(why);
  box.append(figure(storyChart(story, ctx.locale, ctx.format)));
  box.append(tableView(storyTable(story, ctx.locale, ctx.format.runTime), ctx.locale, ctx.cell));
  return box;
}
