import { NameLabels, type LabelLanguage } from "../../results/index.js";
import {
  buildModel,
  describeStaffingGap,
  staffingGaps,
  type Scenario,
  type StaffingGap,
} from "../../scenario/index.js";
import { secondsToClock, type Weekday } from "../../time/index.js";
import { shortWeekday } from "./cliWords.js";

/** The warning's words in each language (the gap itself in English: `describeStaffingGap`). */
const WORDS = {
  en: {
    warning: "warning",
    everySetUp: "every set-up",
    setUp: (name: string) => `set-up "${name}"`,
  },
  ru: {
    warning: "предупреждение",
    everySetUp: "во всех вариантах",
    setUp: (name: string) => `вариант «${name}»`,
    gap: (pool: string, weekday: Weekday, hours: string) =>
      `в пул «${pool}» поступают клиенты, но ${shortWeekday(weekday, "ru")} ${hours} на смене никого нет`,
  },
} as const satisfies Record<LabelLanguage, unknown>;

/** A gap in `lang`; in Russian the pool by its Russian label. */
function describeGap(gap: StaffingGap, scenario: Scenario, lang: LabelLanguage): string {
  if (lang === "en") return describeStaffingGap(gap);
  const pool = NameLabels.of(scenario).label(gap.pool, lang, "pool");
  return WORDS.ru.gap(pool, gap.weekday, `${secondsToClock(gap.fromSeconds)}-${secondsToClock(gap.toSeconds)}`);
}

/**
 * Writes a warning to stderr, in `lang`, for every stretch of opening hours when a pool that
 * receives clients has nobody on shift (see `staffingGaps`). For an experiment's set-ups, a gap
 * that every set-up has is written once, and the others name their set-up. Warnings never fail
 * a command.
 */
export function warnStaffingGaps(
  scenarios: readonly Scenario[],
  lang: LabelLanguage,
  setUps?: readonly string[],
): void {
  const w = WORDS[lang];
  const found = scenarios.map((s) => staffingGaps(buildModel(s)).map((gap) => describeGap(gap, s, lang)));
  const everywhere = found[0]?.filter((x) => found.every((list) => list.includes(x))) ?? [];
  const lines = everywhere.map((x) => (found.length > 1 ? `${w.everySetUp}: ${x}` : x));
  found.forEach((list, i) => {
    for (const x of list) if (!everywhere.includes(x)) lines.push(`${w.setUp(setUps?.[i] ?? String(i + 1))}: ${x}`);
  });
  for (const line of lines) process.stderr.write(`${w.warning}: ${line}\n`);
}
