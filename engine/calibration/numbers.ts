/**
 * Reads a number as exports write it: "12.5", "12,5" (decimal comma), "12 500,00" (spaces or
 * no-break spaces between thousands). Null when it is not a finite number.
 */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (t === "") return null;
  const normal = /^-?\d+,\d+$/.test(t) ? t.replace(",", ".") : t;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads a duration in seconds: a number of seconds ("75", "75,5") or a clock reading
 * "MM:SS" or "HH:MM:SS" (as telephone systems export). Null when unreadable; a negative
 * number is returned as such for the caller to refuse.
 */
export function parseSeconds(text: string): number | null {
  const t = text.trim();
  const clock = /^(-)?(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (clock !== null) {
    const [, minus, h, m, s] = clock;
    if (Number(s) > 59 || (h !== undefined && Number(m) > 59)) return null;
    const value = Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
    return minus === undefined ? value : -value;
  }
  return parseNumber(t);
}
