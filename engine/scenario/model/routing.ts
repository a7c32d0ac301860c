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
      channel: m.channel === undefined ? -1 : names.resolve("channel", m.channel, `${path}.match.channel`),
      segment: m.segment === undefined ? -1 : names.resolve("segment", m.segment, `${path}.match.segment`),
      status: m.status === undefined ? -1 : STATUSES.indexOf(m.status),
      owner:
        m.owner === undefined
          ? -1
          : m.owner === "none"
            ? -2
            : names.resolve("department", m.owner, `${path}.match.owner`),
      dealsMin: m.deals?.min ?? 0,
      dealsMax: m.deals?.max ?? Infinity,
      fromSeconds: m.time === undefined ? -1 : clockToSeconds(m.time.from),
      toSeconds: m.time === undefined ? -1 : clockToSeconds(m.time.to),
      saidColdCalled: m.saidColdCalled === undefined ? -1 : m.saidColdCalled ? 1 : 0,
      visible: isVisibleRule(m),
      pool: names.resolve("pool", r.pool, `${path}.pool`),
      priority: r.priority,
    };
  });
}
