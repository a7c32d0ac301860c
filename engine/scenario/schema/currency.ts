import { z } from "zod";

/** ISO 4217 codes this JavaScript engine knows (Intl), e.g. RUB, KZT, EUR. */
const ISO_4217 = new Set(Intl.supportedValuesOf("currency"));

/** What people write for a currency in a Russian-speaking company, and the code they mean. */
const LOCAL_NAMES: Record<string, string> = {
  руб: "RUB",
  "руб.": "RUB",
  р: "RUB",
  "р.": "RUB",
  "₽": "RUB",
  рубль: "RUB",
  рублей: "RUB",
  rur: "RUB",
  тенге: "KZT",
  тг: "KZT",
  "₸": "KZT",
  грн: "UAH",
  "₴": "UAH",
  сум: "UZS",
  сом: "KGS",
  $: "USD",
  "€": "EUR",
  "£": "GBP",
};

/**
 * The code someone who wrote `text` most likely meant: a local name or symbol, else the known
 * code nearest in spelling (one letter off); null when nothing is close.
 */
export function suggestCurrency(text: string): string | null {
  const local = LOCAL_NAMES[text.trim().toLowerCase()];
  if (local !== undefined) return local;
  const upper = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) return null;
  for (const code of ISO_4217) {
    let differ = 0;
    for (let i = 0; i < 3; i++) if (code[i] !== upper[i]) differ++;
    if (differ === 1 && (code[0] === upper[0] || code.slice(1) === upper.slice(1))) return code;
  }
  return null;
}

/**
 * A currency: an ISO 4217 code in any case (`"kzt"` is read as KZT); anything else is refused
 * with a suggestion ("руб" -> RUB).
 */
export const currencyCode = z.string().transform((text, ctx) => {
  const code = text.trim().toUpperCase();
  if (ISO_4217.has(code)) return code;
  const guess = suggestCurrency(text);
  ctx.addIssue({
    code: "custom",
    input: text,
    message: `expected an ISO 4217 currency code (three letters, e.g. RUB, KZT, EUR)${guess === null ? "" : `: did you mean "${guess}"?`}`,
  });
  return z.NEVER;
});
