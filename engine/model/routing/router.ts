import { SECONDS_PER_DAY } from "../../time/index.js";
import type { Contact } from "../contact.js";
import type { RouteSpec } from "../modelSpec.js";

/**
 * Ordered routing rules: the first rule that matches a contact decides its pool and queue
 * priority. Before a caller is identified only the rules that need nothing but the channel
 * and the time of day can match. Rules are indexed by channel once, in their order.
 */
export class Router {
  /** Per channel: every rule that can match it, and those usable before identification. */
  private readonly known: RouteSpec[][];
  private readonly unknown: RouteSpec[][];

  constructor(routes: readonly RouteSpec[], channels: number) {
    this.known = Array.from({ length: channels }, (_, c) => routes.filter((r) => r.channel < 0 || r.channel === c));
    this.unknown = this.known.map((list) => list.filter((r) => r.visible));
  }

  /** The first matching rule, or undefined. */
  route(contact: Contact, now: number): RouteSpec | undefined {
    const c = contact.client;
    const timeOfDay = now - Math.floor(now / SECONDS_PER_DAY) * SECONDS_PER_DAY;
    const rules = contact.identified ? this.known[contact.channel]! : this.unknown[contact.channel]!;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      if (r.fromSeconds >= 0 && !inWindow(timeOfDay, r.fromSeconds, r.toSeconds)) continue;
      if (r.visible) return r;
      if (r.segment >= 0 && r.segment !== contact.segment) continue;
      if (r.status >= 0 && r.status !== c.status) continue;
      if (r.owner === -2 ? c.owner !== -1 : r.owner >= 0 && r.owner !== c.owner) continue;
      if (c.deals < r.dealsMin || c.deals > r.dealsMax) continue;
      if (r.saidColdCalled >= 0 && (r.saidColdCalled === 1) !== c.saidColdCalled) continue;
      return r;
    }
    return undefined;
  }
}

/** [from, to) on the clock, wrapping past midnight when to < from. */
function inWindow(t: number, from: number, to: number): boolean {
  return from <= to ? t >= from && t < to : t >= from || t < to;
}
