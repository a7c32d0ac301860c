import { erlangCStaff } from "../analytic/index.js";
import { OUTCOMES, writeTallyValues, type MetricValue } from "../metrics/index.js";
import { secondsToClock, SECONDS_PER_DAY } from "../time/index.js";
import { AGENT_STATE_NAMES, onShiftSeconds, workSeconds } from "./agent.js";
import type { Replication } from "./replication/index.js";
import { FINE_REASONS } from "./replication/repeatWalkIn.js";
import { TASK_KINDS } from "./replication/tallies.js";

/**
 * Everything one replication measured, as a flat record of named values in a fixed order
 * (so the same run always serialises to the same bytes). Keys:
 * - `overall.*`, `channel.<name>.*`, `segment.<name>.*`, `pool.<name>.*`: contact metrics
 *   (see `writeTallyValues`); pools and overall add meanQueueLength, meanBusy, meanStaffed
 *   (time averages over the window) and occupancy (busy time / staffed time);
 * - `agent.<pool>.<name>.*`: served, hoursOnShift, and the share of time on shift idle,
 *   serving, in wrap-up and on a break;
 * - `interval.<HH:MM>.*`: per interval of the day, averaged over observed days;
 * - `window.days`, `window.seconds`: the length of the observation window.
 */
export function replicationValues(rep: Replication): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {};
  const { spec, tallies, pools } = rep;
  const windowSeconds = rep.observed.area;
  out["window.seconds"] = windowSeconds;
  out["window.days"] = windowSeconds / SECONDS_PER_DAY;
  const timeAverage = (area: number): MetricValue => (windowSeconds > 0 ? area / windowSeconds : null);

  writeTallyValues(out, "overall", tallies.overall);
  writeTallyValues(out, "inbound", tallies.inbound);
  const days = windowSeconds / SECONDS_PER_DAY;
  for (const group of ["overall", "inbound"]) {
    for (const key of [
      "arrivals",
      "served",
      "deals",
      "revenue",
      "lostRevenue",
      "lostSales",
      "lostClients",
      "lostContacts",
    ]) {
      const total = out[`${group}.${key}`];
      out[`${group}.${key}PerDay`] = days > 0 && typeof total === "number" ? total / days : null;
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
  out["overall.meanQueueLength"] = timeAverage(queueArea);
  out["overall.meanBusy"] = timeAverage(busyArea);
  out["overall.meanStaffed"] = timeAverage(staffedArea);
  out["overall.occupancy"] = staffedArea > 0 ? busyArea / staffedArea : null;

  spec.channels.forEach((c, i) => writeTallyValues(out, `channel.${c.name}`, tallies.byChannel[i]!));
  spec.segments.forEach((g, i) => {
    writeTallyValues(out, `segment.${g.name}`, tallies.bySegment[i]!);
    if (g.persistent) out[`segment.${g.name}.registeredClients`] = rep.registeredAtEnd[i] ?? 0;
  });
  spec.departments.forEach((d, i) => {
    const prefix = `department.${d.name}`;
    writeTallyValues(out, prefix, tallies.byDepartment[i]!);
    let busy = 0;
    let staffed = 0;
    for (const p of pools) {
      if (p.spec.department !== i) continue;
      busy += p.busy.area;
      staffed += p.staffed.area;
    }
    out[`${prefix}.occupancy`] = staffed > 0 ? busy / staffed : null;
  });
  pools.forEach((p, i) => {
    const prefix = `pool.${p.spec.name}`;
    writeTallyValues(out, prefix, tallies.byPool[i]!);
    out[`${prefix}.meanQueueLength`] = timeAverage(p.queueLength.area);
    out[`${prefix}.meanBusy`] = timeAverage(p.busy.area);
    out[`${prefix}.meanStaffed`] = timeAverage(p.staffed.area);
    out[`${prefix}.occupancy`] = p.staffed.area > 0 ? p.busy.area / p.staffed.area : null;
  });

  rep.agents.forEach((a, i) => {
    const prefix = `agent.${pools[a.poolIndex]!.spec.name}.${a.name}`;
    const seconds = rep.agentSeconds[i]!;
    const onShift = onShiftSeconds(seconds);
    out[`${prefix}.served`] = a.served;
    out[`${prefix}.deals`] = a.deals;
    out[`${prefix}.revenue`] = a.revenue;
    out[`${prefix}.hoursOnShift`] = onShift / 3600;
    out[`${prefix}.wages`] = (onShift / 3600) * a.hourlyCost;
    out[`${prefix}.fines`] = a.fines;
    out[`${prefix}.creditedRevenue`] = a.creditedRevenue;
    out[`${prefix}.creditedDeals`] = a.creditedDeals;
    for (let state = 1; state < AGENT_STATE_NAMES.length; state++) {
      out[`${prefix}.share.${AGENT_STATE_NAMES[state]}`] = onShift > 0 ? seconds[state]! / onShift : null;
    }
  });

  TASK_KINDS.forEach((kind, k) => {
    if (k === 0) return;
    pools.forEach((p, i) => {
      const t = tallies.tasks[k]![i]!;
      if (t.arrivals > 0) writeTallyValues(out, `${kind}.${p.spec.name}`, t);
    });
  });
  for (const o of rep.outboundWork.counts()) {
    out[`outbound.${o.pool}.attempts`] = o.attempts;
    out[`outbound.${o.pool}.conversations`] = o.conversations;
    out[`outbound.${o.pool}.leads`] = o.leads;
    out[`outbound.${o.pool}.answerRate`] = o.attempts > 0 ? o.conversations / o.attempts : null;
  }
  writeRoleValues(out, rep);
  writeMoneyValues(out, rep, days);
  writeFineValues(out, rep, days);
  writePlanValues(out, rep, days);
  writeFlowValues(out, rep, days);
  if (tallies.byPoolInterval.length > 0) {
    const intervalSeconds = spec.calendar.intervalSeconds;
    pools.forEach((p, i) => {
      tallies.byPoolInterval[i]!.forEach((t, k) => {
        if (t.arrivals === 0) return;
        const prefix = `poolInterval.${p.spec.name}.${secondsToClock(k * intervalSeconds)}`;
        writeTallyValues(out, prefix, t);
        const days = rep.observed.areaByInterval[k]! / intervalSeconds;
        out[`${prefix}.arrivalsPerDay`] = days > 0 ? t.arrivals / days : null;
      });
    });
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
    const prefix = `interval.${clock}`;
    const t = tallies.byInterval[k]!;
    out[`${prefix}.arrivalsPerDay`] = t.arrivals / days;
    out[`${prefix}.servedPerDay`] = t.count("served") / days;
    out[`${prefix}.abandonedPerDay`] = t.count("abandoned") / days;
    out[`${prefix}.lostPerDay`] = (t.arrivals - t.count("served") - t.count("unfinished")) / days;
    out[`${prefix}.lostClientsPerDay`] = t.lostClients.reduce((a, b) => a + b, 0) / days;
    out[`${prefix}.dealsPerDay`] = t.deals / days;
    out[`${prefix}.revenuePerDay`] = t.revenue / days;
    out[`${prefix}.lostRevenuePerDay`] = t.lostRevenue.reduce((a, b) => a + b, 0) / days;
    out[`${prefix}.meanWait`] = t.waitCount > 0 ? t.waitSum / t.waitCount : null;
    spec.thresholdsSeconds.forEach((th, j) => {
      out[`${prefix}.slServed.${th}`] = t.count("served") > 0 ? t.servedWithin(j) / t.count("served") : null;
    });
    let q = 0;
    let busy = 0;
    let staffed = 0;
    for (const p of pools) {
      q += p.queueLength.areaByInterval[k]!;
      busy += p.busy.areaByInterval[k]!;
      staffed += p.staffed.areaByInterval[k]!;
      const at = `staffing.${p.spec.name}.${clock}`;
      const present = p.anyoneOnShift.areaByInterval[k]!;
      const over = (area: number) => (present > 0 ? area / present : 0);
      const carried = over(p.busy.areaByInterval[k]!);
      out[`${at}.staffed`] = over(p.staffed.areaByInterval[k]!);
      out[`${at}.busy`] = carried;
      out[`${at}.queue`] = over(p.queueLength.areaByInterval[k]!);
      if (spec.serviceTarget !== null && p.spec.outbound === null) {
        const handle = handleSeconds[p.index]!;
        out[`${at}.needed`] =
          handle > 0 ? erlangCStaff(carried, handle, spec.serviceTarget.withinSeconds, spec.serviceTarget.share) : 0;
      }
    }
    out[`${prefix}.meanQueueLength`] = q / observedSeconds;
    out[`${prefix}.meanBusy`] = busy / observedSeconds;
    out[`${prefix}.meanStaffed`] = staffed / observedSeconds;
  }
  return out;
}

/** Per job title: staff, hours on shift, contacts served, deals, revenue and the share of time serving. */
function writeRoleValues(out: Record<string, MetricValue>, rep: Replication): void {
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
    const prefix = `role.${role}`;
    out[`${prefix}.staff`] = staff;
    out[`${prefix}.hoursOnShift`] = onShift / 3600;
    out[`${prefix}.served`] = served;
    out[`${prefix}.deals`] = deals;
    out[`${prefix}.revenue`] = revenue;
    out[`${prefix}.shareWorking`] = onShift > 0 ? working / onShift : null;
  }
}

/**
 * Money over the window (scenario currency): revenue, gross margin (each segment's revenue times
 * its margin), wages (hours on shift, breaks included, times the hourly cost) per pool and in
 * all, and profit = gross margin - wages; each also per day. Lost revenue is shown beside it,
 * never subtracted a second time.
 */
function writeMoneyValues(out: Record<string, MetricValue>, rep: Replication, days: number): void {
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
    out[`pool.${p.spec.name}.wages`] = poolWages;
    wages += poolWages;
  });
  const revenue = rep.tallies.overall.revenue;
  const perDay = (x: number): MetricValue => (days > 0 ? x / days : null);
  out["money.revenue"] = revenue;
  out["money.grossMargin"] = margin;
  out["money.wages"] = wages;
  out["money.profit"] = margin - wages;
  out["money.revenuePerDay"] = perDay(revenue);
  out["money.grossMarginPerDay"] = perDay(margin);
  out["money.wagesPerDay"] = perDay(wages);
  out["money.profitPerDay"] = perDay(margin - wages);
}

/**
 * Fines over the window, in total, per reason (amount and count) and per department; also per
 * person (`agent.*.fines`). Fines move money from staff to the company and are shown on their
 * own: they are not part of revenue or profit.
 */
function writeFineValues(out: Record<string, MetricValue>, rep: Replication, days: number): void {
  const r = rep.repeat;
  if (r === null) return;
  let total = 0;
  FINE_REASONS.forEach((reason, i) => {
    out[`fines.${reason}`] = r.fines.byReason[i]!;
    out[`fines.count.${reason}`] = r.fines.countByReason[i]!;
    total += r.fines.byReason[i]!;
  });
  out["fines.total"] = total;
  out["fines.totalPerDay"] = days > 0 ? total / days : null;
  rep.spec.departments.forEach((d, i) => (out[`department.${d.name}.fines`] = r.fines.byDepartment[i]!));
  rep.agents.forEach((a) => {
    const prefix = `agent.${rep.pools[a.poolIndex]!.spec.name}.${a.name}.fines`;
    FINE_REASONS.forEach((reason, i) => {
      out[`${prefix}.${reason}`] = r.fines.byAgentReason[a.id * FINE_REASONS.length + i]!;
    });
  });
}

/**
 * Plans and KPIs: per department, revenue and deals credited to its people (by the credit
 * policy) per 30 days, their attainment of the plans, and the weighted score
 * (weights.revenue x revenue attainment + weights.sales x sales attainment); per head or admin,
 * the score weighted over the departments they run (weights normalised to add up to 1).
 */
function writePlanValues(out: Record<string, MetricValue>, rep: Replication, days: number): void {
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
    out[`department.${d.name}.creditedRevenue`] = revenue;
    out[`department.${d.name}.creditedDeals`] = deals;
    const plan = rep.plans.find((p) => p.department === d.name);
    if (plan === undefined || !(months > 0)) return;
    const revenueAttainment = revenue / months / plan.revenuePerMonth;
    const salesAttainment = deals / months / plan.salesPerMonth;
    const s = plan.weights.revenue * revenueAttainment + plan.weights.sales * salesAttainment;
    out[`plan.${d.name}.revenueAttainment`] = revenueAttainment;
    out[`plan.${d.name}.salesAttainment`] = salesAttainment;
    out[`plan.${d.name}.score`] = s;
    score.set(d.name, s);
  });
  for (const h of rep.heads) {
    const entries = Object.entries(h.departments).filter(([d, w]) => w > 0 && score.has(d));
    const total = entries.reduce((a, [, w]) => a + w, 0);
    out[`head.${h.name}.score`] = total > 0 ? entries.reduce((a, [d, w]) => a + (w / total) * score.get(d)!, 0) : null;
  }
}

/** `flow.<channel>.<department or "none">.<outcome>`: contacts per day along each path. */
function writeFlowValues(out: Record<string, MetricValue>, rep: Replication, days: number): void {
  const { spec, tallies } = rep;
  const departments = [...spec.departments.map((d) => d.name), "none"];
  // Tallies.flow is laid out channel by channel, department by department, outcome by outcome.
  let i = 0;
  for (const channel of spec.channels)
    for (const department of departments)
      for (const outcome of OUTCOMES) {
        const count = tallies.flow[i++]!;
        out[`flow.${channel.name}.${department}.${outcome}`] = days > 0 ? count / days : null;
      }
}
