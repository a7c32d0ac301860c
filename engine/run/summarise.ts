import type { MetricValue } from "../metrics/index.js";
import { boundInterval, metricRange, type MetricSummary } from "../results/index.js";
import { estimateMean } from "../stats/index.js";

/**
 * Merges replications (in the order given) into per-metric columns and summaries: the mean
 * of each replication's own value, with a Student t 95% interval across replications, kept
 * within what the metric can take (see `metricRange`: no negative bound for a count, wait or
 * amount of money, none above 1 for a share; profit unbounded).
 */
export function summarise(replications: readonly Record<string, MetricValue>[]): {
  metrics: Record<string, MetricSummary | null>;
  replicationValues: Record<string, MetricValue[]>;
} {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of replications) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const metrics: Record<string, MetricSummary | null> = {};
  const replicationValues: Record<string, MetricValue[]> = {};
  for (const k of keys) {
    const column = replications.map((r) => r[k] ?? null);
    replicationValues[k] = column;
    const present = column.filter((v): v is number => v !== null);
    if (present.length === 0) {
      metrics[k] = null;
      continue;
    }
    const e = estimateMean(present);
    metrics[k] = { ...e, ci95: boundInterval(e.ci95, metricRange(k)) };
  }
  return { metrics, replicationValues };
}
