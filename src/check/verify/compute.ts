import type { Dataset } from "../../data/dataset.js";
import { membersInYear, type Registry } from "../../data/registry.js";
import { indicatorCatalogue } from "../../data/indicators.js";
import { groupLevel, groupRatio, groupRealGrowth, groupWeightedMean, realGrowthOf, type GroupValue } from "../../analysis/aggregate.js";
import { disparityOfYear, moranOfYear } from "../../analysis/disparity.js";
import { GDP_DECIMALS } from "../../analysis/growthPattern.js";
import { GROWTH_DECIMALS } from "../../analysis/rules/growth.js";
import { competitionRank, isTied } from "../../stats/rank.js";
import { largestRemainderRound, roundHalfUp } from "../../stats/rounding.js";
import { differenceInPoints, shareOfTotal } from "../../stats/share.js";
import { cagr, growthFromIndex, nominalGrowth } from "../../stats/growth.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import { CITY_GDP_INDICATORS } from "../../analysis/cityStrategies.js";
import { REVISED_SUFFIX } from "../quantities.js";
import type { Claim, CountCondition, DisparityIndexName, StatedMethod, Subject } from "../types.js";

/**
 * Methods a computation can use, named so that the explanation can say which one matched:
 * denominators of shares, weighting of group means, rounding before differences and ranks.
 */
export type Method =
  | "national"
  | "provinceSum"
  | "groupSum"
  | "publishedTotal"
  | "ratioOfSums"
  | "populationWeighted"
  | "unweighted"
  | "meanOfRates"
  | "realGrowth"
  | "gdpWeighted"
  | "nominalFromLevels"
  | "provincesForNational"
  | "largestRemainder"
  | "fromRounded"
  | "unrounded"
  | "published"
  | "disparity"
  | "compoundAnnual"
  | "currentMembers"
  | "streak"
  | "spread"
  | "revised"
  | "byOperatorLocation"
  | "byDestinationSource"
  | "mainlandCities";

/** One way of computing a claimed quantity: the value (undefined when data are missing), what was used. */
export interface Computation {
  value?: number;
  methods: Method[];
  /** What is missing ("gdp_current 2024: 西藏") when `value` is undefined. */
  missing: string[];
  vintages: string[];
  /** For ranks: whether the computed rank is shared (并列). */
  tied?: boolean;
  /** Computed from a stand-in for a series not held (the 31 provinces for the national growth rate): see `Attempt.standIn`. */
  standIn?: boolean;
}

/** A value of one subject with its provenance (the shape of aggregate.ts's GroupValue). */
interface Value {
  value?: number;
  methods: Method[];
  missing: string[];
  vintages: string[];
}

const fromGroup = (g: GroupValue, methods: Method[], what: string): Value => ({
  value: g.value,
  methods: g.publishedTotal ? ["publishedTotal"] : methods,
  missing: g.value === undefined ? [`${what}: ${g.missing.join(", ") || "—"}`] : [],
  vintages: g.vintages,
});

const missingValue = (what: string): Value => ({ methods: [], missing: [what], vintages: [] });

/**
 * Computes claimed quantities on one dataset with the engine's functions (aggregate.ts, disparity.ts,
 * stats/): every documented alternative where the text leaves the method open (the share of 全国 as the
 * national total or the sum of the 31 provinces; a group's mean of provincial rates weighted or not;
 * differences of rounded or unrounded rates).
 */
export class Calculator {
  constructor(
    private readonly dataset: Dataset,
    private readonly registry: Registry,
  ) {}

  /**
   * Year whose group membership applies to every year of a comparison over time: "比2014年上升1.13个百分点"
   * compares 长三角 of 2024 (with 安徽) in both years, as the report does (set while computing such claims).
   */
  private membershipYear: number | undefined;
  /** The claim is about a city group's mainland cities only (内地; set while computing such claims). */
  private mainlandOnly = false;
  private readonly cache = new Map<string, Value[]>();

  /** Computations are pure functions of (what, indicator, subject, year, membership year, mainland): computed once. */
  private memo(what: string, ind: string, subject: Subject, year: number, f: () => Value[]): Value[] {
    const key = `${what}|${ind}|${subjectKey(subject)}|${year}|${this.membershipYear ?? ""}|${this.mainlandOnly}`;
    let v = this.cache.get(key);
    if (!v) this.cache.set(key, (v = f()));
    return v;
  }

  /**
   * All computations of the claim's quantity (empty when the claim has no measure); when the text names the
   * method ("按人口加权的板块均值计算"), only the computations by that method, if there are any.
   */
  compute(claim: Claim): Computation[] {
    const overTime = claim.measure?.kind === "change" || claim.measure?.kind === "direction" || (claim.measure?.kind === "points" && claim.measure.fromYear !== undefined) || (claim.measure?.kind === "growth" && claim.measure.annualFrom !== undefined);
    this.membershipYear = claim.asOfYear ?? (overTime ? claim.year : undefined);
    this.mainlandOnly = claim.mainland === true;
    try {
      const all = this.computeMeasure(claim);
      if (claim.method === undefined) return all;
      const named = all.filter((c) => c.methods.some((x) => STATED_METHODS[claim.method!].includes(x)));
      return named.length > 0 ? named : all;
    } finally {
      this.membershipYear = undefined;
      this.mainlandOnly = false;
    }
  }

  private computeMeasure(claim: Claim): Computation[] {
    const m = claim.measure;
    const year = claim.year;
    const ind = claim.indicator;
    if (!m || year === undefined || ind === undefined) return [];
    const subject = claim.subject;
    switch (m.kind) {
      case "level":
        return subject ? this.levels(ind, subject, year) : [];
      case "growth":
        if (subject && m.annualFrom !== undefined) {
          const from = m.annualFrom;
          return pairwise(this.levels(ind, subject, year), this.levels(ind, subject, from), (last, first) => cagr(first, last, year - from)).map((c) => ({ ...c, methods: ["compoundAnnual", ...c.methods] }));
        }
        return subject ? this.growths(ind, subject, year) : [];
      case "share":
        return subject ? this.shareValues(ind, subject, year, m.of, m.ofIndicator) : [];
      case "change": {
        if (!subject) return [];
        return pairwise(this.levels(ind, subject, year), this.levels(ind, subject, m.fromYear), (a, b) => a - b);
      }
      case "points": {
        if (!subject) return [];
        // a national comparator of a growth rate may stand in by the 31 provinces (the report's practice)
        const of = (s: Subject, y: number) => (m.base === "growth" ? this.growths(ind, s, y, s.kind === "national") : m.base === "share" ? this.shares(ind, s, y, m.of) : this.levels(ind, s, y));
        // growth rates are published to one decimal; shares and percent-valued levels as printed (73.28% − 63.91%)
        const decimals = m.base === "growth" ? 1 : Math.max(claim.stated.decimals, 1);
        if (m.spread) return this.spread(ind, subject, year, m.base, decimals);
        let out: Computation[];
        if (m.comparator) out = differences(of(subject, year), of(m.comparator, year), decimals);
        else if (m.fromYear !== undefined) out = differences(of(subject, year), of(subject, m.fromYear), decimals);
        else return [];
        return m.absolute ? out.map((c) => (c.value === undefined ? c : { ...c, value: Math.abs(c.value) })) : out;
      }
      case "direction": {
        // the change in one vintage, unrounded: its sign is the direction (both years from the same data)
        if (!subject) return [];
        const of = (y: number) => (m.base === "growth" ? this.growths(ind, subject, y) : m.base === "share" ? this.shareValues(ind, subject, y, m.of, m.ofIndicator) : this.levels(ind, subject, y));
        return differences(of(year), of(m.fromYear), 6).filter((c) => c.value === undefined || c.methods.includes("unrounded"));
      }
      case "rank":
        if (subject?.kind !== "province") return [];
        if (m.streakFrom !== undefined) return [this.rankStreak(ind, subject.code, m.streakFrom, year, m.by, m.within)];
        return this.ranks(ind, subject.code, year, m.by, m.within);
      case "count":
        return [this.count(m.condition, m.within, year, ind)];
      case "milestone":
        return subject ? this.levels(ind, subject, year) : [];
      case "structure":
        return subject ? this.structure(subject, year, m.part) : [];
      case "index":
        return [this.index(m.index, year)];
      case "relative":
        return subject ? pairwise(this.levels(ind, subject, year), this.levels(ind, m.of, year), (a, b) => (m.op === "ratio" ? a / b : a - b)) : [];
      case "ratio":
        return [];
    }
  }

  /** Level of `ind` in `year` for a subject, with the alternatives of its aggregation. */
  levels(ind: string, subject: Subject, year: number): Value[] {
    return this.memo("levels", ind, subject, year, () => this.levelsUncached(ind, subject, year));
  }

  private levelsUncached(ind: string, subject: Subject, year: number): Value[] {
    const derived = this.derived(ind, subject, year);
    if (derived) return derived;
    const def = indicatorCatalogue().get(ind);
    if (!def) return [missingValue(`${ind}`)];
    if (subject.kind === "province" || subject.kind === "national" || subject.kind === "city") {
      const code = subject.kind === "national" ? NATIONAL_CODE : subject.code;
      // a revised figure ("修订后的2023年（2.58%）") is held as its own series beside the first-published one
      const found = [ind, `${ind}${REVISED_SUFFIX}`].flatMap((id, k) => {
        const o = this.dataset.get(id, code, year);
        return o ? [{ value: o.value, methods: [k === 0 ? "published" : "revised"] as Method[], missing: [], vintages: [o.vintage] }] : [];
      });
      if (found.length > 0) return found;
      if (def.ratioOf && subject.kind !== "city") return [fromGroup(groupRatio(this.dataset, ind, [code], year), ["ratioOfSums"], `${ind} ${year}`)];
      // no stand-in for a national level: the provinces' sum is another quantity (central budgets, unallocated GDP)
      return [missingValue(`${ind} ${year}: ${whereOf(subject)}`)];
    }
    if (subject.kind === "group" && this.isCityGroup(subject) && ind === CITY_GDP_INDICATORS[0]) return [this.mainlandOnly ? this.mainlandCitySum(subject, year) : this.wholeCityGroup(subject)];
    // the members of the year, and (when they differ) the current members for every year ("为保持口径一致，
    // 各年均按2024年的成员范围计算")
    const memberships: { members: string[]; methods: Method[] }[] = [{ members: this.members(subject, year), methods: [] }];
    const current = subject.kind === "group" && this.membershipYear === undefined ? this.currentMembers(subject) : undefined;
    if (current && !sameSet(current, memberships[0]!.members)) memberships.push({ members: current, methods: ["currentMembers"] });
    const what = `${ind} ${year}`;
    return memberships.flatMap(({ members, methods }, k) => {
      switch (def.aggregation) {
        case "level":
          return [fromGroup(groupLevel(this.dataset, ind, members, year, k === 0 ? this.groupOf(subject) : undefined), [subject.kind === "provinceSum" ? "provinceSum" : "groupSum", ...methods], what)];
        case "ratio":
          return [fromGroup(groupRatio(this.dataset, ind, members, year), ["ratioOfSums", ...methods], what)];
        default:
          return [
            fromGroup(groupWeightedMean(members, (c) => this.dataset.get(ind, c, year), (c) => this.dataset.get("population_year_end", c, year)), ["populationWeighted", ...methods], what),
            fromGroup(groupWeightedMean(members, (c) => this.dataset.get(ind, c, year), (c) => (this.dataset.get(ind, c, year) ? { value: 1, source: "", vintage: "" } : undefined)), ["unweighted", ...methods], what),
          ];
      }
    });
  }

  /** Members of a group valid in the latest year of GDP data (the composition a report uses for every year). */
  private currentMembers(subject: Subject & { kind: "group" }): string[] | undefined {
    const g = this.groupOf(subject);
    const years = this.dataset.years("gdp_current");
    return g && years.length > 0 ? membersInYear(g, years[years.length - 1]!) : undefined;
  }

  /** True for a group whose members are cities (粤港澳大湾区: 9 Guangdong cities, 香港, 澳门). */
  private isCityGroup(subject: Subject & { kind: "group" }): boolean {
    const g = this.groupOf(subject);
    return g !== undefined && g.members.length > 0 && g.members.every((x) => x.level === "city");
  }

  /**
   * Σ GDP of a city group's mainland members (内地城市, in 亿元; the SARs are in their own currencies and
   * are not added), as cityStrategies.ts sums them; missing when a mainland city lacks the year.
   */
  private mainlandCitySum(subject: Subject & { kind: "group" }, year: number): Value {
    const ind = CITY_GDP_INDICATORS[0];
    const mainland = this.groupOf(subject)!.members.filter((x) => this.indicatorOf("gdp_current", { kind: "city", code: x.code, name: x.name }) === ind);
    const obs = mainland.map((x) => this.dataset.get(ind, x.code, year));
    if (mainland.length === 0 || obs.some((o) => o === undefined)) return missingValue(`${ind} ${year}: ${mainland.filter((_, k) => !obs[k]).map((x) => x.code).join(", ") || whereOf(subject)}`);
    return { value: obs.reduce((a, o) => a + o!.value, 0), methods: ["mainlandCities"], missing: [], vintages: unique(obs.map((o) => o!.vintage)) };
  }

  /**
   * A city group with its SARs ("粤港澳大湾区地区生产总值", not 内地): their GDP is held in their own currencies
   * and no exchange rate is held, so the whole group cannot be summed — missing, naming the members in
   * another currency.
   */
  private wholeCityGroup(subject: Subject & { kind: "group" }): Value {
    const others = this.groupOf(subject)!.members.filter((x) => this.indicatorOf("gdp_current", { kind: "city", code: x.code, name: x.name }) !== CITY_GDP_INDICATORS[0]);
    return missingValue(`${CITY_GDP_INDICATORS.slice(1).join("/")} → ${CITY_GDP_INDICATORS[0]}: ${others.map((x) => x.code).join(", ")}`);
  }

  /**
   * The indicator a city's level is held under: its city GDP series (亿元 for mainland cities, 亿港元 and
   * 亿澳门元 for the SARs) for GDP, the indicator itself otherwise; for a city group, the mainland series.
   */
  indicatorOf(ind: string, subject: Subject | undefined): string {
    if (ind !== "gdp_current" || !subject) return ind;
    if (subject.kind === "city") return CITY_GDP_INDICATORS.find((id) => this.dataset.observations(id).some((o) => o.regionCode === subject.code)) ?? CITY_GDP_INDICATORS[0];
    if (subject.kind === "group" && this.isCityGroup(subject)) return CITY_GDP_INDICATORS[0];
    return ind;
  }

  /** Rates and ratios derived from two indicators (城镇化率, 财政自给率, 城乡居民收入比). */
  private derived(ind: string, subject: Subject, year: number): Value[] | undefined {
    const ratio = (num: string, den: string, factor: number, denNational = den): Value[] => {
      const part = this.levels(num, subject, year)[0]!;
      const whole = this.levels(subject.kind === "national" ? denNational : den, subject, year)[0]!;
      if (part.value === undefined || whole.value === undefined || whole.value <= 0) return [{ methods: [], missing: [...part.missing, ...whole.missing], vintages: [] }];
      return [{ value: (part.value / whole.value) * factor, methods: ["ratioOfSums"], missing: [], vintages: unique([...part.vintages, ...whole.vintages]) }];
    };
    if (ind === "urbanisation_rate") return ratio("population_urban", "population_year_end", 100, "population_year_end_total_national");
    if (ind === "self_financing_ratio") return ratio("fiscal_revenue_general_budget", "fiscal_expenditure_general_budget", 100);
    if (ind === "urban_rural_income_ratio") return ratio("income_per_capita_urban", "income_per_capita_rural", 1);
    if (ind === "trade_total") {
      // "货物进出口总额" names no breakdown: both are tried, and the explanation says which matched
      return TRADE_BREAKDOWNS.flatMap(([id, method]) => this.levels(id, subject, year).map((v) => ({ ...v, methods: [...v.methods, method] })));
    }
    return undefined;
  }

  /**
   * Growth of `ind` in `year` on the previous year: real for GDP and sector value added, nominal otherwise
   * (and for cities, whose GDP has no index). Both years use the members of `year`. `standIn`: the national
   * real growth, which the data lack, may be stood in for by the 31 provinces (comparisons with 全国).
   */
  growths(ind: string, subject: Subject, year: number, standIn = false): Value[] {
    const saved = this.membershipYear;
    this.membershipYear ??= year;
    try {
      return this.memo(`growths${standIn ? ":standIn" : ""}`, ind, subject, year, () => this.growthsUncached(ind, subject, year, standIn));
    } finally {
      this.membershipYear = saved;
    }
  }

  private growthsUncached(ind: string, subject: Subject, year: number, standIn: boolean): Value[] {
    if (ind === "gdp_current" && subject.kind !== "city") return this.realGrowths(subject, year, standIn);
    const sectorIndex = `${ind}_index_prev_year`;
    const def = indicatorCatalogue().get(ind);
    if (indicatorCatalogue().has(sectorIndex) && this.dataset.has(sectorIndex)) return this.indexGrowths(sectorIndex, ind, subject, year);
    if (def && def.unit === "%" && def.aggregation === "rate") {
      // the indicator is itself a growth rate (固定资产投资 1–12月累计增长)
      if (subject.kind === "province" || subject.kind === "national") {
        const o = this.dataset.get(ind, subject.kind === "province" ? subject.code : NATIONAL_CODE, year);
        return [o ? { value: o.value, methods: ["published"], missing: [], vintages: [o.vintage] } : missingValue(`${ind} ${year}: ${whereOf(subject)}`)];
      }
      return [missingValue(`${ind}: ${whereOf(subject)}`)];
    }
    const now = this.levels(ind, subject, year);
    const before = this.levels(ind, subject, year - 1);
    const out: Value[] = now.map((v, i) => {
      const b = before[Math.min(i, before.length - 1)]!;
      if (v.value === undefined || b.value === undefined || b.value <= 0) return { methods: ["nominalFromLevels", ...v.methods], missing: [...v.missing, ...b.missing], vintages: [] };
      return { value: nominalGrowth(b.value, v.value), methods: ["nominalFromLevels", ...v.methods], missing: [], vintages: unique([...v.vintages, ...b.vintages]) };
    });
    if (subject.kind === "group" || subject.kind === "provinceSum") {
      // unweighted mean of the provinces' growth rates (the reference report's method for income and retail)
      const rates = this.members(subject, year).map((c) => {
        const a = this.dataset.get(ind, c, year - 1);
        const b = this.dataset.get(ind, c, year);
        return a && b && a.value > 0 ? nominalGrowth(a.value, b.value) : undefined;
      });
      out.push(rates.every((r) => r !== undefined) && rates.length > 0 ? { value: rates.reduce((x, y) => x + y!, 0) / rates.length, methods: ["nominalFromLevels", "meanOfRates"], missing: [], vintages: [] } : missingValue(`${ind} ${year - 1}–${year}`));
    }
    return out;
  }

  private realGrowths(subject: Subject, year: number, standIn: boolean): Value[] {
    if (subject.kind === "province" || subject.kind === "national") {
      const code = subject.kind === "province" ? subject.code : NATIONAL_CODE;
      const g = realGrowthOf(this.dataset, code, year);
      if (g) return [{ value: g.value, methods: ["realGrowth"], missing: [], vintages: [g.vintage] }];
      if (subject.kind === "province" || !standIn) return [missingValue(`gdp_index_prev_year ${year}: ${whereOf(subject)}`)];
      // no national index: in comparisons the 31-province weighted mean stands in (the report says so)
      return [fromGroup(groupRealGrowth(this.dataset, this.allCodes(), year), ["realGrowth", "gdpWeighted", "provincesForNational"], `gdp_index_prev_year ${year}`)];
    }
    if (subject.kind === "group" && this.isCityGroup(subject)) return this.growthsUncached(CITY_GDP_INDICATORS[0], subject, year, false);
    // regional real growth has one documented method: weighted by previous-year GDP (NBS practice)
    const members = this.members(subject, year);
    return [fromGroup(groupRealGrowth(this.dataset, members, year), ["realGrowth", "gdpWeighted"], `gdp_index_prev_year/gdp_current ${year}`)];
  }

  private indexGrowths(index: string, weight: string, subject: Subject, year: number): Value[] {
    const rateOf = (c: string) => {
      const o = this.dataset.get(index, c, year);
      return o ? { value: growthFromIndex(o.value), source: o.source, vintage: o.vintage } : undefined;
    };
    if (subject.kind === "province" || subject.kind === "national") {
      const r = rateOf(subject.kind === "province" ? subject.code : NATIONAL_CODE);
      return [r ? { value: r.value, methods: ["realGrowth"], missing: [], vintages: [r.vintage] } : missingValue(`${index} ${year}: ${whereOf(subject)}`)];
    }
    const members = this.members(subject, year);
    return [fromGroup(groupWeightedMean(members, rateOf, (c) => this.dataset.get(weight, c, year - 1)), ["realGrowth", "gdpWeighted"], `${index} ${year}`)];
  }

  /** A share of the subject in `of` (`shares`), or of `ind` in another indicator of the subject (第三产业增加值占地区生产总值). */
  private shareValues(ind: string, subject: Subject, year: number, of?: Subject, ofIndicator?: string): Value[] {
    if (!ofIndicator) return this.shares(ind, subject, year, of);
    return pairwise(this.levels(ind, subject, year), this.levels(ofIndicator, subject, year), shareIfDefined);
  }

  /** Shares of `ind` held by the subject in the denominator `of` (全国: national total or province sum). */
  shares(ind: string, subject: Subject, year: number, of?: Subject): Value[] {
    return this.memo(`shares:${of ? subjectKey(of) : ""}`, ind, subject, year, () => this.sharesUncached(ind, subject, year, of));
  }

  private sharesUncached(ind: string, subject: Subject, year: number, of?: Subject): Value[] {
    const parts = this.levels(ind, subject, year);
    const part = parts[0]!;
    const national: Subject = { kind: "national", name: "" };
    const provinceSum: Subject = { kind: "provinceSum", name: "" };
    // "占31个省份合计" names one denominator; "占全国" (or none) leaves both the national total and the province sum
    const denominators: { s: Subject; method: Method }[] =
      of?.kind === "provinceSum"
        ? [{ s: provinceSum, method: "provinceSum" }]
        : of === undefined || of.kind === "national"
        ? [
            { s: national, method: "national" },
            { s: provinceSum, method: "provinceSum" },
          ]
        : [{ s: of, method: "groupSum" }];
    const out: Value[] = denominators.map(({ s, method }) => {
      const whole = this.levels(ind, s, year)[0]!;
      if (part.value === undefined || whole.value === undefined || shareIfDefined(part.value, whole.value) === undefined) return { methods: [method], missing: [...part.missing, ...whole.missing], vintages: [] };
      return { value: shareOfTotal(part.value, whole.value), methods: [method, ...part.methods.filter((x) => x === "publishedTotal")], missing: [], vintages: unique([...part.vintages, ...whole.vintages]) };
    });
    if (subject.kind === "group" && (of === undefined || of.kind !== "group")) {
      // shares that must add to 100 are displayed by largest remainder (the report's four regions, north/south)
      const lr = this.largestRemainderShare(ind, subject, year);
      if (lr) out.push(lr);
    }
    return out;
  }

  private largestRemainderShare(ind: string, subject: Subject & { kind: "group" }, year: number): Value | undefined {
    const grouping = this.registry.groupings.find((g) => g.name === subject.grouping);
    if (!grouping) return undefined;
    const levels = grouping.groups.map((g) => this.levels(ind, { kind: "group", grouping: grouping.name, name: g.name }, year)[0]!);
    if (levels.some((l) => l.value === undefined)) return undefined;
    const total = levels.reduce((a, l) => a + l.value!, 0);
    const members = new Set(grouping.groups.flatMap((g) => membersInYear(g, year)));
    if (members.size !== this.registry.provinces.length || !(total > 0)) return undefined;
    const shown = largestRemainderRound(
      levels.map((l) => shareOfTotal(l.value!, total)),
      2,
    );
    const i = grouping.groups.findIndex((g) => g.name === subject.name);
    return { value: shown[i], methods: ["provinceSum", "largestRemainder"], missing: [], vintages: unique(levels.flatMap((l) => l.vintages)) };
  }

  /** Rank of a province among all provinces (or the members of `within`) by level or growth, on published rounding. */
  ranks(ind: string, code: string, year: number, by: "level" | "growth", within?: Subject): Computation[] {
    const key = `${ind}|${year}|${by}|${within ? subjectKey(within) : ""}|${this.membershipYear ?? ""}`;
    let table = this.rankCache.get(key);
    if (!table) this.rankCache.set(key, (table = this.rankTable(ind, year, by, within)));
    const i = table.codes.indexOf(code);
    return i < 0 ? [] : table.byIndex(i);
  }

  private readonly rankCache = new Map<string, { codes: string[]; byIndex: (i: number) => Computation[] }>();

  /**
   * A rank held in every year from `from` to `year` ("自2006年以来连续19年居第1位"), on published rounding:
   * the rank of `year` when every year has it, else the first different rank (which refutes the streak).
   */
  private rankStreak(ind: string, code: string, from: number, year: number, by: "level" | "growth", within?: Subject): Computation {
    const byYear = Array.from({ length: year - from + 1 }, (_, k) => this.ranks(ind, code, from + k, by, within)[0]);
    const missing = byYear.flatMap((r, k) => (r?.value === undefined ? (r?.missing.length ? r.missing : [`${ind} ${from + k}: ${code}`]) : []));
    if (missing.length > 0) return { methods: [], missing: unique(missing), vintages: [] };
    const last = byYear[byYear.length - 1]!;
    const other = byYear.find((r) => r!.value !== last.value);
    return { value: (other ?? last).value, methods: ["fromRounded", "streak"], missing: [], vintages: unique(byYear.flatMap((r) => r!.vintages)) };
  }

  /**
   * The spread between the highest and the lowest member of a group (区内最高与最低增速相差…), of growth
   * rates, shares or levels: from values rounded to `decimals` as published, and unrounded.
   */
  private spread(ind: string, subject: Subject, year: number, base: "growth" | "share" | "level", decimals: number): Computation[] {
    const codes = this.members(subject, year);
    const values = codes.map((c) => {
      const s: Subject = { kind: "province", code: c, name: c };
      return (base === "growth" ? this.growths(ind, s, year) : base === "share" ? this.shares(ind, s, year) : this.levels(ind, s, year))[0]!;
    });
    if (codes.length === 0 || values.some((v) => v.value === undefined)) return [{ methods: [], missing: unique(values.flatMap((v) => v.missing)).concat(codes.length === 0 ? [whereOf(subject)] : []), vintages: [] }];
    const vintages = unique(values.flatMap((v) => v.vintages));
    const range = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    const methods = values[0]!.methods;
    return [
      { value: roundHalfUp(range(values.map((v) => roundHalfUp(v.value!, decimals))), decimals), methods: [...methods, "spread", "fromRounded"], missing: [], vintages },
      { value: range(values.map((v) => v.value!)), methods: [...methods, "spread", "unrounded"], missing: [], vintages },
    ];
  }

  private rankTable(ind: string, year: number, by: "level" | "growth", within?: Subject): { codes: string[]; byIndex: (i: number) => Computation[] } {
    const codes = within && within.kind === "group" ? this.members(within, year) : this.allCodes();
    const raw = codes.map((c) => {
      const s: Subject = { kind: "province", code: c, name: c };
      return (by === "growth" ? this.growths(ind, s, year) : this.levels(ind, s, year))[0]!;
    });
    const missing = codes.filter((_, k) => raw[k]!.value === undefined);
    const decimals = by === "growth" ? GROWTH_DECIMALS : GDP_DECIMALS;
    const variants: [Method, (number | undefined)[]][] = [
      ["fromRounded", raw.map((v) => (v.value === undefined ? undefined : roundHalfUp(v.value, decimals)))],
      ["unrounded", raw.map((v) => v.value)],
    ];
    const ranked = variants.map(([method, values]) => ({ method, values, ranks: competitionRank(values) }));
    const vintages = unique(raw.flatMap((v) => v.vintages));
    const byIndex = (i: number): Computation[] => {
      if (raw[i]!.value === undefined) return [{ methods: [], missing: [`${ind} ${year}: ${codes[i]}`], vintages: [] }];
      // a rank among provinces some of which are missing is not a rank among all of them
      if (missing.length > 0) return [{ methods: [], missing: missing.map((c) => `${ind} ${year}: ${c}`), vintages: [] }];
      return ranked.map((r) => ({ value: r.ranks[i], tied: isTied(r.values, i), methods: [r.method], missing: [], vintages }));
    };
    return { codes, byIndex };
  }

  private readonly otherCache = new Map<string, Computation>();

  /** `f()` computed once per key (counts and disparity indices recur across a report). */
  private once(key: string, f: () => Computation): Computation {
    let c = this.otherCache.get(key);
    if (!c) this.otherCache.set(key, (c = f()));
    return c;
  }

  /** Count of provinces of `within` (default: all) meeting a condition. */
  count(condition: CountCondition, within: Subject | undefined, year: number, ind: string): Computation {
    return this.once(`count|${JSON.stringify(condition)}|${within ? subjectKey(within) : ""}|${year}|${ind}`, () => this.countUncached(condition, within, year, ind));
  }

  private countUncached(condition: CountCondition, within: Subject | undefined, year: number, ind: string): Computation {
    const codes = within && within.kind === "group" ? this.members(within, year) : this.allCodes();
    if (condition.kind === "members") return { value: codes.length, methods: [], missing: [], vintages: [] };
    if (condition.kind === "topN") {
      const ranks = codes.map((c) => this.ranks(condition.by === "growth" ? "gdp_current" : ind, c, year, condition.by)[0]);
      if (ranks.some((r) => r?.value === undefined)) return { methods: ["fromRounded"], missing: unique(ranks.flatMap((r) => r?.missing ?? [])), vintages: [] };
      return { value: ranks.filter((r) => r!.value! <= condition.n).length, methods: ["fromRounded"], missing: [], vintages: unique(ranks.flatMap((r) => r!.vintages)) };
    }
    if (condition.kind === "levelAbove" || condition.kind === "levelBelow" || condition.kind === "levelAboveNational" || condition.kind === "levelBelowNational") {
      const levels = codes.map((c) => this.levels(ind, { kind: "province", code: c, name: c }, year)[0]!);
      const national = condition.kind === "levelAboveNational" || condition.kind === "levelBelowNational" ? this.levels(ind, { kind: "national", name: "" }, year)[0]! : undefined;
      const threshold = "threshold" in condition ? condition.threshold : national?.value;
      if (levels.some((l) => l.value === undefined) || threshold === undefined) return { methods: [], missing: unique([...levels.flatMap((l) => l.missing), ...(national?.missing ?? [])]), vintages: [] };
      const above = condition.kind === "levelAbove" || condition.kind === "levelAboveNational";
      return { value: levels.filter((l) => (above ? l.value! > threshold : l.value! < threshold)).length, methods: [], missing: [], vintages: unique([...levels.flatMap((l) => l.vintages), ...(national?.vintages ?? [])]) };
    }
    const rates = codes.map((c) => this.realGrowths({ kind: "province", code: c, name: c }, year, false)[0]!);
    const comparator = this.realGrowths({ kind: "national", name: "" }, year, true)[0]!;
    if (rates.some((r) => r.value === undefined) || comparator.value === undefined) return { methods: [], missing: unique([...rates.flatMap((r) => r.missing), ...comparator.missing]), vintages: [] };
    const c = roundHalfUp(comparator.value, GROWTH_DECIMALS);
    const shown = rates.map((r) => roundHalfUp(r.value!, GROWTH_DECIMALS));
    const n = condition.kind === "growthAboveNational" ? shown.filter((x) => x > c).length : shown.filter((x) => x < c).length;
    const standIn = comparator.methods.includes("provincesForNational");
    return { value: n, methods: ["fromRounded", ...(standIn ? (["provincesForNational"] as Method[]) : [])], missing: [], vintages: unique([...rates.flatMap((r) => r.vintages), ...comparator.vintages]), ...(standIn ? { standIn } : {}) };
  }

  /** A sector's share of the three-sector sum (三次产业结构), by largest remainder (as published) and plainly rounded. */
  structure(subject: Subject, year: number, part: 0 | 1 | 2): Computation[] {
    const sectors = ["va_primary", "va_secondary", "va_tertiary"].map((s) => this.levels(s, subject, year)[0]!);
    if (sectors.some((v) => v.value === undefined)) return [{ methods: [], missing: unique(sectors.flatMap((v) => v.missing)), vintages: [] }];
    const total = sectors.reduce((a, v) => a + v.value!, 0);
    const shares = sectors.map((v) => shareOfTotal(v.value!, total));
    const vintages = unique(sectors.flatMap((v) => v.vintages));
    return [
      { value: largestRemainderRound(shares, 1)[part], methods: ["largestRemainder"], missing: [], vintages },
      { value: shares[part], methods: ["unrounded"], missing: [], vintages },
    ];
  }

  /** A disparity index of provincial GDP per capita in `year` (analysis/disparity.ts). */
  index(name: DisparityIndexName, year: number): Computation {
    return this.once(`index|${name}|${year}`, () => this.indexUncached(name, year));
  }

  private indexUncached(name: DisparityIndexName, year: number): Computation {
    try {
      if (name === "moranI") {
        const m = moranOfYear(this.dataset, this.registry, year, undefined, { permutations: 1 });
        return m.global ? { value: m.global.I, methods: ["disparity"], missing: [], vintages: [] } : { methods: [], missing: m.missing, vintages: [] };
      }
      const d = disparityOfYear(this.dataset, this.registry, year);
      if (!d.indices) return { methods: [], missing: [...d.missing, ...d.missingPopulation], vintages: [] };
      const value = { cvWeighted: d.indices.williamsonCV, theilT: d.indices.theilTWeighted, sd: d.indices.sd, range: d.indices.range }[name];
      return { value, methods: ["disparity"], missing: [], vintages: [] };
    } catch (e) {
      return { methods: [], missing: [(e as Error).message], vintages: [] };
    }
  }

  /** The registry the calculator was made with. */
  registryOf(): Registry {
    return this.registry;
  }

  /** The registry's provinces (code, short name). */
  provinces(): readonly { code: string; name: string }[] {
    return this.registry.provinces;
  }

  /** First year the data hold `ind` (undefined when not held). */
  firstYear(ind: string): number | undefined {
    return this.dataset.years(ind)[0];
  }

  private allCodes(): string[] {
    return this.registry.provinces.map((p) => p.code);
  }

  private members(subject: Subject, year: number): string[] {
    if (subject.kind === "provinceSum" || subject.kind === "national") return this.allCodes();
    if (subject.kind === "province" || subject.kind === "city") return [subject.code];
    const g = this.groupOf(subject);
    return g ? membersInYear(g, this.membershipYear ?? year) : [];
  }

  private groupOf(subject: Subject) {
    if (subject.kind !== "group") return undefined;
    return this.registry.groupings.find((g) => g.name === subject.grouping)?.groups.find((g) => g.name === subject.name);
  }
}

/** The computation methods a method named in the text stands for. */
const STATED_METHODS: Readonly<Record<StatedMethod, readonly Method[]>> = {
  populationWeighted: ["populationWeighted"],
  unweighted: ["unweighted", "meanOfRates"],
  sum: ["groupSum", "provinceSum", "publishedTotal"],
};

/** The two breakdowns of goods trade by province, in the order tried (the operator's location is NBS's headline). */
const TRADE_BREAKDOWNS: readonly [string, Method][] = [
  ["trade_total_by_operator_location", "byOperatorLocation"],
  ["trade_total_by_destination_source", "byDestinationSource"],
];

/** a − b for each pair of alternatives (same index), plus the difference of values rounded to `decimals` first. */
function differences(a: Value[], b: Value[], decimals: number): Computation[] {
  const out: Computation[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[Math.min(i, a.length - 1)]!;
    const y = b[Math.min(i, b.length - 1)]!;
    if (x.value === undefined || y.value === undefined) {
      out.push({ methods: x.methods, missing: [...x.missing, ...y.missing], vintages: [] });
      continue;
    }
    const vintages = unique([...x.vintages, ...y.vintages]);
    const methods = withStandIn(x.methods, y.methods);
    out.push({ value: differenceInPoints(roundHalfUp(x.value, decimals), roundHalfUp(y.value, decimals)), methods: [...methods, "fromRounded"], missing: [], vintages });
    out.push({ value: x.value - y.value, methods: [...methods, "unrounded"], missing: [], vintages });
  }
  return out;
}

function pairwise(a: Value[], b: Value[], f: (x: number, y: number) => number | undefined): Computation[] {
  return a.map((x, i) => {
    const y = b[Math.min(i, b.length - 1)]!;
    const value = x.value === undefined || y.value === undefined ? undefined : f(x.value, y.value);
    if (value === undefined) return { methods: x.methods, missing: [...x.missing, ...y.missing], vintages: [] };
    return { value, methods: withStandIn(x.methods, y.methods), missing: [], vintages: unique([...x.vintages, ...y.vintages]) };
  });
}

/** The methods of a computation from two values: the first's, and the second's stand-in when it used one. */
function withStandIn(a: readonly Method[], b: readonly Method[]): Method[] {
  return b.includes("provincesForNational") && !a.includes("provincesForNational") ? [...a, "provincesForNational"] : [...a];
}

/** The share (%) of `part` in `whole`, or undefined where there is none (negative part, whole ≤ 0): not computable, never a crash. */
function shareIfDefined(part: number, whole: number): number | undefined {
  return part >= 0 && whole > 0 ? shareOfTotal(part, whole) : undefined;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs.filter((x) => x !== ""))].sort();
}

/** A subject in a "what is missing" line: a region code (named in the reader's language by `localiseCodes`), or a group's name. */
function whereOf(s: Subject): string {
  return s.kind === "province" || s.kind === "city" ? s.code : s.kind === "national" ? NATIONAL_CODE : s.name;
}

function subjectKey(s: Subject): string {
  return s.kind === "province" || s.kind === "city" ? s.code : s.kind === "group" ? `${s.grouping}/${s.name}` : s.kind;
}
