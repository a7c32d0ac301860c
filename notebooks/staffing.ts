/**
 * Notebook 6. How many operators and consultants per half hour meet the targets at the least
 * cost, and what staffing earns the most? Runs the staffing search of `clientflow staff` on the
 * shipped staffing experiments through the engine's public API.
 */
import { optimiseStaffing, runReplication, buildModel, type Evaluate, type StaffingResult } from "../engine/index.js";
import { loadExperiment } from "../engine/node/loadExperiment.js";
import { isQuick, lineChartSvg, markdownTable, outputDir, writeOutputs, type Series } from "./lib/notebook.js";

const quick = isQuick();
const evaluate: Evaluate = async (scenario, seed, replications) => {
  const spec = buildModel(scenario);
  return Array.from({ length: replications }, (_, r) => runReplication(spec, seed, r + 1).values);
};

async function search(file: string): Promise<StaffingResult> {
  const inputs = loadExperiment(file);
  let base = inputs.scenarios[0]!;
  let staffing = inputs.experiment.staffing!;
  if (quick) {
    base = { ...base, calendar: { ...base.calendar, days: 21, warmupDays: 7 } };
    staffing = { ...staffing, replications: 2, checkReplications: 2, maxRounds: 6 };
  }
  return optimiseStaffing(base, staffing, inputs.experiment.seed, evaluate);
}

function rosterTables(r: StaffingResult): string {
  return r.pools
    .map((p) => {
      const rows = p.intervals
        .filter((i) => i.arrivalsPerDay > 0)
        .map((i) => [
          i.interval,
          i.arrivalsPerDay.toFixed(1),
          i.erlangStart,
          i.staff,
          i.staff - i.erlangStart,
          ...Object.values(i.checked).map((v) => (v === null ? "-" : v.toFixed(3))),
          i.meetsTargets ? "yes" : "no",
        ]);
      const metrics = Object.keys(p.intervals.find((i) => Object.keys(i.checked).length > 0)?.checked ?? {});
      return `### ${p.pool}\n\nHandling time ${p.handleSeconds.toFixed(0)} s; ${p.staffHoursPerDay.toFixed(1)} staff hours and ${Math.round(p.wagesPerDay).toLocaleString("en-US")} RUB in wages per open day.\n\n${markdownTable(["interval", "arrivals/day", "Erlang C", "staff", "simulation - Erlang", ...metrics.map((m) => `${m} (re-check)`), "targets met"], rows)}`;
    })
    .join("\n\n");
}

const targets = await search("scenarios/experiments/staffing-targets.json");
const profit = await search("scenarios/experiments/staffing-profit.json");
const moved = (r: StaffingResult) =>
  r.pools.flatMap((p) => p.intervals.filter((i) => i.arrivalsPerDay > 0 && i.staff !== i.erlangStart)).length;
const open = (r: StaffingResult) => r.pools.flatMap((p) => p.intervals.filter((i) => i.arrivalsPerDay > 0)).length;

const readme = `# Staff per half hour: targets and profit

**Question (question 6 of the thread).** How many operators and consultants per hour of the day
meet the service targets at the least cost, and which staffing earns the most?

**Set-up.** The default company; the staffing search of \`clientflow staff\` (method below) on
\`scenarios/experiments/staffing-targets.json\` (80% of calls within 20 s and under 5% abandoned
for the operators; walk-ins waiting under 3 minutes on average for the consultants; all three are
assumptions, common in practice) and \`staffing-profit.json\` (the consultants that earn the most:
gross margin minus wages, from the scenario's assumed margin and hourly costs)${quick ? "; quick setting (three weeks, two replications)" : ""}.

**Method.** ${targets.method}

## Targets

![Staff per half hour](staff.svg)

${rosterTables(targets)}

On seeds used for nothing else (${targets.check.replications} replications), ${targets.check.intervalsMeetingTargets} of ${targets.check.intervals} staffed intervals meet
the targets; the simulation moved ${moved(targets)} of ${open(targets)} intervals away from the Erlang C start: abandonment,
transfers, breaks and the summon rule are what the formula does not see.

## Profit

${rosterTables(profit)}

Profit on the final seeds: ${profit.check.profitPerDay === null ? "-" : Math.round(profit.check.profitPerDay).toLocaleString("en-US")} RUB per day.

## Conclusion

The rosters above are the least staff per half hour that meet the targets (as measured on fresh
seeds), and the consultants' staffing that earns the most under the scenario's assumptions. The
targets themselves, the margin and the wages are assumptions: change them in the experiment
files and run \`clientflow staff\` again.
`;
const hour = (clock: string) => Number(clock.slice(0, 2)) + Number(clock.slice(3)) / 60;
const series: Series[] = targets.pools.flatMap((p) => {
  const open = p.intervals.filter((i) => i.arrivalsPerDay > 0);
  return [
    { name: `${p.pool}: Erlang C`, points: open.map((i) => ({ x: hour(i.interval), y: i.erlangStart })), dashed: true },
    { name: `${p.pool}: simulation`, points: open.map((i) => ({ x: hour(i.interval), y: i.staff })) },
  ];
});
writeOutputs(outputDir("staffing", quick), {
  "README.md": readme,
  "staff.svg": lineChartSvg("Staff per half hour for the targets", "time of day (hours)", "staff", series),
});
