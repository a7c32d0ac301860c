import type { StaffSpec } from "../../model/index.js";
import { clockToSeconds, SECONDS_PER_DAY, toSeconds, WEEKDAYS, type Weekday } from "../../time/index.js";
import type { Scenario } from "../schema/index.js";

type Pool = Scenario["pools"][number];
type Roster = Extract<Pool["staff"], { byInterval: unknown }>;

/** A pool's people: a number of identical agents, named staff with shifts, or a roster. */
export function staffModels(p: Pool): StaffSpec[] {
  if (typeof p.staff === "number") {
    return Array.from({ length: p.staff }, (_, i) => ({
      name: `${p.name} ${i + 1}`,
      role: "",
      shift: null,
      roster: null,
      hourlyCost: 0,
    }));
  }
  if (!Array.isArray(p.staff)) return rosterStaff(p.name, p.staff);
  return p.staff.map((m) => ({
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
}

/**
 * A roster's staff: agent k of the pool works every stretch of a day where more than k are on
 * duty, so the counts hold at every time of day with as few stretches as possible.
 */
function rosterStaff(pool: string, r: Roster): StaffSpec[] {
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
