import type { Registry } from "../data/registry.js";
import * as m from "../messages/check.js";
import { NATIONAL_CODE } from "../types/observation.js";
import type { Lang, Text } from "../types/text.js";
import type { Subject } from "./types.js";

/**
 * Names of the regions a claim is about, in both languages, from the registry (provinces, groups and
 * city-level members have English names there: Guangdong, East, Shenzhen); the nation and the 31-province
 * sum from the catalogue. A place the registry does not know keeps the name the text gave it.
 */
export function subjectLabel(s: Subject | undefined, unknown: string | undefined, registry: Registry): Text | undefined {
  if (!s) return unknown === undefined ? undefined : { zh: unknown, en: unknown };
  switch (s.kind) {
    case "province": {
      const p = registry.isProvince(s.code) ? registry.province(s.code) : undefined;
      return { zh: s.name, en: p?.nameEn ?? s.name };
    }
    case "city":
      return { zh: s.name, en: registry.city(s.code)?.nameEn ?? s.name };
    case "group": {
      const g = registry.groupings.find((x) => x.name === s.grouping)?.groups.find((x) => x.name === s.name);
      return { zh: s.name, en: g?.nameEn ?? s.name };
    }
    case "national":
      return m.nationalLabel;
    case "provinceSum":
      return { zh: s.name, en: m.provinceSumLabel.en };
  }
}

/** Region codes (and, in English, group names) inside a "what is missing" line, as names in `lang`. */
export function localiseCodes(text: string, registry: Registry, lang: Lang): string {
  let out = text.replace(/\b\d{6}\b/g, (code) => {
    if (code === NATIONAL_CODE) return m.nationalLabel[lang];
    if (registry.isProvince(code)) return lang === "zh" ? registry.province(code).name : registry.province(code).nameEn;
    const city = registry.city(code);
    return city ? (lang === "zh" ? city.name : city.nameEn ?? city.name) : code;
  });
  if (lang === "en") for (const g of registry.groupings) for (const grp of g.groups) out = out.split(grp.name).join(grp.nameEn);
  return out;
}
