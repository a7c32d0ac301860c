import type { ChannelSpec } from "../../model/index.js";
import type { Scenario } from "../schema/index.js";

/** The channels section: how contacts reach the company. */
export function channelModels(s: Scenario): ChannelSpec[] {
  return s.channels.map((c) => ({
    name: c.name,
    kind: c.kind,
    publicNumber: c.publicNumber,
    identifiedOnArrival: c.identified === "on-arrival",
    lostAfterHours: c.afterHours === "lost",
    floor: c.floor,
  }));
}
