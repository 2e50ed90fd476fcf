import type { Text } from "../types/text.js";
import { list, listText } from "./format.js";

/**
 * Names in running text. Province, region and strategy names are data (registry, groupings.csv): the
 * catalogue only adds the words around them ("地区", "the"), chosen by the group's id.
 */

/** Anything with a Chinese and an English name from the data (a province, a region, a strategy region). */
export interface Named {
  name: string;
  nameEn: string;
}

/** A named group with its id from groupings.csv. */
export interface NamedGroup extends Named {
  id: string;
}

/** The name in both languages, as the data give it (table rows, chart labels). */
export function nameOf(x: Named): Text {
  return { zh: x.name, en: x.nameEn };
}

/** Names as a list: "江苏、山东和浙江" / "Jiangsu, Shandong and Zhejiang". */
export function namesOf(xs: readonly Named[]): Text {
  return listText(xs.map(nameOf));
}

/** English names of the four regions and the two sides in running text, by group id. */
const GROUP_IN_TEXT_EN: Readonly<Record<string, string>> = {
  east: "the East",
  central: "the Central region",
  west: "the West",
  northeast: "the Northeast",
  north: "the north",
  south: "the south",
};

/** A region of 四大板块 or 南北 inside a sentence: zh "东部地区", en "the East" (other groups: their English name). */
export function regionInText(g: NamedGroup): Text {
  return { zh: `${g.name}地区`, en: GROUP_IN_TEXT_EN[g.id] ?? g.nameEn };
}

/** Regions in text as a list: "东部地区和西部地区" / "the East and the West". */
export function regionsInText(gs: readonly NamedGroup[]): Text {
  return listText(gs.map(regionInText));
}

/**
 * Several of the four regions (or the two sides) as one list, as NBS writes them: zh "东部、中部和西部地区"
 * (the suffix once), en "the East, the Central region and the West".
 */
export function regionsJoined(gs: readonly NamedGroup[]): Text {
  return { zh: gs.length === 0 ? "" : `${list(gs.map((g) => g.name), "zh")}地区`, en: listText(gs.map(regionInText)).en };
}
