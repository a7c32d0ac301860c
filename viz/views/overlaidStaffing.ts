import type { StaffingFigures } from "../figures/index.js";

/**
 * The staffing heatmaps of several set-ups as one: a row per pool and set-up ("operators · base"),
 * the rows of a pool together, over every interval any of them staffs. One set-up's is as it is.
 */
export function overlaidStaffing(list: { name: string; f: StaffingFigures }[]): StaffingFigures {
  if (list.length === 1) return list[0]!.f;
  const row = (pool: string, setUp: string) => `${pool} · ${setUp}`;
  const poolNames = [...new Set(list.flatMap(({ f }) => f.pools))];
  return {
    target: list[0]!.f.target,
    pools: poolNames.flatMap((pool) =>
      list.filter(({ f }) => f.pools.includes(pool)).map(({ name }) => row(pool, name)),
    ),
    clocks: [...new Set(list.flatMap(({ f }) => f.clocks))].sort(),
    cells: list.flatMap(({ name, f }) => f.cells.map((c) => ({ ...c, pool: row(c.pool, name) }))),
    setUps: list.map(({ name }) => name),
  };
}
