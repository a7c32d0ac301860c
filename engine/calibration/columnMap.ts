import { z } from "zod";

export const CALL_FIELDS = ["start", "outcome", "wait", "talk", "extension", "segment", "channel"] as const;
export const VISIT_FIELDS = ["time", "segment", "amount"] as const;
export type CallField = (typeof CALL_FIELDS)[number];
export type VisitField = (typeof VISIT_FIELDS)[number];

const columns = <T extends readonly [string, ...string[]]>(fields: T) =>
  z.partialRecord(z.enum(fields), z.string().min(1).max(200)).default({});

/** The small header file of `--map`: which column holds each field, and the words of outcomes. */
export const columnMapSchema = z.strictObject({
  calls: columns(CALL_FIELDS).meta({ description: "Column name per field of the call records." }),
  visits: columns(VISIT_FIELDS).meta({ description: "Column name per field of the visit or sales records." }),
  outcomes: z
    .strictObject({
      answered: z.array(z.string().min(1).max(100)).max(100).default([]),
      abandoned: z.array(z.string().min(1).max(100)).max(100).default([]),
    })
    .default({ answered: [], abandoned: [] })
    .meta({ description: "Words of the outcome column, added to the built-in ones (case is ignored)." }),
  channelByExtension: z
    .record(z.string().min(1).max(100), z.string().min(1).max(100))
    .default({})
    .meta({ description: "The scenario channel of a call by the extension it was made to (when no channel column)." }),
});

export type ColumnMap = z.infer<typeof columnMapSchema>;

export const emptyColumnMap = (): ColumnMap => columnMapSchema.parse({});

/** Header names tried, case ignored, when a field is not mapped. */
export const DEFAULT_HEADERS: Record<CallField | VisitField, readonly string[]> = {
  start: ["start", "start time", "time", "date", "начало", "время", "дата"],
  time: ["time", "date", "start", "время", "дата"],
  outcome: ["outcome", "status", "result", "статус", "результат"],
  wait: ["wait", "wait s", "wait_s", "waiting", "ожидание"],
  talk: ["talk", "talk s", "talk_s", "talk time", "duration", "разговор", "длительность"],
  extension: ["extension", "ext", "добавочный"],
  segment: ["segment", "сегмент"],
  channel: ["channel", "канал"],
  amount: ["amount", "sum", "value", "сумма"],
};

/** Built-in words of the outcome column (case ignored). */
export const ANSWERED_WORDS = ["answered", "answer", "yes", "отвечен", "принят", "обслужен"];
export const ABANDONED_WORDS = ["abandoned", "missed", "no answer", "lost", "пропущен", "не отвечен", "потерян"];

/**
 * Applies `--column field=Header` flags to a map. `field` is a call or visit field; a field
 * both files have (segment) is set for both unless written `calls.segment` or `visits.segment`.
 * Returns the problem as text when a flag is not of that form.
 */
export function applyColumnFlags(map: ColumnMap, flags: readonly string[]): ColumnMap | string {
  const out: ColumnMap = { ...map, calls: { ...map.calls }, visits: { ...map.visits } };
  for (const flag of flags) {
    const eq = flag.indexOf("=");
    const key = eq < 0 ? "" : flag.slice(0, eq).trim();
    const header = eq < 0 ? "" : flag.slice(eq + 1).trim();
    const [file, field] = key.includes(".") ? key.split(".", 2) : [undefined, key];
    const forCalls = (file === undefined || file === "calls") && (CALL_FIELDS as readonly string[]).includes(field!);
    const forVisits = (file === undefined || file === "visits") && (VISIT_FIELDS as readonly string[]).includes(field!);
    if (header === "" || !(forCalls || forVisits)) {
      return `--column needs field=Header with a field of ${[...new Set([...CALL_FIELDS, ...VISIT_FIELDS])].join(", ")}; found "${flag}"`;
    }
    if (forCalls) out.calls[field as CallField] = header;
    if (forVisits) out.visits[field as VisitField] = header;
  }
  return out;
}
