import type { DistributionInput } from "../random/index.js";
import { clockToSeconds } from "../time/index.js";
import { showFound, type ScenarioIssue } from "./scenarioError.js";
import type { Scenario } from "./schema/index.js";

interface Names {
  departments: Set<string>;
  channels: Set<string>;
  segments: Set<string>;
  pools: Set<string>;
}

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
  names: Names,
  sampler: (d: DistributionInput | undefined, path: string) => void,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const problem = (path: string, message: string, found?: unknown) =>
    issues.push(found === undefined ? { path, message } : { path, message, found: showFound(found) });
  const oneOf = (set: Set<string>, extra: string[] = []) =>
    `one of ${[...set, ...extra].map((n) => `"${n}"`).join(", ")}`;
  const hasStream = (channel: string, segment: string) =>
    s.arrivals.some((a) => a.channel === channel && a.segment === segment);
  const needStream = (path: string, channel: string, segment: string) => {
    if (names.channels.has(channel) && !hasStream(channel, segment)) {
      problem(
        path,
        `an arrival stream for channel "${channel}" and segment "${segment}" (rate 0 is fine) to give such contacts their work content`,
        channel,
      );
    }
  };

  s.pools.forEach((p, i) => {
    if (p.department !== undefined && !names.departments.has(p.department)) {
      problem(`pools[${i}].department`, oneOf(names.departments), p.department);
    }
    const otherPool = (path: string, pool: string) => {
      if (!names.pools.has(pool)) problem(path, oneOf(names.pools), pool);
      else if (pool === p.name) problem(path, "another pool than this one", pool);
    };
    if (p.overflow !== undefined) {
      otherPool(`pools[${i}].overflow.pool`, p.overflow.pool);
      if (p.overflow.afterWait === undefined && p.overflow.whenWaiting === undefined) {
        problem(`pools[${i}].overflow`, "afterWait, whenWaiting or both", p.overflow);
      }
    }
    p.helps.forEach((h, j) => otherPool(`pools[${i}].helps[${j}].pool`, h.pool));
    p.duties?.departments.forEach((d, j) => {
      if (!names.departments.has(d)) problem(`pools[${i}].duties.departments[${j}]`, oneOf(names.departments), d);
    });
    if (p.duties?.approveDealsOver) sampler(p.duties.approveDealsOver.time, `pools[${i}].duties.approveDealsOver.time`);
    if (p.duties?.complaints) sampler(p.duties.complaints.time, `pools[${i}].duties.complaints.time`);
    const o = p.outbound;
    if (o !== undefined) {
      const path = `pools[${i}].outbound`;
      sampler(o.attempt, `${path}.attempt`);
      if (!names.channels.has(o.channel)) problem(`${path}.channel`, oneOf(names.channels), o.channel);
      const shares = Object.entries(o.segments);
      if (!shares.some(([, v]) => v > 0)) problem(`${path}.segments`, "at least one share above 0", o.segments);
      for (const [segment, share] of shares) {
        if (!names.segments.has(segment))
          problem(`${path}.segments.${segment}`, `a key that is ${oneOf(names.segments)}`, segment);
        else if (share > 0) {
          needStream(`${path}.segments.${segment}`, o.channel, segment);
          if (o.kind === "cold-calls" && o.leadChannel !== undefined)
            needStream(`${path}.leadChannel`, o.leadChannel, segment);
        }
      }
      if (o.kind === "cold-calls" && o.leadProbability > 0) {
        if (o.leadTo === undefined) problem(`${path}.leadTo`, "the pool that calls leads back");
        else if (!names.pools.has(o.leadTo)) problem(`${path}.leadTo`, oneOf(names.pools), o.leadTo);
        if (o.leadChannel === undefined) problem(`${path}.leadChannel`, "the channel of the calls back to leads");
        else if (!names.channels.has(o.leadChannel))
          problem(`${path}.leadChannel`, oneOf(names.channels), o.leadChannel);
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
        if (!names.pools.has(g.deal.cashier.pool)) {
          problem(`${path}.deal.cashier.pool`, oneOf(names.pools), g.deal.cashier.pool);
        }
      }
      for (const pool of Object.keys(g.deal.byPool)) {
        if (!names.pools.has(pool)) problem(`${path}.deal.byPool.${pool}`, `a key that is ${oneOf(names.pools)}`, pool);
      }
    }
    if (g.afterCall !== undefined) {
      sampler(g.afterCall.delay, `${path}.afterCall.delay`);
      if (!names.channels.has(g.afterCall.channel)) {
        problem(`${path}.afterCall.channel`, oneOf(names.channels), g.afterCall.channel);
      } else needStream(`${path}.afterCall.channel`, g.afterCall.channel, g.name);
    }
    if (g.retry !== undefined) sampler(g.retry.delay, `${path}.retry.delay`);
    const c = g.clientele;
    if (c !== undefined) {
      if (!names.departments.has(c.owner)) problem(`${path}.clientele.owner`, oneOf(names.departments), c.owner);
      if (c.largeDeal !== undefined && !names.departments.has(c.largeDeal.owner)) {
        problem(`${path}.clientele.largeDeal.owner`, oneOf(names.departments), c.largeDeal.owner);
      }
      sampler(c.returnInterval, `${path}.clientele.returnInterval`);
      const shares = Object.entries(c.channels);
      if (!shares.some(([, v]) => v > 0))
        problem(`${path}.clientele.channels`, "at least one share above 0", c.channels);
      for (const [channel, share] of shares) {
        if (!names.channels.has(channel)) {
          problem(`${path}.clientele.channels.${channel}`, `a key that is ${oneOf(names.channels)}`, channel);
        } else if (share > 0) needStream(`${path}.clientele.channels.${channel}`, channel, g.name);
      }
    }
  });

  s.routing.forEach((r, i) => {
    const m = r.match;
    const path = `routing[${i}].match`;
    if (m.owner !== undefined && m.owner !== "none" && !names.departments.has(m.owner)) {
      problem(`${path}.owner`, oneOf(names.departments, ["none"]), m.owner);
    }
    if (m.deals?.min !== undefined && m.deals.max !== undefined && m.deals.min > m.deals.max) {
      problem(`${path}.deals.max`, `at least deals.min (${m.deals.min})`, m.deals.max);
    }
    if (m.time !== undefined && clockToSeconds(m.time.from) === clockToSeconds(m.time.to)) {
      problem(`${path}.time.to`, `a time other than time.from (${m.time.from})`, m.time.to);
    }
  });

  if (s.handover !== undefined && !names.departments.has(s.handover.department)) {
    problem("handover.department", oneOf(names.departments), s.handover.department);
  }
  if (s.phone !== undefined) sampler(s.phone.transfer.time, "phone.transfer.time");
  s.plans.forEach((p, i) => {
    if (!names.departments.has(p.department)) problem(`plans[${i}].department`, oneOf(names.departments), p.department);
  });
  const heads = new Set<string>();
  s.heads.forEach((h, i) => {
    // Each head has one score in the results (head.<name>.score): a second of the same name would overwrite it.
    if (heads.has(h.name)) problem(`heads[${i}].name`, "a head name not used before", h.name);
    heads.add(h.name);
    for (const d of Object.keys(h.departments)) {
      if (!names.departments.has(d))
        problem(`heads[${i}].departments.${d}`, `a key that is ${oneOf(names.departments)}`, d);
    }
  });
  const rw = s.repeatWalkIn;
  if (rw !== undefined) {
    if (!names.departments.has(rw.owner)) problem("repeatWalkIn.owner", oneOf(names.departments), rw.owner);
    if (!names.pools.has(rw.at)) problem("repeatWalkIn.at", oneOf(names.pools), rw.at);
    if (!names.pools.has(rw.to)) problem("repeatWalkIn.to", oneOf(names.pools), rw.to);
    sampler(rw.callTime, "repeatWalkIn.callTime");
    sampler(rw.reaction, "repeatWalkIn.reaction");
    if (rw.leaflet !== undefined) {
      if (!names.channels.has(rw.leaflet.channel))
        problem("repeatWalkIn.leaflet.channel", oneOf(names.channels), rw.leaflet.channel);
      else {
        for (const g of s.segments) {
          if (g.clientele?.owner === rw.owner) needStream("repeatWalkIn.leaflet.channel", rw.leaflet.channel, g.name);
        }
      }
    }
  }
  if (s.walking !== undefined) sampler(s.walking.betweenFloors, "walking.betweenFloors");
  return issues;
}
