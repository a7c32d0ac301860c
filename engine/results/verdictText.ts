import { formatValue, formatWithInterval } from "./formatByUnit.js";
import { MEASURES } from "./measures.js";
import type { MetricColumns } from "./metricRow.js";
import type { Ranking, SetUpPair } from "./ranking.js";
import { rowLabel, type LabelLanguage } from "./rowLabel.js";
import { rowId } from "./metricRow.js";
import { NameLabels } from "./nameLabels.js";
import { pluralCount } from "./pluralCount.js";

/** What the verdict reads of an experiment's results (a results file of kind "experiment"). */
export interface VerdictInput {
  setUps: readonly { name: string; scenario: { currency?: string | undefined; definition?: unknown } }[];
  ranking?: Ranking | undefined;
  pairs?: readonly SetUpPair[] | undefined;
  sensitivity?: readonly SensitivityVerdictInput[] | undefined;
}

/** What the verdict reads of a sensitivity case. */
interface SensitivityVerdictInput {
  name: string;
  sameBest: boolean;
  sameOrder: boolean;
  ranking: { entries: readonly { setUp: string; tiedWithBest: boolean }[] };
}

type Diff = { mean: number; ci95: [number, number]; significant: boolean };

const WORDS = {
  en: {
    best: (name: string, label: string, value: string) => `The best set-up is "${name}": ${label} ${value}`,
    ahead: (by: string, next: string) => `, ${by} more than "${next}", the next (paired 95% interval).`,
    aheadLower: (by: string, next: string) => `, ${by} less than "${next}", the next (paired 95% interval).`,
    tie: (names: string, label: string) =>
      `It cannot be told apart from ${names} on ${label} with these replications (the paired interval includes zero); more replications or other figures decide.`,
    alone: ".",
    costs: (against: string, list: string) => `Against "${against}" it also changes ${list}.`,
    noCosts: (against: string) => `Against "${against}" no other figure shown differs significantly.`,
    keeps: (list: string) => `It keeps ${list}.`,
    breaks: (name: string, list: string) => `"${name}" breaks ${list} and is ranked after every set-up that keeps it.`,
    worse: (name: string, by: string) => `"${name}" is worse than "${by}" on every figure shown.`,
    dominated: (name: string, by: string, label: string, better: string) =>
      `"${name}" is first on ${label} by its mean only: "${by}" cannot be told apart from it there, is better on ${better} and worse on no figure shown (paired 95% intervals), so "${by}" is at least as good a choice.`,
    atMost: (label: string, v: string) => `${label} at most ${v}`,
    atLeast: (label: string, v: string) => `${label} at least ${v}`,
    and: " and ",
    more: (n: number) => `${n} more`,
    holds: (cases: string) => `The ranking holds in every sensitivity run (${cases}).`,
    bestHolds: (cases: string) => `The best stays first in every sensitivity run (${cases})`,
    orderChanges: (cases: string) => `; the order behind it changes in ${cases}.`,
    flips: (name: string, first: string) => `In the sensitivity run ${name}, "${first}" ranks first instead`,
    flipsTied: " (the two cannot be told apart there).",
    flipsClear: ".",
  },
  ru: {
    best: (name: string, label: string, value: string) => `Лучший вариант — «${name}»: ${lowerFirst(label)} ${value}`,
    ahead: (by: string, next: string) => `, на ${by} больше, чем у следующего, «${next}» (парный 95% интервал).`,
    aheadLower: (by: string, next: string) => `, на ${by} меньше, чем у следующего, «${next}» (парный 95% интервал).`,
    tie: (names: string, label: string) =>
      `По показателю «${label}» его нельзя отличить от ${names} при этом числе прогонов (парный интервал включает ноль); решат больше прогонов или другие показатели.`,
    alone: ".",
    costs: (against: string, list: string) => `По сравнению с «${against}» он также меняет: ${list}.`,
    noCosts: (against: string) => `По сравнению с «${against}» другие показанные показатели значимо не отличаются.`,
    keeps: (list: string) => `Ограничения выполнены: ${list}.`,
    breaks: (name: string, list: string) =>
      `«${name}» нарушает ограничение (${list}) и стоит после всех, кто его выполняет.`,
    worse: (name: string, by: string) => `«${name}» хуже, чем «${by}», по всем показанным показателям.`,
    dominated: (name: string, by: string, label: string, better: string) =>
      `«${name}» первый по показателю «${label}» лишь по среднему: «${by}» там от него неотличим, лучше по ${better} и ни по одному показанному не хуже (парные 95% интервалы), так что «${by}» — выбор не хуже.`,
    atMost: (label: string, v: string) => `${label} не больше ${v}`,
    atLeast: (label: string, v: string) => `${label} не меньше ${v}`,
    and: " и ",
    more: (n: number) =>
      // Genitive: the tie sentence reads «нельзя отличить от «a», «b» и ещё 2 вариантов».
      `и ещё ${pluralCount("ru", n, "one {# варианта} other {# вариантов}")}`,
    holds: (cases: string) => `Во всех проверках чувствительности (${cases}) порядок вариантов сохраняется.`,
    bestHolds: (cases: string) => `Во всех проверках чувствительности (${cases}) лучший вариант остаётся первым`,
    orderChanges: (cases: string) => `; порядок остальных меняется в проверке ${cases}.`,
    flips: (name: string, first: string) => `В проверке чувствительности ${name} первым становится «${first}»`,
    flipsTied: " (там их нельзя различить).",
    flipsClear: ".",
  },
} as const;

/**
 * The experiment's answer in a paragraph an owner can read aloud, in English or Russian, written
 * from the ranking: the best set-up and by how much (paired interval) it leads the next, or that
 * it cannot be told apart; what it changes on the other figures shown against the base (or,
 * when the base is best, against the next); the constraints it keeps, the set-ups that break
 * them, and set-ups worse on every figure. Null for a file without a ranking.
 */
export function verdictText(results: VerdictInput, lang: LabelLanguage): string | null {
  const ranking = results.ranking;
  if (ranking === undefined) return null;
  const w = WORDS[lang];
  const currency = results.setUps[0]!.scenario.currency ?? "RUB";
  const names = NameLabels.of(results.setUps[0]!.scenario.definition);
  const objective = ranking.objective as MetricColumns & { direction: "higher" | "lower" };
  const unit = MEASURES[objective.measure].unit;
  const label = rowLabel(objective, lang, names);
  const value = (x: number) => formatValue(x, unit, lang, currency);
  const [first, second] = ranking.entries;
  const parts: string[] = [];
  let head = w.best(first!.setUp, label, first!.objective === null ? "—" : value(first!.objective));
  const gap = second?.behindPrevious as Diff | null | undefined;
  if (second !== undefined && gap && gap.significant) {
    const sign = objective.direction === "higher" ? 1 : -1;
    const say = objective.direction === "higher" ? w.ahead : w.aheadLower;
    const ci: [number, number] = sign > 0 ? gap.ci95 : [-gap.ci95[1], -gap.ci95[0]];
    head += say(formatWithInterval(Math.abs(gap.mean), ci, unit, lang, currency, false), second.setUp);
  } else head += w.alone;
  parts.push(head);
  const ties = ranking.entries.slice(1).filter((e) => e.tiedWithBest && e.breaks.length === 0);
  if (ties.length > 0) {
    const named = ties
      .slice(0, 3)
      .map((e) => quote(e.setUp, lang))
      .join(", ");
    // "«a», «b», «c» и ещё 4 варианта" in Russian; '"a", "b", "c", 4 more' in English.
    const more = ties.length > 3 ? `${lang === "ru" ? " " : ", "}${w.more(ties.length - 3)}` : "";
    parts.push(w.tie(named + more, label));
  }
  // The first by the objective's mean may be dominated: another set-up as good on it (a tie) and
  // better on some other figure shown, worse on none. The ranking table marks it; so does the verdict.
  if (first!.dominatedBy !== null) {
    const better = betterFigures(results, first!.dominatedBy, first!.setUp, lang);
    if (better.length > 0) {
      const named =
        lang === "ru"
          ? `${better.length === 1 ? "показателю" : "показателям"} ${better.map((b) => `«${b}»`).join(w.and)}`
          : better.join(w.and);
      parts.push(w.dominated(first!.setUp, first!.dominatedBy, label, named));
    }
  }
  const against = first!.setUp === results.setUps[0]!.name ? second?.setUp : results.setUps[0]!.name;
  if (against !== undefined) parts.push(changes(results, first!.setUp, against, objective, lang, currency));
  const constraints = ranking.constraints.map((c) => {
    const cl = rowLabel(c as MetricColumns, lang, names);
    const u = MEASURES[(c as MetricColumns).measure].unit;
    const bounds = [
      c.atMost === null ? null : w.atMost(cl, formatValue(c.atMost, u, lang, currency)),
      c.atLeast === null ? null : w.atLeast(cl, formatValue(c.atLeast, u, lang, currency)),
    ].filter((b): b is string => b !== null);
    return bounds.join(w.and);
  });
  if (constraints.length > 0 && first!.breaks.length === 0) parts.push(w.keeps(constraints.join(w.and)));
  for (const e of ranking.entries) {
    if (e.breaks.length > 0) parts.push(w.breaks(e.setUp, e.breaks.map((i) => constraints[i]!).join(w.and)));
  }
  for (const e of ranking.entries)
    if (e.worseOnEveryFigureThan !== null) parts.push(w.worse(e.setUp, e.worseOnEveryFigureThan));
  parts.push(...sensitivitySentences(results.sensitivity ?? [], first!.setUp, lang));
  return parts.join(" ");
}

/**
 * Whether the sensitivity runs keep the ranking: one sentence when every case keeps the best
 * first (saying where the order behind it changes), else one per case that puts another first,
 * saying when the two cannot be told apart there.
 */
function sensitivitySentences(cases: readonly SensitivityVerdictInput[], best: string, lang: LabelLanguage): string[] {
  if (cases.length === 0) return [];
  const w = WORDS[lang];
  const list = (cs: readonly SensitivityVerdictInput[]) => cs.map((c) => quote(c.name, lang)).join(", ");
  const flipped = cases.filter((c) => !c.sameBest);
  if (flipped.length === 0) {
    const moved = cases.filter((c) => !c.sameOrder);
    return [moved.length === 0 ? w.holds(list(cases)) : `${w.bestHolds(list(cases))}${w.orderChanges(list(moved))}`];
  }
  return flipped.map((c) => {
    const mine = c.ranking.entries.find((e) => e.setUp === best);
    const tied = mine !== undefined && mine.tiedWithBest;
    return `${w.flips(quote(c.name, lang), c.ranking.entries[0]!.setUp)}${tied ? w.flipsTied : w.flipsClear}`;
  });
}

function quote(name: string, lang: LabelLanguage): string {
  return lang === "ru" ? `«${name}»` : `"${name}"`;
}

/** "walk-in wait +149 s [120, 178], abandonment −6.6 points [...]": the significant shown figures of a - b but the objective. */
function changes(
  results: VerdictInput,
  a: string,
  b: string,
  objective: MetricColumns,
  lang: LabelLanguage,
  currency: string,
): string {
  const w = WORDS[lang];
  const found = pairOf(results, a, b);
  if (found === null) return w.noCosts(b);
  const { pair, flip } = found;
  const list: string[] = [];
  for (const d of pair.differences) {
    const diff = d.difference as Diff | null;
    const columns = d as MetricColumns;
    if (diff === null || !diff.significant || rowId(columns) === rowId(objective)) continue;
    const unit = MEASURES[columns.measure].unit;
    const ci: [number, number] = flip > 0 ? diff.ci95 : [-diff.ci95[1], -diff.ci95[0]];
    list.push(
      `${rowLabel(columns, lang, NameLabels.of(results.setUps[0]!.scenario.definition))} ${formatWithInterval(diff.mean * flip, ci, unit, lang, currency, true)}`,
    );
  }
  return list.length === 0 ? w.noCosts(b) : w.costs(b, list.join("; "));
}

/** The labels of the shown figures on which set-up `a` is significantly better than `b` (paired), by their direction. */
function betterFigures(results: VerdictInput, a: string, b: string, lang: LabelLanguage): string[] {
  const found = pairOf(results, a, b);
  if (found === null) return [];
  const { pair, flip } = found;
  const names = NameLabels.of(results.setUps[0]!.scenario.definition);
  return pair.differences.flatMap((d) => {
    const diff = d.difference as Diff | null;
    const columns = d as MetricColumns;
    const direction = MEASURES[columns.measure].direction;
    if (diff === null || !diff.significant || direction === "neutral") return [];
    const higher = diff.mean * flip > 0;
    return higher === (direction === "higher") ? [rowLabel(columns, lang, names)] : [];
  });
}

/** The paired differences of set-ups a and b, and the sign that turns each into a - b. */
function pairOf(results: VerdictInput, a: string, b: string): { pair: SetUpPair; flip: 1 | -1 } | null {
  const pair = (results.pairs ?? []).find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  return pair === undefined ? null : { pair, flip: pair.a === a ? 1 : -1 };
}

/** A label inside a sentence in Russian: its first letter small ("Прибыль в день" → "прибыль в день"), unless an abbreviation. */
function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
