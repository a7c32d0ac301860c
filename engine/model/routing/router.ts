import { SECONDS_PER_DAY } from "../../time/index.js";
import type { Contact } from "../contact.js";
import type { RouteSpec } from "../modelSpec.js";

/**
 * Ordered routing rules: the first rule that matches a contact decides its pool and queue
 * priority. Before a caller is identified only the rules that need nothing but the channel
 * and the time of day can match. Rules are indexed once, in their order, by channel (and, for
 * identified contacts, by segment too, so a contact never looks at another segment's rules).
 */
export class Router {
  /** Per channel and segment (index channel x segments + segment): every rule that can match it. */
  private readonly known: RouteSpec[][];
  /** Per channel: the rules usable before identification. */
  private readonly unknown: RouteSpec[][];

  constructor(
    routes: readonly RouteSpec[],
    channels: number,
    private readonly segments: number,
  ) {
    const byChannel = Array.from({ length: channels }, (_, c) =>
      routes.filter((r) => r.channel === undefined || r.channel === c),
    );
    this.known = byChannel.flatMap((list) =>
      Array.from({ length: segments }, (_, s) =>
        list.filter((r) => r.visible || r.segment === undefined || r.segment === s),
      ),
    );
    this.unknown = byChannel.map((list) => list.filter((r) => r.visible));
  }

  /** The first matching rule, or undefined. */
  route(contact: Contact, now: number): RouteSpec | undefined {
    const c = contact.client;
    const timeOfDay = now - Math.floor(now / SECONDS_PER_DAY) * SECONDS_PER_DAY;
    const rules = contact.identified
      ? this.known[contact.channel * this.segments + contact.segment]!
      : this.unknown[contact.channel]!;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      const time = r.time;
      if (time !== undefined && !inWindow(timeOfDay, time.fromSeconds, time.toSeconds)) continue;
      if (r.visible) return r;
      if (r.segment !== undefined && r.segment !== contact.segment) continue;
      if (r.status !== undefined && r.status !== c.status) continue;
      if (r.owner !== undefined && (r.owner === "none" ? c.owner !== -1 : r.owner !== c.owner)) continue;
      if (c.deals < r.dealsMin || c.deals > r.dealsMax) continue;
      if (r.saidColdCalled !== undefined && r.saidColdCalled !== c.saidColdCalled) continue;
      return r;
    }
    return undefined;
  }
}

/** [from, to) on the clock, wrapping past midnight when to < from. */
function inWindow(t: number, from: number, to: number): boolean {
  return from <= to ? t >= from && t < to : t >= from || t < to;
}
