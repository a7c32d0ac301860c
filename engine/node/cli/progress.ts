import { pluralCount, type LabelLanguage } from "../../results/index.js";
import { replications, setUps } from "./cliWords.js";

/** The progress bar's words in each language. */
const WORDS = {
  en: {
    replications: "replications",
    setUps: (n: number) => pluralCount("en", n, "one {# set-up} other {# set-ups}"),
    cases: (n: number) => pluralCount("en", n, "one {# sensitivity case} other {# sensitivity cases}"),
    replicationsOf: (n: number) => pluralCount("en", n, "one {# replication} other {# replications}"),
    times: "x",
    setUpsDone: (n: number) => pluralCount("en", n, "one {# set-up done} other {# set-ups done}"),
    left: (seconds: string) => `${seconds} s left`,
  },
  ru: {
    replications: "прогоны",
    setUps: (n: number) => setUps(n, "ru"),
    cases: (n: number) =>
      pluralCount("ru", n, "one {# проверкой чувствительности} other {# проверками чувствительности}"),
    replicationsOf: (n: number) => replications(n, "ru"),
    times: "×",
    setUpsDone: (n: number) =>
      pluralCount(
        "ru",
        n,
        "one {готов # вариант} few {готовы # варианта} many {готово # вариантов} other {готовы # варианта}",
      ),
    left: (seconds: string) => `осталось ${seconds} с`,
  },
} as const satisfies Record<LabelLanguage, unknown>;

/** The label of a run's progress bar: the replications. */
export function replicationsLabel(lang: LabelLanguage): string {
  return WORDS[lang].replications;
}

/** The label of an experiment's progress bar: set-ups (x sensitivity runs) x replications. */
export function experimentLabel(lang: LabelLanguage, setUps: number, cases: number, replications: number): string {
  const w = WORDS[lang];
  const sensitivity = cases > 0 ? ` ${w.times} ${cases + 1} (${lang === "ru" ? "с" : "with"} ${w.cases(cases)})` : "";
  return `${w.setUps(setUps)}${sensitivity} ${w.times} ${w.replicationsOf(replications)}`;
}

/**
 * One line of the bar: the label, the bar, done of total, the note (a number: the set-ups
 * done), and the time left in whole seconds.
 */
export function progressLine(
  lang: LabelLanguage,
  label: string,
  done: number,
  total: number,
  note: number | string | undefined,
  secondsLeft: number,
): string {
  const w = WORDS[lang];
  const width = 30;
  const filled = Math.round((done / total) * width);
  const extra = typeof note === "number" ? `  ${w.setUpsDone(note)}` : note ? `  ${note}` : "";
  return `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}${extra}  ${w.left(secondsLeft.toFixed(0))} `;
}

/**
 * A progress bar on stderr, in `lang`, shown only when stderr is a terminal and the work has
 * taken more than half a second; it erases itself when done.
 */
export function progressBar(
  label: string,
  lang: LabelLanguage = "en",
): {
  update: (done: number, total: number, note?: number | string) => void;
  done: () => void;
} {
  const stream = process.stderr;
  const start = performance.now();
  let shown = false;
  return {
    update(done, total, note) {
      if (!stream.isTTY) return;
      const elapsed = (performance.now() - start) / 1000;
      if (!shown && elapsed < 0.5) return;
      shown = true;
      const left = done > 0 ? (elapsed / done) * (total - done) : 0;
      stream.write(`\r${progressLine(lang, label, done, total, note, left)}`);
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
