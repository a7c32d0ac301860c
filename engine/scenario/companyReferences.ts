import type { DistributionInput } from "../random/index.js";
import { clockToSeconds } from "../time/index.js";
import { ScenarioNames } from "./model/names.js";
import { showFound, type ScenarioIssue } from "./scenarioError.js";
import type { Scenario } from "./schema/index.js";

type RouteMatch = Scenario["routing"][number]["match"];

/** A rule that needs nothing but the channel and the time of day: it can route a caller not yet identified. */
export function isVisibleRule(m: RouteMatch): boolean {
  return (
    m.segment === undefined &&
    m.status === undefined &&
    m.owner === undefined &&
    m.deals === undefined &&
    m.saidColdCalled === undefined
  );
}

/**
 * References of the company model: departments of pools, what segments do after a contact,
 * the clientele's owner and channels, the handover department and the routing conditions.
 * A contact a client plans on a channel takes its work content from the arrival stream of that
 * channel and segment, so such a stream must exist (its rate may be 0).
 */
export function checkCompanyReferences(
  s: Scenario,
  sampler: (d: DistributionInput | undefined, path: string) => void,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const problem = (path: string, message: string, found?: unknown) =>
    issues.push(found === undefined ? { path, message } : { path, message, found: showFound(found) });
  const names = new ScenarioNames(s, (issue) => issues.push(issue));
  const hasStream = (channel: string, segment: string) =>
    s.arrivals.some((a) => a.channel === channel && a.segment === segment);
  const needStream = (path: string, channel: string, segment: string) => {
    if (names.has("channel", channel) && !hasStream(channel, segment)) {
      problem(
        path,
        `an arrival stream for channel "${channel}" and segment "${segment}" (rate 0 is fine) to give such contacts their work content`,
        channel,
      );
    }
  };

  s.pools.forEach((p, i) => {
    if (p.department !== undefined) names.resolve("department", p.department, `pools[${i}].department`);
    const otherPool = (path: string, pool: string) => {
      if (names.resolve("pool", pool, path) < 0) return;
      if (pool === p.name) problem(path, "another pool than this one", pool);
    };
    if (p.overflow !== undefined) {
      otherPool(`pools[${i}].overflow.pool`, p.overflow.pool);
      if (p.overflow.afterWait === undefined && p.overflow.whenWaiting === undefined) {
        problem(`pools[${i}].overflow`, "afterWait, whenWaiting or both", p.overflow);
      }
    }
    p.helps.forEach((h, j) => otherPool(`pools[${i}].helps[${j}].pool`, h.pool));
    p.duties?.departments.forEach((d, j) => names.resolve("department", d, `pools[${i}].duties.departments[${j}]`));
    if (p.duties?.approveDealsOver) sampler(p.duties.approveDealsOver.time, `pools[${i}].duties.approveDealsOver.time`);
    if (p.duties?.complaints) sampler(p.duties.complaints.time, `pools[${i}].duties.complaints.time`);
    const o = p.outbound;
    if (o !== undefined) {
      const path = `pools[${i}].outbound`;
      sampler(o.attempt, `${path}.attempt`);
      names.resolve("channel", o.channel, `${path}.channel`);
      const shares = Object.entries(o.segments);
      if (!shares.some(([, v]) => v > 0)) problem(`${path}.segments`, "at least one share above 0", o.segments);
      for (const [segment, share] of shares) {
        if (names.resolveKey("segment", segment, `${path}.segments.${segment}`) < 0) continue;
        if (share > 0) {
          needStream(`${path}.segments.${segment}`, o.channel, segment);
          if (o.kind === "cold-calls" && o.leadChannel !== undefined)
            needStream(`${path}.leadChannel`, o.leadChannel, segment);
        }
      }
      if (o.kind === "cold-calls" && o.leadProbability > 0) {
        if (o.leadTo === undefined) problem(`${path}.leadTo`, "the pool that calls leads back");
        else names.resolve("pool", o.leadTo, `${path}.leadTo`);
        if (o.leadChannel === undefined) problem(`${path}.leadChannel`, "the channel of the calls back to leads");
        else names.resolve("channel", o.leadChannel, `${path}.leadChannel`);
      }
      if (
        o.kind === "base-calls" &&
        !shares.some(([g]) => s.segments.find((x) => x.name === g)?.clientele !== undefined)
      ) {
        problem(`${path}.segments`, "at least one segment with a clientele (registered clients to call)", o.segments);
      }
    }
  });

  s.segments.forEach((g, i) => {
    const path = `segments[${i}]`;
    if (g.deal !== undefined) {
      sampler(g.deal.value, `${path}.deal.value`);
      if (g.deal.cashier !== undefined) {
        sampler(g.deal.cashier.time, `${path}.deal.cashier.time`);
        names.resolve("pool", g.deal.cashier.pool, `${path}.deal.cashier.pool`);
      }
      for (const pool of Object.keys(g.deal.byPool)) {
        names.resolveKey("pool", pool, `${path}.deal.byPool.${pool}`);
      }
    }
    if (g.afterCall !== undefined) {
      sampler(g.afterCall.delay, `${path}.afterCall.delay`);
      if (names.resolve("channel", g.afterCall.channel, `${path}.afterCall.channel`) >= 0)
        needStream(`${path}.afterCall.channel`, g.afterCall.channel, g.name);
    }
    if (g.retry !== undefined) sampler(g.retry.delay, `${path}.retry.delay`);
    const c = g.clientele;
    if (c !== undefined) {
      names.resolve("department", c.owner, `${path}.clientele.owner`);
      if (c.largeDeal !== undefined)
        names.resolve("department", c.largeDeal.owner, `${path}.clientele.largeDeal.owner`);
      sampler(c.returnInterval, `${path}.clientele.returnInterval`);
      const shares = Object.entries(c.channels);
      if (!shares.some(([, v]) => v > 0))
        problem(`${path}.clientele.channels`, "at least one share above 0", c.channels);
      for (const [channel, share] of shares) {
        if (names.resolveKey("channel", channel, `${path}.clientele.channels.${channel}`) >= 0 && share > 0)
          needStream(`${path}.clientele.channels.${channel}`, channel, g.name);
      }
    }
  });

  s.routing.forEach((r, i) => {
    const m = r.match;
    const path = `routing[${i}].match`;
    if (m.owner !== undefined && m.owner !== "none" && !names.has("department", m.owner)) {
      problem(`${path}.owner`, names.oneOf("department", ["none"]), m.owner);
    }
    if (m.deals?.min !== undefined && m.deals.max !== undefined && m.deals.min > m.deals.max) {
      problem(`${path}.deals.max`, `at least deals.min (${m.deals.min})`, m.deals.max);
    }
    if (m.time !== undefined && clockToSeconds(m.time.from) === clockToSeconds(m.time.to)) {
      problem(`${path}.time.to`, `a time other than time.from (${m.time.from})`, m.time.to);
    }
  });

  if (s.handover !== undefined) names.resolve("department", s.handover.department, "handover.department");
  sampler(s.phone.transfer.time, "phone.transfer.time");
  s.plans.forEach((p, i) => {
    names.resolve("department", p.department, `plans[${i}].department`);
  });
  const heads = new Set<string>();
  s.heads.forEach((h, i) => {
    // Each head has one score in the results (head.<name>.score): a second of the same name would overwrite it.
    if (heads.has(h.name)) problem(`heads[${i}].name`, "a head name not used before", h.name);
    heads.add(h.name);
    for (const d of Object.keys(h.departments)) {
      names.resolveKey("department", d, `heads[${i}].departments.${d}`);
    }
  });
  const rw = s.repeatWalkIn;
  if (rw !== undefined) {
    names.resolve("department", rw.owner, "repeatWalkIn.owner");
    names.resolve("pool", rw.at, "repeatWalkIn.at");
    names.resolve("pool", rw.to, "repeatWalkIn.to");
    sampler(rw.callTime, "repeatWalkIn.callTime");
    sampler(rw.reaction, "repeatWalkIn.reaction");
    if (rw.leaflet !== undefined) {
      if (names.resolve("channel", rw.leaflet.channel, "repeatWalkIn.leaflet.channel") >= 0) {
        for (const g of s.segments) {
          if (g.clientele?.owner === rw.owner) needStream("repeatWalkIn.leaflet.channel", rw.leaflet.channel, g.name);
        }
      }
    }
  }
  if (s.walking !== undefined) sampler(s.walking.betweenFloors, "walking.betweenFloors");
  return issues;
}
