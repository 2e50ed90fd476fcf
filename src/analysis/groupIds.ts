/**
 * Ids of the groupings and groups that rules and report sections name, as in data/regions/groupings.csv
 * (columns `grouping_id` and `group_id`). Code compares these ids, never the groups' Chinese or English
 * names, which are data and may be reworded.
 */

/** Grouping ids: 四大板块, 南北 (Qinling–Huaihe convention), 区域重大战略. */
export const GROUPING = { fourRegions: "four_regions", northSouth: "north_south", strategies: "major_strategies" } as const;

/** Group ids of the four regions (四大板块). */
export const REGION = { east: "east", central: "central", west: "west", northeast: "northeast" } as const;

/** Group ids of the north–south split (南北). */
export const SIDE = { north: "north", south: "south" } as const;

/** Group ids of the strategy regions (区域重大战略) that the report gives a figure of their own. */
export const STRATEGY = { beijingTianjinHebei: "beijing_tianjin_hebei", yangtzeRiverDelta: "yangtze_river_delta" } as const;
