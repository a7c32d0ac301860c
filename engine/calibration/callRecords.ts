import { countBad, type BadRows } from "./badRows.js";
import { ABANDONED_WORDS, ANSWERED_WORDS, type ColumnMap } from "./columnMap.js";
import { findColumns } from "./columns.js";
import { CalibrationInputError, type CsvTable } from "./csvTable.js";
import { parseSeconds } from "./numbers.js";
import { parseTimestamp, type Timestamp } from "./timestamp.js";

/** One usable call: when it came, how it ended, how long the caller waited and talked. */
export interface CallRecord {
  row: number;
  at: Timestamp;
  answered: boolean;
  /** Seconds from the call reaching the number until answered, or until the caller hung up. */
  wait: number;
  /** Seconds of talk (0 for an abandoned call). */
  talk: number;
  extension: string;
  channel: string;
  /** Null when the file has no segment or the cell is empty. */
  segment: string | null;
}

export interface CallFile {
  file: string;
  rowsRead: number;
  records: CallRecord[];
  bad: BadRows;
}

export interface CallNames {
  channels: readonly string[];
  segments: readonly string[];
  /** The channel of a call with neither a channel cell nor a mapped extension. */
  defaultChannel: string;
}

/**
 * Reads call records: start time, outcome (answered or abandoned), wait and talk time in
 * seconds, and optional extension, segment and channel. Every row left out is counted by
 * reason; a file with no usable row is an error naming the file and the commonest reason.
 */
export function readCalls(table: CsvTable, map: ColumnMap, names: CallNames): CallFile {
  const col = findColumns(table, ["start", "outcome", "wait", "talk"], ["extension", "segment", "channel"], map.calls);
  const answeredWords = new Set([...ANSWERED_WORDS, ...map.outcomes.answered].map((w) => w.toLowerCase()));
  const abandonedWords = new Set([...ABANDONED_WORDS, ...map.outcomes.abandoned].map((w) => w.toLowerCase()));
  const records: CallRecord[] = [];
  const bad: BadRows = {};
  for (const { row, cells } of table.rows) {
    const cell = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    const at = parseTimestamp(cell(col.start));
    if (at === null) {
      countBad(bad, "unreadable start time", row);
      continue;
    }
    const word = cell(col.outcome).toLowerCase();
    const answered = answeredWords.has(word) ? true : abandonedWords.has(word) ? false : null;
    if (answered === null) {
      countBad(bad, "unknown outcome", row);
      continue;
    }
    const wait = parseSeconds(cell(col.wait));
    if (wait === null) {
      countBad(bad, "wait missing or unreadable", row);
      continue;
    }
    if (wait < 0) {
      countBad(bad, "negative wait", row);
      continue;
    }
    const talkText = cell(col.talk);
    const talk = !answered && talkText === "" ? 0 : parseSeconds(talkText);
    if (talk === null) {
      countBad(bad, "talk time missing or unreadable", row);
      continue;
    }
    if (talk < 0) {
      countBad(bad, "negative talk time", row);
      continue;
    }
    if (answered && talk === 0) {
      countBad(bad, "answered with zero talk time", row);
      continue;
    }
    const extension = cell(col.extension);
    const channel = cell(col.channel) || map.channelByExtension[extension] || names.defaultChannel;
    if (!names.channels.includes(channel)) {
      countBad(bad, `channel not in the scenario ("${channel.slice(0, 40)}")`, row);
      continue;
    }
    const segment = cell(col.segment) || null;
    if (segment !== null && !names.segments.includes(segment)) {
      countBad(bad, `segment not in the scenario ("${segment.slice(0, 40)}")`, row);
      continue;
    }
    records.push({ row, at, answered, wait, talk, extension, channel, segment });
  }
  if (records.length === 0) throw new CalibrationInputError(noUsableRows(table, bad));
  return { file: table.file, rowsRead: table.rows.length, records, bad };
}

/** The message for a file without a usable row: the file, and why (the commonest reason). */
export function noUsableRows(table: CsvTable, bad: BadRows): string {
  if (table.rows.length === 0) return `${table.file}: data rows under the header; found none`;
  const [reason, { count, rows }] = Object.entries(bad).sort((a, b) => b[1].count - a[1].count)[0]!;
  return `${table.file}: at least one usable row; found none of ${table.rows.length} (${count} with ${reason}, e.g. row ${rows[0]})`;
}
