/** Characters narrower than most in common sans-serif fonts. */
const NARROW = new Set([..." .,:;'!|()[]/-ilIjtfr1"]);
/** Characters wider than most (capitals and the wide Latin and Cyrillic letters). */
const WIDE = /[A-ZА-ЯЁmwMWмшщжюфыМШЩЖЮФЫ%@—]/;

/**
 * The width of `text` drawn at `fontSize` pixels, estimated generously (on DejaVu Sans, the widest
 * common fallback of system-ui), so that labels placed by it do not touch whatever font the page
 * gets. Charts are drawn detached from the page, where nothing can be measured.
 */
export function textWidth(text: string, fontSize = 11, bold = false): number {
  let em = 0;
  for (const c of text) em += NARROW.has(c) ? 0.34 : WIDE.test(c) ? 0.86 : 0.62;
  return em * fontSize * (bold ? 1.1 : 1);
}

/** `text` broken into lines at spaces, each estimated no wider than `maxWidth`. */
export function wrapText(text: string, maxWidth: number, fontSize = 11, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}
