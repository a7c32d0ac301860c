import { describe, expect, it } from "vitest";
import { CLIENT_STATUS, type Client, type SegmentSpec } from "../../../engine/model/index.js";
import { baseDealChance, dealChance } from "../../../engine/model/deals/dealChance.js";
import { registerDeal } from "../../../engine/model/deals/registration.js";
import { createSampler } from "../../../engine/random/index.js";

const ACTIVE = 0;
const CURRENT = 1;
const RETAIL = 2;

const client = (): Client => ({
  key: "c",
  segment: 0,
  status: CLIENT_STATUS.new,
  deals: 0,
  firstDealValue: 0,
  owner: -1,
  ownManager: -1,
  saidColdCalled: false,
  draws: null,
  gone: false,
  baseIndex: -1,
  filedOwner: -1,
  ownerIndex: -1,
  prefersPhone: false,
  consultant: -1,
});
const segment = (owner: number): SegmentSpec => ({
  name: "wholesale",
  deal: null,
  afterCall: null,
  retry: null,
  clientele: {
    owner,
    initialClients: 0,
    returnInterval: createSampler({ kind: "deterministic", value: 1 }),
    channels: [0],
    cumulativeShares: [1],
    churnPerSecond: 0,
    largeDeal: owner === RETAIL ? { atLeast: 20_000, owner: CURRENT } : null,
  },
  persistent: true,
});

describe("registration at a deal (rules 3 and 4)", () => {
  it("a walk-in whose segment belongs to current sales is owned by current sales after a retail deal", () => {
    const c = client();
    registerDeal(c, 1000, segment(CURRENT), RETAIL, {
      department: ACTIVE,
      afterDeal: 1,
      representativeValue: Infinity,
    });
    expect(c.status).toBe(CLIENT_STATUS.registered);
    expect(c.owner).toBe(CURRENT);
  });

  it("a retail client whose deal is large enough is owned by current sales (ownership by deal size)", () => {
    const small = client();
    registerDeal(small, 5000, segment(RETAIL), RETAIL, null);
    expect(small.owner).toBe(RETAIL);
    const large = client();
    registerDeal(large, 25_000, segment(RETAIL), RETAIL, null);
    expect(large.owner).toBe(CURRENT);
  });

  it("active sales hands over after the first deal when afterDeal is 1", () => {
    const c = client();
    registerDeal(c, 1000, segment(CURRENT), ACTIVE, {
      department: ACTIVE,
      afterDeal: 1,
      representativeValue: Infinity,
    });
    expect(c.owner).toBe(CURRENT);
  });

  it("active sales keeps the client until the second deal when afterDeal is 2", () => {
    const c = client();
    const rule = { department: ACTIVE, afterDeal: 2 as const, representativeValue: Infinity };
    registerDeal(c, 1000, segment(CURRENT), ACTIVE, rule);
    expect(c.owner).toBe(ACTIVE);
    registerDeal(c, 1000, segment(CURRENT), ACTIVE, rule);
    expect(c.owner).toBe(CURRENT);
    expect(c.deals).toBe(2);
  });

  it("hands over after deal 1 already when that deal was representative", () => {
    const rule = { department: ACTIVE, afterDeal: 2 as const, representativeValue: 50_000 };
    const small = client();
    registerDeal(small, 10_000, segment(CURRENT), ACTIVE, rule);
    expect(small.owner).toBe(ACTIVE);
    const large = client();
    registerDeal(large, 80_000, segment(CURRENT), ACTIVE, rule);
    expect(large.owner).toBe(CURRENT);
  });
});

describe("deal chance", () => {
  const deal = {
    probability: 0.5,
    byPool: [undefined, 0.8],
    value: createSampler({ kind: "deterministic", value: 100 }),
    waitHalfLifeSeconds: 300,
    cashier: null,
    margin: 0.25,
  };
  it("depends on who serves", () => {
    expect(baseDealChance(deal, 0)).toBe(0.5);
    expect(baseDealChance(deal, 1)).toBe(0.8);
  });
  it("halves for every half-life of waiting", () => {
    expect(dealChance(deal, 1, 300)).toBeCloseTo(0.4, 12);
    expect(dealChance(deal, 0, 600)).toBeCloseTo(0.125, 12);
  });
});
