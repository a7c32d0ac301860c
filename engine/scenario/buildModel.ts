import { buildWeeklyProfile, closedHoursProfile } from "../arrivals/index.js";
import {
  createBalkingPolicy,
  type ChannelSpec,
  type ModelSpec,
  type PoolSpec,
  type RouteSpec,
  type SegmentSpec,
  type StaffSpec,
} from "../model/index.js";
import { createSampler, cumulativeShares } from "../random/index.js";
import {
  Calendar,
  clockToSeconds,
  SECONDS_PER_DAY,
  toSeconds,
  WEEKDAYS,
  type OpeningHours,
  type Weekday,
} from "../time/index.js";
import type { Scenario } from "./schema/index.js";
import { streamName } from "./streamName.js";

const SECONDS_PER_YEAR = 365 * SECONDS_PER_DAY;

/** The scenario's service-level thresholds in seconds, ascending and without repeats. */
export function serviceLevelThresholds(s: Scenario): number[] {
  return [...new Set(s.serviceLevel.thresholds.map(toSeconds))].sort((a, b) => a - b);
}

/** Turns a validated scenario into the resolved specification a replication runs. */
export function buildModel(s: Scenario): ModelSpec {
  const always = s.calendar.openingHours === "always";
  const openingHours = {} as Record<Weekday, OpeningHours | null>;
  for (const day of WEEKDAYS) {
    const h = s.calendar.openingHours === "always" ? { open: "00:00", close: "24:00" } : s.calendar.openingHours[day];
    openingHours[day] = h ? { openSeconds: clockToSeconds(h.open), closeSeconds: clockToSeconds(h.close) } : null;
  }
  const calendar = new Calendar({
    intervalSeconds: s.calendar.intervalMinutes * 60,
    startWeekday: s.calendar.startWeekday,
    openingHours,
  });
  const departments = s.departments.map((d) => ({ name: d.name, floor: d.floor }));
  const departmentNames = departments.map((d) => d.name);
  const segmentNames = s.segments.map((x) => x.name);
  const channelNames = s.channels.map((x) => x.name);
  const poolNames = s.pools.map((p) => p.name);

  const pools: PoolSpec[] = s.pools.map((p) => {
    const department = p.department === undefined ? -1 : departmentNames.indexOf(p.department);
    const staff: StaffSpec[] =
      typeof p.staff === "number"
        ? Array.from({ length: p.staff }, (_, i) => ({
            name: `${p.name} ${i + 1}`,
            role: "",
            shift: null,
            roster: null,
            hourlyCost: 0,
          }))
        : !Array.isArray(p.staff)
          ? rosterStaff(p.name, p.staff)
          : p.staff.map((m) => ({
              roster: null,
              name: m.name,
              role: m.role ?? "",
              hourlyCost: m.hourlyCost ?? 0,
              shift:
                m.shift === undefined
                  ? null
                  : {
                      startSeconds: clockToSeconds(m.shift.start),
                      endSeconds: clockToSeconds(m.shift.end),
                      weekdays: m.shift.weekdays === undefined ? null : new Set(m.shift.weekdays),
                      breaks: m.shift.breaks.map((b) => ({
                        startSeconds: clockToSeconds(b.start),
                        durationSeconds: toSeconds(b.duration),
                      })),
                    },
            }));
    return {
      name: p.name,
      department,
      servesClients: false, // set once routing is known
      floor: p.floor ?? (department >= 0 ? departments[department]!.floor : 1),
      staff,
      selection: p.selection,
      capacity: p.queue.capacity ?? Infinity,
      wrapUp: p.wrapUp === undefined ? null : createSampler(p.wrapUp),
      merchandising: p.idleWork === "merchandising",
      overflow:
        p.overflow === undefined
          ? null
          : {
              pool: poolNames.indexOf(p.overflow.pool),
              afterWaitSeconds: p.overflow.afterWait === undefined ? Infinity : toSeconds(p.overflow.afterWait),
              whenWaiting: p.overflow.whenWaiting ?? Infinity,
            },
      helps: p.helps.map((h) => ({ pool: poolNames.indexOf(h.pool), whenWaiting: h.whenWaiting })),
      outbound: p.outbound === undefined ? null : outboundSpec(p.outbound, segmentNames, channelNames, poolNames),
      duties:
        p.duties === undefined
          ? null
          : {
              departments: p.duties.departments.map((d) => departmentNames.indexOf(d)),
              approveOver: p.duties.approveDealsOver?.value ?? Infinity,
              approvalTime: p.duties.approveDealsOver ? createSampler(p.duties.approveDealsOver.time) : null,
              clientWaitsForApproval: p.duties.approveDealsOver?.clientWaits ?? false,
              complaintShare: p.duties.complaints?.share ?? 0,
              complaintTime: p.duties.complaints ? createSampler(p.duties.complaints.time) : null,
            },
    };
  });

  const channels: ChannelSpec[] = s.channels.map((c) => ({
    name: c.name,
    kind: c.kind,
    publicNumber: c.publicNumber,
    identifiedOnArrival: c.identified === "on-arrival",
    lostAfterHours: c.afterHours === "lost",
    floor: c.floor ?? 1,
  }));

  const segments: SegmentSpec[] = s.segments.map((g) => {
    const deal =
      g.deal === undefined
        ? null
        : {
            probability: g.deal.probability,
            byPool: Float64Array.from(poolNames, (p) => g.deal!.byPool[p] ?? NaN),
            value: createSampler(g.deal.value),
            waitHalfLifeSeconds: g.deal.waitHalfLife === undefined ? Infinity : toSeconds(g.deal.waitHalfLife),
            margin: g.deal.margin ?? s.money.grossMargin,
            cashier:
              g.deal.cashier === undefined
                ? null
                : { pool: poolNames.indexOf(g.deal.cashier.pool), time: createSampler(g.deal.cashier.time) },
          };
    let clientele: SegmentSpec["clientele"] = null;
    if (g.clientele !== undefined) {
      const entries = Object.entries(g.clientele.channels).filter(([, share]) => share > 0);
      clientele = {
        owner: departmentNames.indexOf(g.clientele.owner),
        initialClients: g.clientele.initialClients,
        returnInterval: createSampler(g.clientele.returnInterval),
        channels: entries.map(([name]) => channelNames.indexOf(name)),
        cumulativeShares: cumulativeShares(entries.map(([, share]) => share)),
        churnPerSecond: g.clientele.churnPerYear / SECONDS_PER_YEAR,
        largeDeal:
          g.clientele.largeDeal === undefined
            ? null
            : { atLeast: g.clientele.largeDeal.atLeast, owner: departmentNames.indexOf(g.clientele.largeDeal.owner) },
      };
    }
    const afterCall =
      g.afterCall === undefined
        ? null
        : {
            probability: g.afterCall.visitProbability,
            delay: createSampler(g.afterCall.delay),
            channel: channelNames.indexOf(g.afterCall.channel),
          };
    const retry =
      g.retry === undefined ? null : { probability: g.retry.probability, delay: createSampler(g.retry.delay) };
    return {
      name: g.name,
      deal,
      afterCall,
      retry,
      clientele,
      persistent: afterCall !== null || retry !== null || clientele !== null,
    };
  });

  const streams = s.arrivals.map((a) => ({
    name: streamName(a),
    channel: channelNames.indexOf(a.channel),
    segment: segmentNames.indexOf(a.segment),
    status: a.status === "lead" ? (1 as const) : (0 as const),
    saysColdCalled: a.saysColdCalled,
    weekly: buildWeeklyProfile(calendar, a.ratePerHour, a.weekdayFactors, a.ratePerHourByWeekday),
    closedWeekly: a.afterHoursRatePerHour > 0 && !always ? closedHoursProfile(calendar, a.afterHoursRatePerHour) : null,
    service: createSampler(a.serviceTime),
    patience: a.patience === undefined ? null : createSampler(a.patience),
    balking: a.balking === undefined ? null : createBalkingPolicy(a.balking),
  }));
  const contactType = channelNames.map((_, c) =>
    segmentNames.map((_, g) => streams.findIndex((x) => x.channel === c && x.segment === g)),
  );

  const routes: RouteSpec[] = s.routing.map((r) => {
    const m = r.match;
    const visible =
      m.segment === undefined &&
      m.status === undefined &&
      m.owner === undefined &&
      m.deals === undefined &&
      m.saidColdCalled === undefined;
    return {
      channel: m.channel === undefined ? -1 : channelNames.indexOf(m.channel),
      segment: m.segment === undefined ? -1 : segmentNames.indexOf(m.segment),
      status: m.status === undefined ? -1 : ["new", "lead", "registered"].indexOf(m.status),
      owner: m.owner === undefined ? -1 : m.owner === "none" ? -2 : departmentNames.indexOf(m.owner),
      dealsMin: m.deals?.min ?? 0,
      dealsMax: m.deals?.max ?? Infinity,
      fromSeconds: m.time === undefined ? -1 : clockToSeconds(m.time.from),
      toSeconds: m.time === undefined ? -1 : clockToSeconds(m.time.to),
      saidColdCalled: m.saidColdCalled === undefined ? -1 : m.saidColdCalled ? 1 : 0,
      visible,
      pool: poolNames.indexOf(r.pool),
      priority: r.priority,
    };
  });

  const repeatTo = s.repeatWalkIn === undefined ? -1 : poolNames.indexOf(s.repeatWalkIn.to);
  markPoolsServingClients(pools, routes, repeatTo, segments);
  const phone = s.phone ?? { lines: null, transfer: { time: { kind: "deterministic", value: 20 }, ringTimeout: 30 } };
  return {
    calendar,
    alwaysOpen: always,
    days: s.calendar.days ?? null,
    warmupDays: s.calendar.warmupDays,
    atClosing: s.calendar.atClosing,
    stop: s.stop ?? null,
    dayFactor: monthFactor(s.calendar.startMonth, s.calendar.monthFactors),
    departments,
    segments,
    channels,
    streams,
    contactType,
    pools,
    routes,
    phone: {
      lines: phone.lines ?? Infinity,
      transferTime: createSampler(phone.transfer.time),
      ringTimeoutSeconds: toSeconds(phone.transfer.ringTimeout),
    },
    handover:
      s.handover === undefined
        ? null
        : {
            department: departmentNames.indexOf(s.handover.department),
            afterDeal: s.handover.afterDeal,
            representativeValue: s.handover.representativeValue ?? Infinity,
          },
    walkPerFloor: s.walking === undefined ? null : createSampler(s.walking.betweenFloors),
    repeatWalkIn:
      s.repeatWalkIn === undefined
        ? null
        : {
            owner: departmentNames.indexOf(s.repeatWalkIn.owner),
            at: poolNames.indexOf(s.repeatWalkIn.at),
            to: poolNames.indexOf(s.repeatWalkIn.to),
            policy: s.repeatWalkIn.policy,
            refuseUpstairs: s.repeatWalkIn.refuseUpstairs,
            callTime: createSampler(s.repeatWalkIn.callTime),
            limitSeconds: toSeconds(s.repeatWalkIn.minutes),
            ownManagerFirst: s.repeatWalkIn.manager === "own-manager-first",
            toByDepartment: repeatTargets(s.repeatWalkIn, departmentNames, poolNames, pools),
            reaction: createSampler(s.repeatWalkIn.reaction),
            lateFine: s.fines.lateManager,
            reactionMaxCut: s.repeatWalkIn.reactionToFine.maxCut,
            reactionPayHours: s.repeatWalkIn.reactionToFine.payHours,
            handOff: s.repeatWalkIn.inHand === "hand-off",
            patience: s.repeatWalkIn.patience === undefined ? null : createSampler(s.repeatWalkIn.patience),
            busyCountsAsNotStarting: s.repeatWalkIn.busyCountsAsNotStarting,
            overloadedNobodyFree: s.repeatWalkIn.overloaded.nobodyFree,
            overloadedWaiting: s.repeatWalkIn.overloaded.waitingAtLeast ?? Infinity,
            leaflet:
              s.repeatWalkIn.leaflet === undefined
                ? null
                : {
                    share: s.repeatWalkIn.leaflet.toOwnExtension,
                    channel: channelNames.indexOf(s.repeatWalkIn.leaflet.channel),
                  },
          },
    fines: s.fines,
    plans: s.plans,
    heads: s.heads,
    firstContactCredit:
      s.credit.policy === "closer" ? 0 : s.credit.policy === "first-contact" ? 1 : s.credit.firstContactShare,
    thresholdsSeconds: serviceLevelThresholds(s),
    serviceTarget:
      s.serviceLevel.target === undefined
        ? null
        : { share: s.serviceLevel.target.share, withinSeconds: toSeconds(s.serviceLevel.target.within) },
    trace: s.trace ?? null,
    poolIntervals: s.reportPoolIntervals,
  };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** Day of the run to its month's factor, with months of 365/12 days from the start month. */
function monthFactor(start: (typeof MONTHS)[number], factors: Partial<Record<(typeof MONTHS)[number], number>>) {
  const first = MONTHS.indexOf(start);
  const table = MONTHS.map((m) => factors[m] ?? 1);
  if (table.every((f) => f === 1)) return () => 1;
  return (day: number) => table[(first + Math.floor(day / (365 / 12))) % 12]!;
}

/** Resolves a pool's outbound work: names to indices, shares to cumulative shares. */
function outboundSpec(
  o: NonNullable<Scenario["pools"][number]["outbound"]>,
  segmentNames: string[],
  channelNames: string[],
  poolNames: string[],
) {
  const entries = Object.entries(o.segments).filter(([, share]) => share > 0);
  return {
    kind: o.kind,
    channel: channelNames.indexOf(o.channel),
    attempt: createSampler(o.attempt),
    answerProbability: o.answerProbability,
    segments: entries.map(([name]) => segmentNames.indexOf(name)),
    cumulativeShares: cumulativeShares(entries.map(([, share]) => share)),
    leadProbability: o.leadProbability,
    leadTo: o.leadTo === undefined ? -1 : poolNames.indexOf(o.leadTo),
    leadChannel: o.leadChannel === undefined ? -1 : channelNames.indexOf(o.leadChannel),
  };
}

/**
 * A roster's staff: agent k of the pool works every stretch of a day where more than k are on
 * duty, so the counts hold at every time of day with as few stretches as possible.
 */
function rosterStaff(
  pool: string,
  r: Extract<Scenario["pools"][number]["staff"], { byInterval: unknown }>,
): StaffSpec[] {
  const steps = (counts: Record<string, number>): [number, number][] =>
    Object.entries(counts)
      .map(([clock, n]): [number, number] => [clockToSeconds(clock), n])
      .sort((a, b) => a[0] - b[0]);
  const byDay = {} as Record<Weekday, [number, number][]>;
  for (const day of WEEKDAYS) byDay[day] = steps(r.byWeekday[day] ?? r.byInterval);
  const most = Math.max(0, ...WEEKDAYS.flatMap((d) => byDay[d].map(([, n]) => n)));
  return Array.from({ length: most }, (_, k) => {
    const roster = {} as Record<Weekday, [number, number][]>;
    for (const day of WEEKDAYS) {
      const stretches: [number, number][] = [];
      const s = byDay[day];
      s.forEach(([start, n], i) => {
        const end = i + 1 < s.length ? s[i + 1]![0] : SECONDS_PER_DAY;
        if (n <= k || end <= start) return;
        const last = stretches[stretches.length - 1];
        if (last !== undefined && last[1] === start) last[1] = end;
        else stretches.push([start, end]);
      });
      roster[day] = stretches;
    }
    return { name: `${pool} ${k + 1}`, role: r.role ?? "", shift: null, roster, hourlyCost: r.hourlyCost ?? 0 };
  });
}

/**
 * Marks the pools whose staff serve clients' contacts (own managers come from these): targets of
 * a routing rule or of the repeat walk-in, except admin pools (duties) and cashier pools.
 */
function markPoolsServingClients(
  pools: PoolSpec[],
  routes: readonly RouteSpec[],
  repeatTo: number,
  segments: readonly SegmentSpec[],
): void {
  const targets = new Set(routes.map((r) => r.pool));
  if (repeatTo >= 0) targets.add(repeatTo);
  const cashiers = new Set(segments.flatMap((g) => (g.deal?.cashier ? [g.deal.cashier.pool] : [])));
  pools.forEach((p, i) => {
    p.servesClients = targets.has(i) && p.duties === null && !cashiers.has(i);
  });
}

/**
 * Per department, the pool that should serve its registered clients who walk into the repeat
 * walk-in's floor: `to` for its owner, else the department's first pool that serves clients;
 * -1 for the department of the walk-in floor's own pool and for departments without such a pool.
 */
function repeatTargets(
  r: NonNullable<Scenario["repeatWalkIn"]>,
  departmentNames: readonly string[],
  poolNames: readonly string[],
  pools: readonly PoolSpec[],
): number[] {
  const at = pools[poolNames.indexOf(r.at)]!;
  return departmentNames.map((name, d) => {
    if (d === at.department) return -1;
    if (name === r.owner) return poolNames.indexOf(r.to);
    return pools.findIndex((p) => p.department === d && p.servesClients);
  });
}
