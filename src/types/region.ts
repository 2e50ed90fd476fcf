/** A provincial-level unit of mainland China (省/自治区/直辖市). */
export interface Province {
  /** GB/T 2260 six-digit code, e.g. "110000". */
  code: string;
  /** Short name, e.g. "内蒙古". */
  name: string;
  /** Full official name, e.g. "内蒙古自治区". */
  nameFull: string;
  /** One-character abbreviation, e.g. "蒙". */
  abbr: string;
  nameEn: string;
  pinyin: string;
  aliases: string[];
}

/** One member of a group, valid from/to a year (inclusive; undefined = open). */
export interface GroupMember {
  code: string;
  name: string;
  /** English name of a city-level member (data/regions/cities.csv); province members take theirs from the registry. */
  nameEn?: string;
  level: "province" | "city";
  validFrom?: number;
  validTo?: number;
}

/** A named group inside a grouping, e.g. 东部 in 四大板块. */
export interface RegionGroup {
  grouping: string;
  /** Stable identifier from groupings.csv (`group_id`, e.g. "east"): what code compares against, never the name. */
  id: string;
  name: string;
  nameEn: string;
  basis: string;
  members: GroupMember[];
}

/** A grouping: a set of groups, e.g. 四大板块 = 东部/中部/西部/东北. */
export interface Grouping {
  /** Stable identifier from groupings.csv (`grouping_id`, e.g. "four_regions"). */
  id: string;
  name: string;
  nameEn: string;
  groups: RegionGroup[];
}
