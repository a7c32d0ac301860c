import { erlangCStaff } from "../analytic/index.js";
import { OUTCOMES, writeTallyValues, type MetricValue } from "../metrics/index.js";
import { MetricWriter, valueOf, type ReplicationRow } from "../results/index.js";
import { secondsToClock, SECONDS_PER_DAY, WEEKDAYS } from "../time/index.js";
import { AGENT_STATE_NAMES, onShiftSeconds, workSeconds } from "./agent.js";
import type { Replication } from "./replication/index.js";
import { FINE_REASONS } from "./replication/repeatWalkIn.js";
import { TASK_KINDS } from "./replication/tallies.js";

/**
 * Everything one replication measured, as rows of the results table in a fixed order (so the
 * same run always serialises to the same bytes), each named by its columns (engine/results):
 * - scopes `overall`, `inbound`, `channel`, `segment`, `department`, `pool`: contact metrics
 *   (see `writeTallyValues`); pools and overall add meanQueueLength, meanBusy, meanStaffed
 *   (time averages over the window) and occupancy (busy time / staffed time);
 * - `person` (with its pool): served, hoursOnShift, and the share of time on shift by state;
 * - `interval` (with its clock): per interval of the day, averaged over observed days;
 * - `window`: seconds and days, the length of the observation window.
 */
export function replicationValues(rep: Replication): ReplicationRow[] {
  const out = new MetricWriter();
  const { spec, tallies, pools } = rep;
  const windowSeconds = rep.observed.area;
  out.put({ scope: "window" }, "seconds", windowSeconds);
  out.put({ scope: "window" }, "days", windowSeconds / SECONDS_PER_DAY);
  const timeAverage = (area: number): MetricValue => (windowSeconds > 0 ? area / windowSeconds : null);

  writeTallyValues(out, { scope: "overall" }, tallies.overall);
  writeTallyValues(out, { scope: "inbound" }, tallies.inbound);
  const days = windowSeconds / SECONDS_PER_DAY;
  for (const scope of ["overall", "inbound"] as const) {
    for (const [key, perDay] of [
      ["arrivals", "arrivalsPerDay"],
      ["served", "servedPerDay"],
      ["deals", "dealsPerDay"],
      ["revenue", "revenuePerDay"],
      ["lostRevenue", "lostRevenuePerDay"],
      ["lostSales", "lostSalesPerDay"],
      ["lostClients", "lostClientsPerDay"],
      ["lostContacts", "lostContactsPerDay"],
    ] as const) {
      const total = valueOf(out.rows, { scope, measure: key });
      out.put({ scope }, perDay, days > 0 && typeof total === "number" ? total / days : null);
    }
  }
  let queueArea = 0;
  let busyArea = 0;
  let staffedArea = 0;
  for (const p of pools) {
    queueArea += p.queueLength.area;
    busyArea += p.busy.area;
    staffedArea += p.staffed.area;
  }
  const overall = { scope: "overall" } as const;
  out.put(overall, "meanQueueLength", timeAverage(queueArea));
  out.put(overall, "meanBusy", timeAverage(busyArea));
  out.put(overall, "meanStaffed", timeAverage(staffedArea));
  out.put(overall, "occupancy", staffedArea > 0 ? busyArea / staffedArea : null);

  spec.channels.forEach((c, i) => writeTallyValues(out, { scope: "channel", subject: c.name }, tallies.byChannel[i]!));
  spec.segments.forEach((g, i) => {
    const segment = { scope: "segment", subject: g.name } as const;
    writeTallyValues(out, segment, tallies.bySegment[i]!);
    if (g.persistent) out.put(segment, "registeredClients", rep.registeredAtEnd[i] ?? 0);
  });
  spec.departments.forEach((d, i) => {
    const prefix = { scope: "department", subject: d.name } as const;
    writeTallyValues(out, prefix, tallies.byDepartment[i]!);
    let busy = 0;
    let staffed = 0;
    for (const p of pools) {
      if (p.spec.department !== i) continue;
      busy += p.busy.area;
      staffed += p.staffed.area;
    }
    out.put(prefix, "occupancy", staffed > 0 ? busy / staffed : null);
  });
  pools.forEach((p, i) => {
    const prefix = { scope: "pool", subject: p.spec.name } as const;
    writeTallyValues(out, prefix, tallies.byPool[i]!);
    out.put(prefix, "meanQueueLength", timeAverage(p.queueLength.area));
    out.put(prefix, "meanBusy", timeAverage(p.busy.area));
    out.put(prefix, "meanStaffed", timeAverage(p.staffed.area));
    out.put(prefix, "occupancy", p.staffed.area > 0 ? p.busy.area / p.staffed.area : null);
  });

  rep.agents.forEach((a, i) => {
    const prefix = { scope: "person", subject: a.name, pool: pools[a.poolIndex]!.spec.name } as const;
    const seconds = rep.agentSeconds[i]!;
    const onShift = onShiftSeconds(seconds);
    out.put(prefix, "served", a.served);
    out.put(prefix, "deals", a.deals);
    out.put(prefix, "revenue", a.revenue);
    out.put(prefix, "hoursOnShift", onShift / 3600);
    out.put(prefix, "wages", (onShift / 3600) * a.hourlyCost);
    out.put(prefix, "fines", a.fines);
    out.put(prefix, "creditedRevenue", a.creditedRevenue);
    out.put(prefix, "creditedDeals", a.creditedDeals);
    for (let state = 1; state < AGENT_STATE_NAMES.length; state++) {
      out.put(prefix, "share", onShift > 0 ? seconds[state]! / onShift : null, {
        kind: "state",
        value: AGENT_STATE_NAMES[state]!,
      });
    }
  });

  TASK_KINDS.forEach((kind, k) => {
    if (k === 0) return;
    pools.forEach((p, i) => {
      const t = tallies.tasks[k]![i]!;
      if (t.arrivals > 0) writeTallyValues(out, { scope: kind as Exclude<typeof kind, "">, subject: p.spec.name }, t);
    });
  });
  for (const o of rep.outboundWork.counts()) {
    const outbound = { scope: "outbound", subject: o.pool } as const;
    out.put(outbound, "attempts", o.attempts);
    out.put(outbound, "conversations", o.conversations);
    out.put(outbound, "leads", o.leads);
    out.put(outbound, "answerRate", o.attempts > 0 ? o.conversations / o.attempts : null);
  }
  writeRoleValues(out, rep);
  writeMoneyValues(out, rep, days);
  writeOvertimeValues(out, rep, days);
  writeFineValues(out, rep, days);
  writePlanValues(out, rep, days);
  writeFlowValues(out, rep, days);
  if (tallies.byPoolInterval.length > 0) {
    const intervalSeconds = spec.calendar.intervalSeconds;
    pools.forEach((p, i) => {
      tallies.byPoolInterval[i]!.forEach((t, k) => {
        if (t.arrivals === 0) return;
        const prefix = {
          scope: "poolInterval",
          pool: p.spec.name,
          clock: secondsToClock(k * intervalSeconds),
        } as const;
        writeTallyValues(out, prefix, t);
        const days = rep.observed.areaByInterval[k]! / intervalSeconds;
        out.put(prefix, "arrivalsPerDay", days > 0 ? t.arrivals / days : null);
      });
    });
    writePoolWeekdayValues(out, rep);
  }

  const slots = spec.calendar.intervalsPerDay;
  const intervalSeconds = spec.calendar.intervalSeconds;
  // Busy seconds per contact served in each pool: the handling time of the "needed" staff
  // (not given for pools with outbound work, whose busy time is mostly their own calls).
  const handleSeconds = pools.map((p, i) => {
    const served = tallies.byPool[i]!.count("served");
    return served > 0 ? p.busy.area / served : 0;
  });
  for (let k = 0; k < slots; k++) {
    const observedSeconds = rep.observed.areaByInterval[k]!;
    if (observedSeconds === 0) continue;
    const days = observedSeconds / intervalSeconds;
    const clock = secondsToClock(k * intervalSeconds);
    const prefix = { scope: "interval", clock } as const;
    const t = tallies.byInterval[k]!;
    out.put(prefix, "arrivalsPerDay", t.arrivals / days);
    out.put(prefix, "servedPerDay", t.count("served") / days);
    out.put(prefix, "abandonedPerDay", t.count("abandoned") / days);
    out.put(prefix, "lostPerDay", (t.arrivals - t.count("served") - t.count("unfinished")) / days);
    out.put(prefix, "lostClientsPerDay", t.lostClients.reduce((a, b) => a + b, 0) / days);
    out.put(prefix, "dealsPerDay", t.deals / days);
    out.put(prefix, "revenuePerDay", t.revenue / days);
    out.put(prefix, "lostRevenuePerDay", t.lostRevenue.reduce((a, b) => a + b, 0) / days);
    out.put(prefix, "meanWait", t.waitCount > 0 ? t.waitSum / t.waitCount : null);
    spec.thresholdsSeconds.forEach((th, j) => {
      out.put(prefix, "slServed", t.count("served") > 0 ? t.servedWithin(j) / t.count("served") : null, {
        kind: "threshold",
        value: th,
      });
    });
    let q = 0;
    let busy = 0;
    let staffed = 0;
    for (const p of pools) {
      q += p.queueLength.areaByInterval[k]!;
      busy += p.busy.areaByInterval[k]!;
      staffed += p.staffed.areaByInterval[k]!;
      const at = { scope: "staffing", pool: p.spec.name, clock } as const;
      const present = p.anyoneOnShift.areaByInterval[k]!;
      const over = (area: number) => (present > 0 ? area / present : 0);
      const carried = over(p.busy.areaByInterval[k]!);
      out.put(at, "staffed", over(p.staffed.areaByInterval[k]!));
      out.put(at, "busy", carried);
      out.put(at, "queue", over(p.queueLength.areaByInterval[k]!));
      if (spec.serviceTarget !== null && p.spec.outbound === null) {
        const handle = handleSeconds[p.index]!;
        out.put(
          at,
          "needed",
          handle > 0 ? erlangCStaff(carried, handle, spec.serviceTarget.withinSeconds, spec.serviceTarget.share) : 0,
        );
      }
    }
    out.put(prefix, "meanQueueLength", q / observedSeconds);
    out.put(prefix, "meanBusy", busy / observedSeconds);
    out.put(prefix, "meanStaffed", staffed / observedSeconds);
  }
  return out.rows;
}

/** Per job title: staff, hours on shift, contacts served, deals, revenue and the share of time serving. */
function writeRoleValues(out: MetricWriter, rep: Replication): void {
  const roles = [...new Set(rep.agents.map((a) => a.role).filter((r) => r !== ""))];
  for (const role of roles) {
    let onShift = 0;
    let working = 0;
    let served = 0;
    let deals = 0;
    let revenue = 0;
    let staff = 0;
    rep.agents.forEach((a, i) => {
      if (a.role !== role) return;
      const seconds = rep.agentSeconds[i]!;
      staff++;
      onShift += onShiftSeconds(seconds);
      working += workSeconds(seconds);
      served += a.served;
      deals += a.deals;
      revenue += a.revenue;
    });
    const prefix = { scope: "role", subject: role } as const;
    out.put(prefix, "staff", staff);
    out.put(prefix, "hoursOnShift", onShift / 3600);
    out.put(prefix, "served", served);
    out.put(prefix, "deals", deals);
    out.put(prefix, "revenue", revenue);
    out.put(prefix, "shareWorking", onShift > 0 ? working / onShift : null);
  }
}

/**
 * Money over the window (scenario currency): revenue, gross margin (each segment's revenue times
 * its margin), wages (hours on shift, breaks included, times the hourly cost) per pool and in
 * all, and profit = gross margin - wages; each also per day. Lost revenue is shown beside it,
 * never subtracted a second time.
 */
function writeMoneyValues(out: MetricWriter, rep: Replication, days: number): void {
  let margin = 0;
  rep.spec.segments.forEach((g, i) => {
    if (g.deal !== null) margin += g.deal.margin * rep.tallies.bySegment[i]!.revenue;
  });
  let wages = 0;
  rep.pools.forEach((p) => {
    let poolWages = 0;
    for (const a of p.agents) {
      const seconds = rep.agentSeconds[a.id]!;
      const onShift = onShiftSeconds(seconds);
      poolWages += (onShift / 3600) * a.hourlyCost;
    }
    out.put({ scope: "pool", subject: p.spec.name }, "wages", poolWages);
    wages += poolWages;
  });
  const revenue = rep.tallies.overall.revenue;
  const perDay = (x: number): MetricValue => (days > 0 ? x / days : null);
  const money = { scope: "money" } as const;
  out.put(money, "revenue", revenue);
  out.put(money, "grossMargin", margin);
  out.put(money, "wages", wages);
  out.put(money, "profit", margin - wages);
  out.put(money, "revenuePerDay", perDay(revenue));
  out.put(money, "grossMarginPerDay", perDay(margin));
  out.put(money, "wagesPerDay", perDay(wages));
  out.put(money, "profitPerDay", perDay(margin - wages));
}

/**
 * Each pool per weekday and interval of the day (for `clientflow staff`): rows of scope
 * `poolInterval` whose subject is the weekday ("mon"), with arrivals per observed day of that
 * weekday.
 */
function writePoolWeekdayValues(out: MetricWriter, rep: Replication): void {
  const { spec, tallies } = rep;
  const intervalSeconds = spec.calendar.intervalSeconds;
  const daysOf = WEEKDAYS.map(() => 0);
  const first = Math.floor(rep.windowStart / SECONDS_PER_DAY);
  const end = Math.min(rep.windowEnd, rep.sim.now);
  for (let day = first; day * SECONDS_PER_DAY < end; day++) {
    const w = WEEKDAYS.indexOf(spec.calendar.weekdayOfDay(day));
    daysOf[w] = daysOf[w]! + 1;
  }
  rep.pools.forEach((p, i) => {
    tallies.byPoolWeekdayInterval[i]!.forEach((byInterval, w) => {
      byInterval.forEach((t, k) => {
        if (t.arrivals === 0) return;
        const prefix = {
          scope: "poolInterval",
          pool: p.spec.name,
          subject: WEEKDAYS[w]!,
          clock: secondsToClock(k * intervalSeconds),
        } as const;
        writeTallyValues(out, prefix, t);
        out.put(prefix, "arrivalsPerDay", daysOf[w]! > 0 ? t.arrivals / daysOf[w]! : null);
      });
    });
  });
}

/**
 * Overtime over the window, per pool and in all: hours worked after a shift (or closing) ended
 * while finishing or still serving clients, and their pay (hours x hourly cost x the overtime
 * factor); each also per day. Wages already count these hours at the plain rate.
 */
function writeOvertimeValues(out: MetricWriter, rep: Replication, days: number): void {
  const perDay = (x: number): MetricValue => (days > 0 ? x / days : null);
  let hours = 0;
  let cost = 0;
  rep.pools.forEach((p) => {
    let poolHours = 0;
    let poolCost = 0;
    for (const a of p.agents) {
      const h = (rep.agentOvertimeSeconds[a.id] ?? 0) / 3600;
      poolHours += h;
      poolCost += h * a.hourlyCost * rep.spec.overtimeFactor;
    }
    const pool = { scope: "pool", subject: p.spec.name } as const;
    out.put(pool, "overtimeHours", poolHours);
    out.put(pool, "overtimeCost", poolCost);
    out.put(pool, "overtimeHoursPerDay", perDay(poolHours));
    out.put(pool, "overtimeCostPerDay", perDay(poolCost));
    hours += poolHours;
    cost += poolCost;
  });
  const money = { scope: "money" } as const;
  out.put(money, "overtimeHours", hours);
  out.put(money, "overtimeCost", cost);
  out.put(money, "overtimeHoursPerDay", perDay(hours));
  out.put(money, "overtimeCostPerDay", perDay(cost));
}

/**
 * Fines over the window, in total, per reason (amount and count) and per department; also per
 * person (`agent.*.fines`). Fines move money from staff to the company and are shown on their
 * own: they are not part of revenue or profit.
 */
function writeFineValues(out: MetricWriter, rep: Replication, days: number): void {
  const r = rep.repeat;
  if (r === null) return;
  let total = 0;
  const fines = { scope: "fines" } as const;
  FINE_REASONS.forEach((reason, i) => {
    out.put(fines, "fines", r.fines.byReason[i]!, { kind: "reason", value: reason });
    out.put(fines, "fineCount", r.fines.countByReason[i]!, { kind: "reason", value: reason });
    total += r.fines.byReason[i]!;
  });
  out.put(fines, "fines", total);
  out.put(fines, "finesPerDay", days > 0 ? total / days : null);
  rep.spec.departments.forEach((d, i) =>
    out.put({ scope: "department", subject: d.name }, "fines", r.fines.byDepartment[i]!),
  );
  rep.agents.forEach((a) => {
    const prefix = { scope: "person", subject: a.name, pool: rep.pools[a.poolIndex]!.spec.name } as const;
    FINE_REASONS.forEach((reason, i) => {
      out.put(prefix, "fines", r.fines.byAgentReason[a.id * FINE_REASONS.length + i]!, {
        kind: "reason",
        value: reason,
      });
    });
  });
}

/**
 * Plans and KPIs: per department, revenue and deals credited to its people (by the credit
 * policy) per 30 days, their attainment of the plans, and the weighted score
 * (weights.revenue x revenue attainment + weights.sales x sales attainment); per head or admin,
 * the score weighted over the departments they run (weights normalised to add up to 1).
 */
function writePlanValues(out: MetricWriter, rep: Replication, days: number): void {
  const spec = rep.spec;
  const months = days / 30;
  const score = new Map<string, number>();
  spec.departments.forEach((d, i) => {
    let revenue = 0;
    let deals = 0;
    for (const a of rep.agents) {
      if (spec.pools[a.poolIndex]!.department !== i) continue;
      revenue += a.creditedRevenue;
      deals += a.creditedDeals;
    }
    const department = { scope: "department", subject: d.name } as const;
    out.put(department, "creditedRevenue", revenue);
    out.put(department, "creditedDeals", deals);
    const plan = rep.plans.find((p) => p.department === d.name);
    if (plan === undefined || !(months > 0)) return;
    const revenueAttainment = revenue / months / plan.revenuePerMonth;
    const salesAttainment = deals / months / plan.salesPerMonth;
    const s = plan.weights.revenue * revenueAttainment + plan.weights.sales * salesAttainment;
    const planOf = { scope: "plan", subject: d.name } as const;
    out.put(planOf, "revenueAttainment", revenueAttainment);
    out.put(planOf, "salesAttainment", salesAttainment);
    out.put(planOf, "score", s);
    score.set(d.name, s);
  });
  for (const h of rep.heads) {
    const entries = Object.entries(h.departments).filter(([d, w]) => w > 0 && score.has(d));
    const total = entries.reduce((a, [, w]) => a + w, 0);
    out.put(
      { scope: "head", subject: h.name },
      "score",
      total > 0 ? entries.reduce((a, [d, w]) => a + (w / total) * score.get(d)!, 0) : null,
    );
  }
}

/** `flow` rows: contacts per day along each path, from a channel to a department (null: none) by outcome. */
function writeFlowValues(out: MetricWriter, rep: Replication, days: number): void {
  const { spec, tallies } = rep;
  const departments = [...spec.departments.map((d) => d.name), null];
  // Tallies.flow is laid out channel by channel, department by department, outcome by outcome.
  let i = 0;
  for (const channel of spec.channels)
    for (const department of departments)
      for (const outcome of OUTCOMES) {
        const count = tallies.flow[i++]!;
        out.put(
          { scope: "flow", subject: department, channel: channel.name },
          "contactsPerDay",
          days > 0 ? count / days : null,
          {
            kind: "outcome",
            value: outcome,
          },
        );
      }
}
