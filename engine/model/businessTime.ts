import type { ModelSpec } from "./modelSpec.js";

/**
 * When a contact planned for `timeSeconds` actually happens. Inside opening hours, or on a
 * channel whose after-hours contacts are lost, it is that time. Otherwise the contact moves into
 * the next open day, at the same relative place: a contact planned a third of the way through the
 * closed night arrives a third of the way through the next opening. The move is deterministic, so
 * it needs no random draw.
 */
export function nextBusinessTime(spec: ModelSpec, channel: number, timeSeconds: number): number {
  const calendar = spec.calendar;
  if (spec.alwaysOpen || calendar.isOpen(timeSeconds)) return timeSeconds;
  if (spec.channels[channel]!.lostAfterHours) return timeSeconds;
  const next = calendar.nextOpening(timeSeconds);
  if (next === null) return timeSeconds;
  const [open, close] = next;
  const closed = calendar.previousClosing(timeSeconds);
  const fraction = open > closed ? (timeSeconds - closed) / (open - closed) : 0;
  return open + Math.min(0.999999, Math.max(0, fraction)) * (close - open);
}
