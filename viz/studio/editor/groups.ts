import type { StudioKey } from "../i18n/studioStrings.js";

/** The scenario's top-level fields grouped as the business thinks of them. */
export const GROUPS: readonly { key: StudioKey; fields: readonly string[] }[] = [
  { key: "group_company", fields: ["name", "description", "currency", "calendar", "stop", "labels", "notes"] },
  { key: "group_people", fields: ["departments", "pools", "heads"] },
  { key: "group_channels", fields: ["channels", "segments", "arrivals", "phone", "walking"] },
  { key: "group_routing", fields: ["routing", "handover"] },
  { key: "group_repeat", fields: ["repeatWalkIn", "fines"] },
  { key: "group_money", fields: ["plans", "credit", "money", "serviceLevel"] },
];

/** Fields of no group (shown last, under "other settings"). */
export function otherFields(keys: readonly string[]): string[] {
  const grouped = new Set(GROUPS.flatMap((g) => g.fields));
  return keys.filter((k) => !grouped.has(k) && k !== "$schema");
}
