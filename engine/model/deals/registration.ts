import { CLIENT_STATUS, type Client } from "../client.js";
import type { HandoverSpec, SegmentSpec } from "../modelSpec.js";

/**
 * Registers a client at a deal (rules 3 and 4 of the thread): the client enters the base and
 * is owned by the department that closed the deal while that department wins clients and has
 * not reached the handover deal; otherwise by the segment's owner (the large-deal owner for a
 * deal at least that large; the closing department when the segment names none). Returns true
 * when ownership changed.
 */
export function registerDeal(
  client: Client,
  value: number,
  segment: SegmentSpec,
  closingDepartment: number,
  handover: HandoverSpec | null,
): boolean {
  client.deals++;
  if (client.deals === 1) client.firstDealValue = value;
  client.status = CLIENT_STATUS.registered;
  const large = segment.clientele?.largeDeal;
  const segmentOwner =
    large !== null && large !== undefined && value >= large.atLeast
      ? large.owner
      : (segment.clientele?.owner ?? closingDepartment);
  let owner = segmentOwner;
  if (handover !== null && closingDepartment === handover.department && client.owner !== segmentOwner) {
    const representative = client.firstDealValue >= handover.representativeValue;
    const handedOver =
      client.deals >= handover.afterDeal || (handover.afterDeal === 2 && client.deals === 1 && representative);
    if (!handedOver) owner = handover.department;
  }
  const changed = owner !== client.owner;
  client.owner = owner;
  return changed;
}
