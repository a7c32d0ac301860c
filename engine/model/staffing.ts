import { PRIORITY } from "../core/index.js";
import { SECONDS_PER_DAY } from "../time/index.js";
import { AGENT_STATE, type Agent } from "./agent.js";
import type { ReplicationState, StaffRoom } from "./replication/ports.js";

/**
 * Puts staff on and off shift. Staff without a shift of their own work the opening hours
 * (always, in an always-open calendar); named shifts and breaks, and the stretches of a roster,
 * are scheduled day by day by one event at each midnight, so the event list holds at most a day
 * of staffing at a time.
 */
export function scheduleStaffing(
  rep: ReplicationState & { readonly staff: Pick<StaffRoom, "agentAvailable" | "shiftEnds" | "breakDue" | "closing"> },
): void {
  const { spec, sim, agents } = rep;
  const staffOf = (a: Agent) => spec.pools[a.poolIndex]!.staff[a.indexInPool]!;
  const ownHours = (a: Agent) => staffOf(a).shift !== null || staffOf(a).roster !== null;
  if (spec.alwaysOpen) {
    for (const a of agents) if (!ownHours(a)) rep.staff.agentAvailable(a);
  }
  const daily = !spec.alwaysOpen || agents.some(ownHours);
  if (!daily) return;
  const onShiftStart = (a: Agent): void => {
    if (a.leaving) {
      a.leaving = false;
      a.endOvertime(sim.now);
    } else if (a.state === AGENT_STATE.offShift) rep.staff.agentAvailable(a);
  };
  const onShiftEnd = (a: Agent): void => rep.staff.shiftEnds(a, a.breakEvent);
  const onBreak = ([a, seconds]: [Agent, number]): void => rep.staff.breakDue(a, seconds);
  const onClosing = (): void => rep.staff.closing();
  const onDay = (day: number): void => {
    const base = day * SECONDS_PER_DAY;
    const hours = spec.calendar.hoursOfDay(day);
    const weekday = spec.calendar.weekdayOfDay(day);
    for (const a of agents) {
      const roster = staffOf(a).roster;
      if (roster !== null) {
        for (const [start, end] of roster[weekday]) {
          sim.at(base + start, PRIORITY.staffing, onShiftStart, a);
          sim.at(base + end, PRIORITY.staffing, onShiftEnd, a);
        }
        continue;
      }
      const shift = staffOf(a).shift;
      if (shift === null) {
        if (spec.alwaysOpen || hours === null) continue;
        sim.at(base + hours.openSeconds, PRIORITY.staffing, onShiftStart, a);
        sim.at(base + hours.closeSeconds, PRIORITY.staffing, onShiftEnd, a);
        continue;
      }
      const works = shift.weekdays === null ? hours !== null : shift.weekdays.has(weekday);
      if (!works) continue;
      sim.at(base + shift.startSeconds, PRIORITY.staffing, onShiftStart, a);
      for (const b of shift.breaks) sim.at(base + b.startSeconds, PRIORITY.staffing, onBreak, [a, b.durationSeconds]);
      sim.at(base + shift.endSeconds, PRIORITY.staffing, onShiftEnd, a);
    }
    if (hours !== null && !spec.alwaysOpen) sim.at(base + hours.closeSeconds, PRIORITY.calendar, onClosing, null);
    if (spec.days === null || day + 1 < spec.days) sim.at(base + SECONDS_PER_DAY, PRIORITY.staffing, onDay, day + 1);
  };
  sim.at(0, PRIORITY.staffing, onDay, 0);
}
