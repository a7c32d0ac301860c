import type { RouteSpec } from "../../model/index.js";
import { clockToSeconds } from "../../time/index.js";
import { isVisibleRule } from "../companyReferences.js";
import type { Scenario } from "../schema/index.js";
import type { ScenarioNames } from "./names.js";

const STATUSES = ["new", "lead", "registered"] as const;

/** The routing section: ordered rules with their conditions resolved. */
export function routeModels(s: Scenario, names: ScenarioNames): RouteSpec[] {
  return s.routing.map((r, i) => {
    const m = r.match;
    const path = `routing[${i}]`;
    return {
      channel: m.channel === undefined ? undefined : names.resolve("channel", m.channel, `${path}.match.channel`),
      segment: m.segment === undefined ? undefined : names.resolve("segment", m.segment, `${path}.match.segment`),
      status: m.status === undefined ? undefined : STATUSES.indexOf(m.status),
      owner:
        m.owner === undefined || m.owner === "none"
          ? m.owner
          : names.resolve("department", m.owner, `${path}.match.owner`),
      dealsMin: m.deals?.min ?? 0,
      dealsMax: m.deals?.max ?? Infinity,
      time:
        m.time === undefined
          ? undefined
          : { fromSeconds: clockToSeconds(m.time.from), toSeconds: clockToSeconds(m.time.to) },
      saidColdCalled: m.saidColdCalled,
      visible: isVisibleRule(m),
      pool: names.resolve("pool", r.pool, `${path}.pool`),
      priority: r.priority,
    };
  });
}
