import { existsSync } from "node:fs";
import path from "node:path";
import type { Grouping, GroupMember, Province, RegionGroup } from "../types/region.js";
import { NATIONAL_CODE } from "../types/observation.js";
import * as m from "../messages/data.js";
import { RegeconError } from "../types/errors.js";
import { readCsv } from "./csv.js";
import { BUNDLED_DATA_DIR } from "./paths.js";

/**
 * The region registry: the 31 provinces with their names and aliases, the nation's names, the groupings
 * (四大板块, 南北, 区域重大战略) with members and validity periods, and the land-contiguity list. All of it
 * is data in `data/regions/` (provinces.csv, national.csv, groupings.csv, adjacency.csv; cities.csv for the English names
 * of city-level members), not code.
 */
export class Registry {
  readonly provinces: readonly Province[];
  readonly groupings: readonly Grouping[];
  /** Undirected land-contiguity pairs of province codes. */
  readonly adjacency: readonly (readonly [string, string])[];
  private readonly byCode = new Map<string, Province>();
  private readonly byName = new Map<string, string>();

  /**
   * @param nationalNames spellings of the nation (data/regions/national.csv: 全国, National …), all
   * mapped to NATIONAL_CODE
   */
  constructor(provinces: Province[], groupings: Grouping[], adjacency: [string, string][], nationalNames: readonly string[] = []) {
    this.provinces = provinces;
    this.groupings = groupings;
    this.adjacency = adjacency;
    for (const p of provinces) {
      this.byCode.set(p.code, p);
      for (const n of [p.code, p.name, p.nameFull, p.abbr, p.nameEn, p.pinyin, ...p.aliases]) {
        const key = normaliseName(n);
        const other = this.byName.get(key);
        if (other !== undefined && other !== p.code) throw new Error(`registry: name "${n}" is used by ${other} and ${p.code}`);
        this.byName.set(key, p.code);
      }
    }
    for (const n of [...nationalNames, NATIONAL_CODE]) this.byName.set(normaliseName(n), NATIONAL_CODE);
  }

  /** The province with this GB/T 2260 code; throws RegeconError `UNKNOWN_REGION` otherwise. */
  province(code: string): Province {
    const p = this.byCode.get(code);
    if (!p) throw new RegeconError("UNKNOWN_REGION", m.unknownProvinceCode(code), m.provinceCodeHint);
    return p;
  }

  /** True for the 31 provincial codes (not the national code). */
  isProvince(code: string): boolean {
    return this.byCode.has(code);
  }

  /**
   * True for a GB/T 2260 code the registry can place: the nation (100000), a province, a city-level
   * member of a grouping (810000 香港, 820000 澳门 in 粤港澳大湾区), or a six-digit code below province level
   * whose first two digits are a province's: a city PPCC00 or a county PPCCDD with CC ≠ 00, e.g. 500101
   * (重庆 万州区). False for any other six digits: 990000, 000123, and PP00DD (110001: GB/T 2260 has no
   * county directly under a province's 00 city part, so it is a mistyped province code).
   */
  isKnownRegionCode(code: string): boolean {
    if (!/^\d{6}$/.test(code)) return false;
    if (code === NATIONAL_CODE || this.byCode.has(code) || this.city(code) !== undefined) return true;
    return code.slice(2, 4) !== "00" && this.byCode.has(`${code.slice(0, 2)}0000`);
  }

  /**
   * The city-level member of a grouping with this code (e.g. 440300 深圳 or 810000 香港 in
   * 粤港澳大湾区), with its Chinese and English names; undefined for any other code. Cities are not
   * provinces: `isProvince` stays false for them and every provincial analysis ignores them.
   */
  city(code: string): GroupMember | undefined {
    for (const g of this.groupings) for (const group of g.groups) for (const m of group.members) if (m.level === "city" && m.code === code) return m;
    return undefined;
  }

  /** Codes of every city-level member of a grouping, in data order, without duplicates. */
  cityCodes(): string[] {
    return [...new Set(this.groupings.flatMap((g) => g.groups.flatMap((group) => group.members.filter((m) => m.level === "city").map((m) => m.code))))];
  }

  /**
   * Code for a region name in any spelling (full, short, abbreviation, English, pinyin, alias, code),
   * ignoring spaces, tabs and case; "全国" gives "100000"; undefined when unmatched.
   */
  lookup(name: string): string | undefined {
    return this.byName.get(normaliseName(name));
  }

  /**
   * Codes for many names, in input order. Throws RegeconError `UNKNOWN_REGION_NAMES` listing every
   * unmatched name, so a user can fix all of them at once.
   */
  resolveNames(names: readonly string[]): string[] {
    const unmatched = names.filter((n) => this.lookup(n) === undefined);
    if (unmatched.length > 0) {
      throw new RegeconError("UNKNOWN_REGION_NAMES", m.unknownRegionNames([...new Set(unmatched)]), m.regionNamesHint);
    }
    return names.map((n) => this.lookup(n)!);
  }

  /** The grouping with this id, name or English name; throws RegeconError `UNKNOWN_GROUPING` listing the available ones. */
  grouping(name: string): Grouping {
    const g = this.groupings.find((x) => x.id === name || x.name === name || x.nameEn.toLowerCase() === name.toLowerCase());
    if (!g) {
      const { text, hint } = m.unknownGrouping(name, this.groupings.map((x) => x.name));
      throw new RegeconError("UNKNOWN_GROUPING", text, hint);
    }
    return g;
  }

  /** A group by id, name or English name across all groupings (e.g. "长三角"); throws `UNKNOWN_GROUPING` when absent. */
  group(name: string): RegionGroup {
    for (const g of this.groupings) {
      const found = g.groups.find((x) => x.id === name || x.name === name || x.nameEn.toLowerCase() === name.toLowerCase());
      if (found) return found;
    }
    throw new RegeconError("UNKNOWN_GROUPING", m.unknownGroupName(name), m.groupsHint);
  }
}

/**
 * Province codes of a group's province-level members valid in `year` (inclusive validity period).
 * City-level members (e.g. 粤港澳大湾区) are not returned: they need city data.
 */
export function membersInYear(group: RegionGroup, year: number): string[] {
  return group.members.filter((m) => m.level === "province" && isValidIn(m, year)).map((m) => m.code);
}

function isValidIn(m: GroupMember, year: number): boolean {
  return (m.validFrom === undefined || year >= m.validFrom) && (m.validTo === undefined || year <= m.validTo);
}

/** Remove spaces (also full-width and tabs) and lower-case, so "内蒙古 " and "inner mongolia" match. */
export function normaliseName(name: string): string {
  return name.replace(/[\s\u3000]+/g, "").toLowerCase();
}

let cached: Registry | undefined;

/**
 * Load the registry from `data/regions/` (or another folder with the same four files).
 * The bundled registry is cached. Throws RegeconError on unreadable or inconsistent files.
 */
export function loadRegistry(dir = path.join(BUNDLED_DATA_DIR, "regions")): Registry {
  const bundled = dir === path.join(BUNDLED_DATA_DIR, "regions");
  if (bundled && cached) return cached;
  const provinces: Province[] = readCsv(path.join(dir, "provinces.csv"), ["code", "name", "name_full", "abbr", "name_en", "pinyin", "aliases"]).map(
    ({ fields: f }) => ({
      code: f.code!,
      name: f.name!,
      nameFull: f.name_full!,
      abbr: f.abbr!,
      nameEn: f.name_en!,
      pinyin: f.pinyin!,
      aliases: f.aliases ? f.aliases.split("|") : [],
    }),
  );
  const groupings: Grouping[] = [];
  const groupRows = readCsv(path.join(dir, "groupings.csv"), ["grouping", "grouping_en", "group", "group_en", "level", "member_code", "member_name", "valid_from", "valid_to", "basis", "grouping_id", "group_id"]);
  for (const { fields: f } of groupRows) {
    let grouping = groupings.find((g) => g.name === f.grouping);
    if (!grouping) groupings.push((grouping = { id: f.grouping_id!, name: f.grouping!, nameEn: f.grouping_en!, groups: [] }));
    let group = grouping.groups.find((g) => g.name === f.group);
    if (!group) grouping.groups.push((group = { grouping: grouping.name, id: f.group_id!, name: f.group!, nameEn: f.group_en!, basis: f.basis!, members: [] }));
    group.members.push({
      code: f.member_code!,
      name: f.member_name!,
      level: f.level === "city" ? "city" : "province",
      validFrom: f.valid_from ? Number(f.valid_from) : undefined,
      validTo: f.valid_to ? Number(f.valid_to) : undefined,
    });
  }
  // English names of city-level members (optional file; a city without one keeps only its Chinese name).
  const citiesFile = path.join(dir, "cities.csv");
  if (existsSync(citiesFile)) {
    const cityNames = new Map(readCsv(citiesFile, ["code", "name", "name_en"]).map(({ fields: f }) => [f.code!, f.name_en!]));
    for (const g of groupings) for (const group of g.groups) for (const m of group.members) if (m.level === "city") m.nameEn = cityNames.get(m.code);
  }
  const adjacency = readCsv(path.join(dir, "adjacency.csv"), ["region_code_a", "region_code_b"]).map(
    ({ fields: f }) => [f.region_code_a!, f.region_code_b!] as [string, string],
  );
  const national = readCsv(path.join(dir, "national.csv"), ["code", "name", "name_en", "aliases"]).flatMap(({ fields: f }) => [f.name!, f.name_en!, ...(f.aliases ? f.aliases.split("|") : [])]);
  const registry = new Registry(provinces, groupings, adjacency, national);
  if (bundled) cached = registry;
  return registry;
}
