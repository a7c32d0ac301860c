import type { Uniform } from "../random/index.js";

/** Where a client stands with the company. */
export const CLIENT_STATUS = { new: 0, lead: 1, registered: 2 } as const;
export const CLIENT_STATUS_NAMES = ["new", "lead", "registered"] as const;
export type ClientStatus = (typeof CLIENT_STATUS)[keyof typeof CLIENT_STATUS];

/**
 * A client who may contact the company many times over a run. A client who comes back has a
 * random stream of its own (seeded from its key, which depends only on how it came into being),
 * so its draws do not depend on what happens to other clients.
 */
export interface Client {
  /** Stable name: "<stream>#k" for the k-th new client of a stream, "base:<segment>#k" for the initial base. */
  readonly key: string;
  readonly segment: number;
  status: ClientStatus;
  deals: number;
  /** Value of the client's first deal (0 before it). */
  firstDealValue: number;
  /** Department that serves the client (-1: none yet). */
  owner: number;
  /** Agent id of the client's own manager (-1: none). */
  ownManager: number;
  /** A lead who says they were cold-called. */
  saidColdCalled: boolean;
  /** The client's own stream, or null for one-off clients (who draw from their stream's shared one). */
  readonly draws: Uniform | null;
  /** No more returns (churned). */
  gone: boolean;
  /** Place in the list of registered clients of its segment (-1: not in it). */
  baseIndex: number;
  /** The owner under which the client is filed in the base (-1: none) and its place in that list. */
  filedOwner: number;
  ownerIndex: number;
  /** Took the leaflet and card: calls the own manager instead of walking in. */
  prefersPhone: boolean;
  /** The agent id who consulted the client on the phone before the visit now pending (-1: none). */
  consultant: number;
}
