import type { Locale, StringKey } from "../i18n/index.js";
import type { ScenarioDefinition, TraceDataOfFile as TraceData } from "../../engine/results/index.js";
import type { Table } from "./table.js";

/** What a person was doing, as drawn: serving is split by the kind of client in hand. */
export const TIMELINE_STATES = [
  "servingCall",
  "servingVisit",
  "servingOther",
  "wrapUp",
  "walking",
  "merchandising",
  "outbound",
  "idle",
  "onBreak",
] as const;
export type TimelineState = (typeof TIMELINE_STATES)[number];

export interface TimelineSegment {
  state: TimelineState;
  /** Seconds since the start of the run. */
  start: number;
  end: number;
  /** The contact in hand (-1: none). */
  contact: number;
}

export interface TimelineRow {
  person: string;
  pool: string;
  segments: TimelineSegment[];
}

export interface TimelineFigures {
  /** Day index (0 = the first day of the run). */
  day: number;
  /** The drawn span of the day, seconds since the start of the run. */
  from: number;
  to: number;
  rows: TimelineRow[];
}

const DAY = 86_400;

/** The days (0-based) the trace covers, with at least one event. */
export function traceDays(trace: TraceData): number[] {
  const days = new Set<number>();
  for (const e of trace.events) days.add(Math.floor(e[0] / DAY));
  return [...days].sort((a, b) => a - b);
}

/** Each person's states on one day of the trace. */
export function timeline(trace: TraceData, definition: ScenarioDefinition, day: number): TimelineFigures {
  const kindOfChannel = new Map(definition.channels.map((c) => [c.name, c.kind]));
  const channelOf = new Map(trace.contacts.map(([id, , channel]) => [id, kindOfChannel.get(channel) ?? ""]));
  const dayStart = day * DAY;
  const dayEnd = dayStart + DAY;
  const lastEvent = trace.events.length > 0 ? trace.events[trace.events.length - 1]![0] : 0;
  const traceEnd = trace.truncated ? Math.min(lastEvent, dayEnd) : dayEnd;
  const open: ({ state: TimelineState | null; since: number; contact: number } | undefined)[] = [];
  const poolOf: number[] = [];
  const segments: TimelineSegment[][] = trace.agents.map(() => []);
  const close = (agent: number, until: number) => {
    const o = open[agent];
    if (o === undefined || o.state === null) return;
    const start = Math.max(o.since, dayStart);
    const end = Math.min(until, dayEnd);
    if (end > start) segments[agent]!.push({ state: o.state, start, end, contact: o.contact });
  };
  for (const [time, what, contact, agent, pool] of trace.events) {
    if (!what.startsWith("state:") || agent < 0) continue;
    if (time >= dayEnd) break;
    poolOf[agent] ??= pool;
    close(agent, time);
    open[agent] = { state: drawnState(what.slice(6), channelOf.get(contact)), since: time, contact };
  }
  trace.agents.forEach((_, agent) => close(agent, traceEnd));
  // A loop, not Math.min(...list): a day of a long trace has more segments than a call takes arguments.
  let from = Infinity;
  let to = -Infinity;
  for (const list of segments)
    for (const s of list) {
      from = Math.min(from, s.start);
      to = Math.max(to, s.end);
    }
  if (from === Infinity) [from, to] = [dayStart, dayEnd];
  return {
    day,
    from,
    to,
    rows: trace.agents.map((person, agent) => ({
      person,
      pool: trace.pools[poolOf[agent] ?? -1] ?? "",
      segments: segments[agent]!,
    })),
  };
}

function drawnState(state: string, channelKind: string | undefined): TimelineState | null {
  if (state === "serving") {
    if (channelKind === "phone") return "servingCall";
    if (channelKind === "visit") return "servingVisit";
    return "servingOther";
  }
  if (state === "offShift") return null;
  return (TIMELINE_STATES as readonly string[]).includes(state) ? (state as TimelineState) : null;
}

/** The label key of a drawn state. */
export function stateKey(state: TimelineState): StringKey {
  return `s_${state}` as StringKey;
}

export function timelineTable(f: TimelineFigures, locale: Locale, clock: (s: number) => string): Table {
  const t = locale.t;
  return {
    name: "staff-timeline",
    title: `${t("view_timeline")} — ${t("day")} ${f.day + 1}`,
    columns: [t("day"), t("person"), t("pool"), t("state"), t("from"), t("to"), t("minutes")],
    rows: f.rows.flatMap((r) =>
      r.segments.map((s) => [
        f.day + 1,
        r.person,
        r.pool,
        t(stateKey(s.state)),
        clock(s.start - f.day * DAY),
        clock(s.end - f.day * DAY),
        Math.round(((s.end - s.start) / 60) * 10) / 10,
      ]),
    ),
  };
}
