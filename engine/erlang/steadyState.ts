import { pluralCount, type LabelLanguage } from "../results/index.js";
import type { ErlangRequest } from "./erlangRequest.js";

/**
 * Whether the calculator's queue has a steady state. Without abandonment and with an unlimited
 * queue it has one only below 100% load (arrivals × handling time < agents): at or above it the
 * queue never settles (at exactly 100% it is null recurrent) and the waits grow with the run.
 * A patience or a finite capacity always gives one.
 */
export function hasSteadyState(r: ErlangRequest): boolean {
  if (r.patience !== "none" || r.capacity !== null) return true;
  // In whole numbers of seconds × arrivals where the inputs are whole, so exactly 100% is exact.
  return r.arrivalsPerHour * r.ahtSeconds < 3600 * r.agents;
}

/** The offered load in erlangs: arrivals per second × mean handling time. */
export function offeredLoad(r: ErlangRequest): number {
  return (r.arrivalsPerHour / 3600) * r.ahtSeconds;
}

/**
 * The simulated figures that have no steady-state value when the queue has none, as keys of the
 * report's `simulated` ("slServed.20" for a threshold): the waits, the service levels and the
 * queue length, which only grow (the service levels only fall) with the run's length. The shares
 * refused, abandoned and waiting and the occupancy have limits (0, 0, 1, 1) and stay.
 */
export function withoutSteadyState(r: ErlangRequest): string[] {
  if (hasSteadyState(r)) return [];
  return [
    "meanWait",
    "meanWaitServed",
    ...r.thresholdsSeconds.flatMap((t) => [`slServed.${t}`, `slAnswered.${t}`]),
    "meanQueueLength",
  ];
}

const LOCALES: Record<LabelLanguage, string> = { en: "en-US", ru: "ru-RU" };

/**
 * The warning for a queue with no steady state, in `lang` (null when it has one): the load, why
 * the figures mean nothing, and what gives a steady state.
 */
export function noSteadyStateWarning(r: ErlangRequest, lang: LabelLanguage): string | null {
  if (hasSteadyState(r)) return null;
  const load = offeredLoad(r);
  const loadText = load.toLocaleString(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Floored, so that a load just above 100% never reads as below it.
  const share = `${Math.floor((100 * r.arrivalsPerHour * r.ahtSeconds) / (3600 * r.agents))}%`;
  const enough = Math.floor(load) + 1;
  const patience = "--patience exponential --patience-seconds P";
  if (lang === "ru") {
    return (
      `установившегося режима нет: поступающая нагрузка ${loadText} эрланга — ${share} от числа операторов (${r.agents}), ` +
      `а клиенты не уходят из очереди и очередь не ограничена, поэтому очередь не стабилизируется. ` +
      `Ожидание, длина очереди и уровни обслуживания зависят от длины прогона (чем дольше, тем хуже) и оценками не являются. ` +
      `Чтобы они имели смысл, нужно ${pluralCount("ru", enough, "one {# оператора} other {# операторов}")} или больше, ` +
      `терпение клиентов (${patience}) или вместимость (--capacity K).`
    );
  }
  return (
    `no steady state: the offered load, ${loadText} erlangs, is ${share} of the ${pluralCount("en", r.agents, "one {# agent} other {# agents}")}, ` +
    `and with no abandonment and an unlimited queue the queue never settles. ` +
    `The waits, the queue length and the service levels depend on how long the run is (the longer, the worse) and are not estimates. ` +
    `For figures that mean something: ${enough} agents or more, a patience (${patience}) or a capacity (--capacity K).`
  );
}
