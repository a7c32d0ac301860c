import type { Locale } from "../i18n/index.js";
import { translateOr } from "../i18n/index.js";
import type { TraceDataOfFile as TraceData } from "../../engine/results/index.js";
import { KEPT_OUTCOMES } from "../data/outcomes.js";
import type { Table } from "./table.js";

/** A stretch of one contact: waiting for an answer, a member of staff walking to it, or being served. */
export interface StorySegment {
  kind: "waiting" | "walking" | "serving";
  start: number;
  end: number;
}

export interface StoryContact {
  id: number;
  channel: string;
  segment: string;
  /** The client's status when the contact arrived (new, lead, registered). */
  status: string;
  arrive: number;
  outcome: string | null;
  end: number;
  segments: StorySegment[];
}

export interface StoryEvent {
  time: number;
  what: string;
  contact: number;
  person: string;
  pool: string;
}

/** Why a client was lost: the outcome of the last contact, how long it waited and where. */
export interface LossReason {
  outcome: string;
  waitedSeconds: number;
  pool: string;
}

export interface ClientStory {
  client: string;
  contacts: StoryContact[];
  events: StoryEvent[];
  lost: LossReason | null;
}

export interface StoryClient {
  client: string;
  contacts: number;
  lastOutcome: string | null;
  lost: boolean;
}

/**
 * Clients of the trace, those lost first, then those with most contacts (stable by key).
 * `outcomes`: the file's outcome names (`outcomesOf`).
 */
export function storyClients(trace: TraceData, outcomes: readonly string[]): StoryClient[] {
  const OUTCOMES = new Set(outcomes);
  const clientOf = new Map(trace.contacts.map(([id, client]) => [id, client]));
  const byClient = new Map<string, StoryClient>();
  for (const [, client] of trace.contacts) {
    const c = byClient.get(client);
    if (c === undefined) byClient.set(client, { client, contacts: 1, lastOutcome: null, lost: false });
    else c.contacts++;
  }
  for (const [, what, contact] of trace.events) {
    if (!OUTCOMES.has(what)) continue;
    const client = clientOf.get(contact);
    const c = client === undefined ? undefined : byClient.get(client);
    if (c === undefined) continue;
    c.lastOutcome = what;
    c.lost = !KEPT_OUTCOMES.has(what);
  }
  return [...byClient.values()].sort(
    (a, b) => Number(b.lost) - Number(a.lost) || b.contacts - a.contacts || (a.client < b.client ? -1 : 1),
  );
}

/** Every traced contact and event of one client; `outcomes`: the file's outcome names. */
export function clientStory(trace: TraceData, client: string, outcomes: readonly string[]): ClientStory {
  const OUTCOMES = new Set(outcomes);
  const contacts = new Map<number, StoryContact>();
  for (const [id, key, channel, segment, status] of trace.contacts) {
    if (key === client)
      contacts.set(id, { id, channel, segment, status, arrive: NaN, outcome: null, end: NaN, segments: [] });
  }
  const events: StoryEvent[] = [];
  const open = new Map<number, { kind: StorySegment["kind"]; since: number }>();
  let lastEvent = 0;
  for (const [time, what, id, agent, pool] of trace.events) {
    lastEvent = time;
    const c = contacts.get(id);
    if (c === undefined || what.startsWith("state:")) continue;
    events.push({ time, what, contact: id, person: trace.agents[agent] ?? "", pool: trace.pools[pool] ?? "" });
    const switchTo = (kind: StorySegment["kind"] | null) => {
      const o = open.get(id);
      if (o !== undefined && time > o.since) c.segments.push({ kind: o.kind, start: o.since, end: time });
      if (kind === null) open.delete(id);
      else open.set(id, { kind, since: time });
    };
    if (what === "arrive") {
      c.arrive = time;
      switchTo("waiting");
    } else if (what === "walk" || what === "escort") switchTo("walking");
    else if (what === "answer") switchTo("serving");
    // A transfer, a summoned manager on the way, or a consultant who does not start: the client waits again.
    else if (what === "transfer" || what === "summoned" || what === "not-started") switchTo("waiting");
    else if (what === "service-end") switchTo(null);
    else if (OUTCOMES.has(what)) {
      switchTo(null);
      c.outcome = what;
      c.end = time;
    }
  }
  for (const [id, o] of open) {
    const c = contacts.get(id)!;
    if (lastEvent > o.since) c.segments.push({ kind: o.kind, start: o.since, end: lastEvent });
  }
  const list = [...contacts.values()].filter((c) => !Number.isNaN(c.arrive) || c.outcome !== null);
  for (const c of list) {
    if (Number.isNaN(c.arrive)) c.arrive = c.segments[0]?.start ?? c.end;
    if (Number.isNaN(c.end)) c.end = c.segments[c.segments.length - 1]?.end ?? c.arrive;
  }
  list.sort((a, b) => a.arrive - b.arrive || a.id - b.id);
  const last = [...list].reverse().find((c) => c.outcome !== null);
  let lost: LossReason | null = null;
  if (last !== undefined && last.outcome !== null && !KEPT_OUTCOMES.has(last.outcome)) {
    const endEvent = [...events].reverse().find((e) => e.contact === last.id && e.what === last.outcome);
    const waited = last.segments.filter((s) => s.kind === "waiting").reduce((sum, s) => sum + (s.end - s.start), 0);
    lost = { outcome: last.outcome, waitedSeconds: waited, pool: endEvent?.pool ?? "" };
  }
  return { client, contacts: list, events, lost };
}

/** An event's name in the chosen language. */
export function eventLabel(locale: Locale, what: string): string {
  const outcome = translateOr(locale.lang, `o_${what}`, "");
  if (outcome !== "") return outcome;
  const key = `story_${what.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase())}`;
  return translateOr(locale.lang, key, what);
}

/** A contact as the page names it: its channel's label and the client's status ("Visit (registered)"). */
export function contactLabel(locale: Locale, c: StoryContact): string {
  const status = translateOr(locale.lang, `status_${c.status}`, c.status);
  return `${locale.names.label(c.channel, locale.lang, "channel")} (${status})`;
}

export function storyTable(story: ClientStory, locale: Locale, time: (s: number) => string): Table {
  const t = locale.t;
  const channelOf = new Map(story.contacts.map((c) => [c.id, locale.names.label(c.channel, locale.lang, "channel")]));
  return {
    name: "client-story",
    title: `${t("view_story")} — ${story.client}`,
    columns: [t("time"), "seconds", t("contact"), t("channel"), t("event"), t("person"), t("pool")],
    rows: story.events.map((e) => [
      time(e.time),
      e.time,
      e.contact,
      channelOf.get(e.contact) ?? "",
      eventLabel(locale, e.what),
      e.person === "" ? "" : locale.names.label(e.person, locale.lang, "person"),
      e.pool === "" ? "" : locale.names.label(e.pool, locale.lang, "pool"),
    ]),
  };
}
