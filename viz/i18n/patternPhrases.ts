/** A phrase's pattern and how to say what it matched in another language (the captures in order). */
export type PatternPhrase = readonly [pattern: RegExp, say: (...captures: string[]) => string];

/** `text` said by the first phrase whose pattern matches it, or null when none does. */
export function sayByPattern(phrases: readonly PatternPhrase[], text: string): string | null {
  for (const [pattern, say] of phrases) {
    const m = pattern.exec(text);
    if (m !== null) return say(...m.slice(1).map((c) => c ?? ""));
  }
  return null;
}
