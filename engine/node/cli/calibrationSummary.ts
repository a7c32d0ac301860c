import { describeFit, round4, type CalibrationReport } from "../../calibration/index.js";

const count = (n: number) => n.toLocaleString("en-US");
const span = (i: [number, number]) => `[${round4(i[0])}, ${round4(i[1])}]`;
const label = (channel: string, segment: string | null) => `${channel} / ${segment ?? "all segments"}`;

/** The terminal summary of a calibration: sources and rows left out, then every estimate in a line or two. */
export function calibrationSummary(report: CalibrationReport, outputs: readonly string[]): string {
  const level = `${round4(report.confidence * 100)}%`;
  const lines: string[] = [];
  for (const s of report.sources) {
    const left = s.rowsRead - s.rowsUsed;
    lines.push(
      `${s.file}: ${count(s.rowsRead)} rows, ${count(s.rowsUsed)} used, ${count(left)} left out; ${s.firstDay} to ${s.lastDay}`,
    );
    for (const [reason, b] of Object.entries(s.badRows).sort((a, c) => c[1].count - a[1].count)) {
      lines.push(
        `  ${count(b.count)} ${reason} (row${b.rows.length > 1 ? "s" : ""} ${b.rows.join(", ")}${b.count > b.rows.length ? ", ..." : ""})`,
      );
    }
  }
  lines.push("", `Arrivals per day by weekday (${level} exact Poisson intervals; per half hour in the report):`);
  for (const a of report.arrivals) {
    lines.push(
      `  ${label(a.channel, a.segment)}: ${a.perDay.map((d) => `${d.weekday} ${round4(d.perDay)} ${span(d.interval)}`).join(", ")}`,
    );
  }
  lines.push(
    "",
    `Service times, talk time of answered calls (maximum likelihood, smallest BIC chosen; ${level} intervals):`,
  );
  for (const e of report.serviceTimes) {
    const [best, next] = e.fit.fits;
    const runnerUp = next === undefined ? "" : `; next ${next.kind} BIC +${round4(next.bic - best!.bic)}`;
    lines.push(
      `  ${label(e.channel, e.segment)}: n ${count(e.fit.n)}, ${describeFit(best!)} s; KS ${round4(best!.ks)} (5% reference ${round4(e.fit.ksCritical95)})${runnerUp}`,
    );
  }
  lines.push("", `Patience (exponential MLE, answered calls censored; ${level} intervals):`);
  for (const p of report.patience) {
    const x = p.exponential;
    const mean =
      x.mean === null || x.interval === null ? "no abandoned call" : `mean ${round4(x.mean)} s ${span(x.interval)}`;
    const median = p.kaplanMeier.median === null ? "not reached" : `${round4(p.kaplanMeier.median)} s`;
    lines.push(
      `  ${label(p.channel, p.segment)}: ${count(x.abandoned)} abandoned, ${count(x.answered)} answered; ${mean}; Kaplan-Meier median ${median}`,
    );
  }
  if (report.deals.length > 0) lines.push("", `Deals per segment (${level} intervals):`);
  for (const d of report.deals) {
    const chance =
      d.probability === null
        ? "chance unknown (sales only)"
        : `chance ${round4(d.probability.value)} ${span(d.probability.interval)}`;
    const value = d.value === null ? "too few deals to fit a value" : `value ${describeFit(d.value.fits[0]!)}`;
    lines.push(`  ${d.segment}: ${count(d.deals)} deals in ${count(d.visits)} visits; ${chance}; ${value}`);
  }
  lines.push("", `Wrote ${outputs.join(" and ")}: ${report.written.length} changes, each with a note.`);
  if (report.notWritten.length > 0) lines.push("Not written:", ...report.notWritten.map((w) => `  ${w}`));
  return `${lines.join("\n")}\n`;
}
