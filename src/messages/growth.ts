import type { Text } from "../types/text.js";
import { fixed, list, num, pct, points, rank, wanYi, yi, yiUnit, yearRange } from "./format.js";
import type { Named } from "./names.js";

/**
 * Words of the section "区域经济增长格局" (regional growth pattern): sentence templates, captions, table
 * headers and notes. Templates receive names (Text, from the data) and numbers and format the numbers
 * here; which template applies is decided by the narrative from the rules' decisions.
 */

/** The denominator of shares, named in every share. */
export const denominatorName = {
  provinceSum: { zh: "31个省份合计", en: "the sum of the 31 provinces" },
  groupTotals: { zh: "四大板块合计", en: "the sum of the four regions' totals" },
  national: { zh: "全国", en: "the national total" },
} satisfies Record<string, Text>;

/** The growth comparator: the national rate, or the 31-province weighted mean when it is missing. */
export const comparatorName = {
  national: { zh: "全国", en: "the national rate" },
  provinceWeighted: { zh: "31个省份加权平均", en: "the 31-province weighted mean" },
} satisfies Record<string, Text>;

// ---- overview ------------------------------------------------------------------------------------

/** Opening when regional growth cannot be computed: `none` when no region has it. */
export const patternNotComputable = (year: number, none: boolean): Text => ({
  zh: `${year}年${none ? "四大板块" : "部分板块"}的实际增速无法计算（原因见增速表的注），无法判断四大板块的增长格局。`,
  en: `Real growth cannot be computed for ${none ? "any of the four regions" : "some regions"} in ${year} (see the notes to the growth table), so their growth pattern cannot be judged.`,
});

/** 西快东慢 / 东快西慢: the West's rate, the East's, and the gap in points (≥ the tolerance). */
export const eastWestPattern = (westFaster: boolean, west: number, east: number, gap: number): Text => ({
  zh: `区域经济增长呈现${westFaster ? "“西快东慢”" : "“东快西慢”"}格局：西部地区增长${pct(west)}，比东部地区（${pct(east)}）${west > east ? "高" : "低"}${fixed(gap, 1)}个百分点`,
  en: `${westFaster ? "the West grew faster than the East" : "the East grew faster than the West"} (${pct(west)} against ${pct(east)}, a gap of ${fixed(gap, 1)} percentage points)`,
});

/** East and West print the same rate: 基本持平. */
export const eastWestEqual = (west: number, east: number): Text => ({
  zh: `东西部地区经济增速基本持平（西部地区增长${pct(west)}，东部地区增长${pct(east)}）`,
  en: `the East and the West grew at much the same rate (the West ${pct(west)}, the East ${pct(east)})`,
});

/** One side ahead by less than the tolerance: described with its gap, not called a pattern. */
export const eastWestSlightly = (westLeads: boolean, west: number, east: number, gap: number): Text =>
  westLeads
    ? {
        zh: `西部地区经济增速略高于东部地区（西部地区增长${pct(west)}，东部地区增长${pct(east)}，相差${fixed(gap, 1)}个百分点）`,
        en: `the West grew slightly faster than the East (${pct(west)} against ${pct(east)}, a gap of ${fixed(gap, 1)} percentage points)`,
      }
    : {
        zh: `东部地区经济增速略高于西部地区（东部地区增长${pct(east)}，西部地区增长${pct(west)}，相差${fixed(gap, 1)}个百分点）`,
        en: `the East grew slightly faster than the West (${pct(east)} against ${pct(west)}, a gap of ${fixed(gap, 1)} percentage points)`,
      };

/**
 * The overview sentence: the east–west opening, then the fastest and slowest regions. `fastestRate` is
 * omitted when the opening already gave it (the West is the fastest of a 西快东慢 pattern).
 */
export const overview = (year: number, opening: Text, fastest: Text, tied: boolean, fastestRate: number | undefined, slowest: Text, slowestRate: number): Text => ({
  zh: `${year}年，${opening.zh}；四大板块中，${fastest.zh}增速${tied ? "并列" : ""}最快${fastestRate === undefined ? "" : `（${pct(fastestRate)}）`}，${slowest.zh}增速最慢（${pct(slowestRate)}）。`,
  en: `In ${year}, ${opening.en}; ${fastestRate === undefined ? "it was the fastest of the four regions" : `${fastest.en} grew fastest (${pct(fastestRate)})`} and ${slowest.en} the slowest (${pct(slowestRate)}).`,
});

// ---- national context ----------------------------------------------------------------------------

/** National GDP and the 31-province sum (万亿元), and what shares are shares of. */
export const context = (year: number, national: number | undefined, provinceSum: number | undefined, shares: Text): Text => {
  const zhParts = [national !== undefined ? `全国国内生产总值${wanYi(national, "zh")}` : "全国国内生产总值数据缺失"];
  if (provinceSum !== undefined) zhParts.push(`31个省份地区生产总值合计${wanYi(provinceSum, "zh")}`);
  const enParts = [national !== undefined ? `national GDP was ${wanYi(national, "en")}` : "national GDP is missing"];
  if (provinceSum !== undefined) enParts.push(`the 31 provinces together produced ${wanYi(provinceSum, "en")}`);
  return { zh: `${year}年，${zhParts.join("，")}。${shares.zh}`, en: `In ${year}, ${enParts.join(" and ")}. ${shares.en}` };
};

export const sharesOf = (denominator: Text): Text => ({
  zh: `本节占比均以${denominator.zh}为分母。`,
  en: `Shares in this section are shares of ${denominator.en}.`,
});

export const sharesNotComputable = (missing: readonly Named[]): Text => ({
  zh: `因缺少${missing.map((p) => p.name).join("、")}的地区生产总值，本节无法计算占比。`,
  en: `Shares cannot be computed: GDP is missing for ${list(missing.map((p) => p.nameEn), "en")}.`,
});

// ---- regions -------------------------------------------------------------------------------------

export const regionGdpMissing = (year: number, region: Text, missing: readonly Named[]): Text => ({
  zh: `${year}年${region.zh}生产总值无法计算（缺少${missing.map((p) => p.name).join("、")}的数据）。`,
  en: `GDP of ${region.en} in ${year} cannot be computed (no data for ${list(missing.map((p) => p.nameEn), "en")}).`,
});

/**
 * One region: GDP, its share of the denominator (when known), real growth and its change on the
 * previous year (when known; `growth` undefined = missing).
 */
export const regionGdp = (year: number, region: Text, gdp: number, share: { value: number; of: Text } | undefined, growth: { rate: number; change?: number } | undefined): Text => {
  const shareZh = share === undefined ? "" : `，占${share.of.zh}的${fixed(share.value, 2)}%`;
  const shareEn = share === undefined ? "" : `, ${fixed(share.value, 2)}% of ${share.of.en}`;
  let growthZh = "，实际增速数据缺失";
  let growthEn = "; real growth is missing";
  if (growth !== undefined) {
    const c = growth.change;
    growthZh = `，按不变价格计算比上年增长${pct(growth.rate)}${c === undefined ? "" : `，增速${c === 0 ? "与上年持平" : `比上年${points(c, "zh")}`}`}`;
    growthEn = `; real growth was ${pct(growth.rate)}${c === undefined ? "" : `, ${points(c, "en")} on the previous year`}`;
  }
  return {
    zh: `${year}年，${region.zh}生产总值${yi(gdp, "zh")}${shareZh}${growthZh}。`,
    en: `In ${year}, GDP of ${region.en} was ${yi(gdp, "en")}${shareEn}${growthEn}.`,
  };
};

/** A province with its growth in brackets: "江苏（5.7%）" / "Jiangsu (5.7%)". */
const withRate = (p: Named & { realGrowth?: number }): Text => ({ zh: `${p.name}（${pct(p.realGrowth)}）`, en: `${p.nameEn} (${pct(p.realGrowth)})` });

/** "（广西、贵州增速数据缺失，未参与比较）": members a comparison left out; "" when none. */
export const notCompared = (missing: readonly Named[]): Text =>
  missing.length === 0
    ? { zh: "", en: "" }
    : { zh: `（${missing.map((p) => p.name).join("、")}增速数据缺失，未参与比较）`, en: ` (growth missing for ${missing.map((p) => p.nameEn).join(", ")}; not compared)` };

/** Members of a region growing faster than the comparator (none, one or several). */
export const aboveComparator = (region: Text, comparator: Text, comparatorRate: number, above: readonly (Named & { realGrowth?: number })[], missing: Text): Text => {
  const items = above.map(withRate);
  if (items.length === 0) {
    return {
      zh: `${region.zh}没有省份增速高于${comparator.zh}水平（${pct(comparatorRate)}）。`,
      en: `No province of ${region.en} grew faster than ${comparator.en} (${pct(comparatorRate)}).`,
    };
  }
  return {
    zh: `${region.zh}有${items.length}个省份增速高于${comparator.zh}水平（${pct(comparatorRate)}），${items.length === 1 ? "为" : "分别是"}${items.map((t) => t.zh).join("、")}${missing.zh}。`,
    en: `${items.length} ${items.length === 1 ? "province" : "provinces"} of ${region.en} grew faster than ${comparator.en} (${pct(comparatorRate)}): ${items.map((t) => t.en).join(", ")}${missing.en}.`,
  };
};

/** Fastest and slowest province within a region and the gap between them. */
export const provinceExtremes = (region: Text, fastest: Text, fastestRate: number, slowest: Text, slowestRate: number, gap: number, missing: Text): Text => ({
  zh: `${region.zh}内部，${fastest.zh}增速最快（${pct(fastestRate)}），${slowest.zh}增速最慢（${pct(slowestRate)}），相差${fixed(gap, 1)}个百分点${missing.zh}。`,
  en: `Within ${region.en}, ${fastest.en} grew fastest (${pct(fastestRate)}) and ${slowest.en} slowest (${pct(slowestRate)}), a gap of ${fixed(gap, 1)} percentage points${missing.en}.`,
});

/** Regions below the comparator, with the gap in points. */
export const belowComparator = (items: readonly { region: Text; gap: number }[], comparator: Text): Text => ({
  zh: `四大板块中，${items.map((i) => `${i.region.zh}低于${comparator.zh}水平${fixed(i.gap, 1)}个百分点`).join("，")}。`,
  en: `Among the four regions, ${items.map((i) => `${i.region.en} was below ${comparator.en} by ${fixed(i.gap, 1)} percentage points`).join("; ")}.`,
});

// ---- ranking -------------------------------------------------------------------------------------

type Ranked = Named & { gdp?: number; gdpRank?: number; gdpTied: boolean; realGrowth?: number; growthRank?: number; growthTied: boolean };

/**
 * Top provinces by GDP with their ranks ("居全国第N位" only when all provinces have data, else among
 * the `withData` provinces), and the count of provinces at or above `milestone` 亿元 when any.
 */
export const sizeRanking = (top: readonly Ranked[], complete: boolean, withData: number, milestone: number, aboveMilestone: number): Text => {
  const threshold = { zh: `${milestone / 10000}万亿元`, en: `${milestone / 10000} trillion yuan` };
  return {
    zh: `从经济总量看，${complete ? "" : `在有数据的${withData}个省份中，`}${top.map((p) => `${p.name}${yi(p.gdp, "zh")}，居${complete ? "全国" : ""}${rank(p.gdpRank, p.gdpTied, "zh")}`).join("；")}。${aboveMilestone === 0 ? "" : `地区生产总值超过${threshold.zh}的省份有${aboveMilestone}个。`}`,
    en: `By size${complete ? "" : ` (among the ${withData} provinces with data)`}: ${top.map((p) => `${p.nameEn} ${yi(p.gdp, "en")} (${rank(p.gdpRank, p.gdpTied, "en")})`).join("; ")}.${aboveMilestone === 0 ? "" : ` ${aboveMilestone} ${aboveMilestone === 1 ? "province" : "provinces"} had GDP above ${threshold.en}.`}`,
  };
};

/** Top provinces by growth with their ranks; `withData` given when some provinces lack growth. */
export const growthRanking = (top: readonly Ranked[], withData: number | undefined): Text => ({
  zh: `从经济增速看，${withData === undefined ? "" : `在有增速数据的${withData}个省份中，`}增速居前的省份是${top.map((p) => `${p.name}（${pct(p.realGrowth)}，${rank(p.growthRank, p.growthTied, "zh")}）`).join("、")}。`,
  en: `By growth${withData === undefined ? "" : ` (among the ${withData} provinces with growth data)`}, the leading provinces were ${top.map((p) => `${p.nameEn} (${pct(p.realGrowth)}, ${rank(p.growthRank, p.growthTied, "en")})`).join(", ")}.`,
});

export const notRankedBySize = (year: number, missing: readonly Named[]): Text => ({
  zh: `${list(missing.map((p) => p.name), "zh")}${year}年地区生产总值数据缺失，未参与经济总量排序。`,
  en: `GDP for ${list(missing.map((p) => p.nameEn), "en")} in ${year} is missing; they are not ranked by size.`,
});

// ---- north and south -----------------------------------------------------------------------------

export const northSouthNotComputable = (year: number): Text => ({
  zh: `${year}年南北地区生产总值数据不全，无法计算南北占比。`,
  en: `North–south shares for ${year} cannot be computed: data are incomplete.`,
});

const patternWord = (southStronger: boolean) => (southStronger ? "“南强北弱”" : "“北强南弱”");

/** One side's quoted share and its change on the previous year. */
const sideShare = (side: Named, share: number, change: number | undefined, of: Text): Text => ({
  zh: `${side.name}地区经济总量占${of.zh}的${pct(share)}${change === undefined ? "" : change === 0 ? "，与上年持平" : `，比上年${points(change, "zh", "share")}`}`,
  en: `the ${side.nameEn.toLowerCase()} accounted for ${pct(share)} of ${of.en}${change === undefined ? "" : ` (${points(change, "en", "share")})`}`,
});

/**
 * North–south shares, the 南强北弱 verdict (and whether it changed), both sides' real growth, and the
 * price explanation when the side that grew materially faster lost share.
 */
export const northSouth = (p: {
  year: number;
  north: Named & { share: number; change?: number; growth?: number };
  south: Named & { share: number; change?: number; growth?: number };
  of: Text;
  southStronger: boolean;
  change?: "unchanged" | "reversed";
  fasterButLostShare?: "north" | "south";
}): Text => {
  const { north, south } = p;
  const verdictZh =
    p.change === undefined ? `呈现${patternWord(p.southStronger)}格局` : p.change === "unchanged" ? `${patternWord(p.southStronger)}格局没有改变` : `由上年的${patternWord(!p.southStronger)}转为${patternWord(p.southStronger)}`;
  const growth = north.growth !== undefined && south.growth !== undefined;
  const price: Text =
    p.fasterButLostShare === undefined
      ? { zh: "", en: "" }
      : {
          zh: `${p.fasterButLostShare === "north" ? "北方" : "南方"}实际增速较高而经济总量占比下降，是因为占比按现价计算、增速按不变价计算，两地价格变化不同。`,
          en: ` ${p.fasterButLostShare === "north" ? "The north" : "The south"} grew faster in real terms yet lost share: shares are at current prices and growth at constant prices, and prices moved differently.`,
        };
  return {
    zh: `${p.year}年，${sideShare(south, south.share, south.change, p.of).zh}；${sideShare(north, north.share, north.change, p.of).zh}，${verdictZh}。${growth ? `南方地区实际增长${pct(south.growth)}，北方地区增长${pct(north.growth)}。` : ""}${price.zh}`,
    en: `In ${p.year}, ${sideShare(south, south.share, south.change, p.of).en} and ${sideShare(north, north.share, north.change, p.of).en}; the ${p.southStronger ? "south" : "north"} ${p.change === "unchanged" ? "remains" : "is"} the larger economy.${growth ? ` Real growth was ${pct(south.growth)} in the south and ${pct(north.growth)} in the north.` : ""}${price.en}`,
  };
};

// ---- figures and tables --------------------------------------------------------------------------

export const gdpLabel: Text = { zh: "地区生产总值", en: "GDP" };
export const realGrowthLabel: Text = { zh: "实际增速", en: "Real growth" };
export const gdpUnit: Text = { zh: yiUnit("zh"), en: yiUnit("en") };

export const shareFigureCaption = (year: number): Text => ({ zh: `${year}年四大板块地区生产总值占比`, en: `Shares of the four regions in GDP, ${year}` });
export const shareFigureOmitted = (year: number): Text => ({ zh: `${year}年四大板块占比图`, en: `the ${year} regional share chart` });

export const regionsFigureCaption = (year: number, withGrowth: boolean): Text =>
  withGrowth
    ? { zh: `${year}年四大板块地区生产总值及实际增速`, en: `GDP and real growth of the four regions, ${year}` }
    : { zh: `${year}年四大板块地区生产总值（实际增速数据缺失）`, en: `GDP of the four regions, ${year} (real growth missing)` };

export const provincesFigureCaption = (year: number, withGrowth: boolean): Text =>
  withGrowth
    ? { zh: `${year}年分省份地区生产总值和实际增速`, en: `GDP and real growth by province, ${year}` }
    : { zh: `${year}年分省份地区生产总值（实际增速数据缺失）`, en: `GDP by province, ${year} (real growth missing)` };

export const provincesFigureNote: Text = { zh: "注：省份按地区生产总值从高到低排列；增速按不变价格计算。", en: "Note: provinces sorted by GDP; growth at constant prices." };

export const growthMapCaption = (year: number): Text => ({ zh: `${year}年各省份地区生产总值实际增速`, en: `Real GDP growth by province, ${year}` });
export const growthMapLegend: Text = { zh: "实际增速（%）", en: "Real growth (%)" };

export const growthTableCaption = (prev: number, year: number): Text => ({
  zh: `${yearRange(prev, year, "zh")}四大板块经济增速对比`,
  en: `Real GDP growth of the four regions, ${yearRange(prev, year, "en")}`,
});
export const growthTableHeader = (prev: number, year: number): Text[] => [
  { zh: "地区", en: "Region" },
  { zh: `${prev}年增速（%）`, en: `${prev} growth (%)` },
  { zh: `${year}年增速（%）`, en: `${year} growth (%)` },
  { zh: "变化（个百分点）", en: "Change (pp)" },
];
/** The comparator's row label in the growth table. */
export const comparatorRow = {
  national: { zh: "全国", en: "National" },
  provinceWeighted: { zh: "31个省份（加权）", en: "31 provinces (weighted)" },
} satisfies Record<string, Text>;

export const northSouthTableCaption = (prev: number, year: number): Text => ({
  zh: `${yearRange(prev, year, "zh")}南北地区经济总量占比`,
  en: `North and south shares of GDP, ${yearRange(prev, year, "en")}`,
});
export const northSouthTableHeader = (prev: number, year: number): Text[] => [
  { zh: "地区", en: "Area" },
  { zh: `${prev}年占比（%）`, en: `${prev} share (%)` },
  { zh: `${year}年占比（%）`, en: `${year} share (%)` },
  { zh: "变化（个百分点）", en: "Change (pp)" },
  { zh: `${year}年实际增速（%）`, en: `${year} real growth (%)` },
];
/** How north and south are divided, naming the northern provinces (zh) and the denominator. */
export const northSouthNote = (north: readonly Named[], of: Text): Text => ({
  zh: `南北以秦岭—淮河一线划分（惯例划分，非官方统计分类）：北方为${north.map((p) => p.name).join("、")}，其余为南方。占比的分母为${of.zh}。`,
  en: `North and south follow the conventional Qinling–Huaihe line (not an official NBS classification). Shares are of ${of.en}.`,
});

// ---- method notes --------------------------------------------------------------------------------

/** How shares are computed, with the denominator's value (亿元; en in billion yuan). */
export const shareNote = (of: Text, value: number | undefined, national: boolean): Text => ({
  zh: `注：占比 = 板块地区生产总值 ÷ ${of.zh}（${num(value, 1)}亿元）× 100；${national ? "" : "该合计与全国数不相等。"}显示值按最大余数法修约，使四个板块合计为100.00%。`,
  en: `Note: share = regional GDP ÷ ${of.en} (${yi(value, "en")}) × 100;${national ? "" : " this sum differs from the national figure."} Displayed shares use largest-remainder rounding so that they add to 100.00%.`,
});

export const growthMethodNote: Text = {
  zh: "注：板块实际增速为所辖省份按不变价格计算的增速以上年地区生产总值（现价）为权重的加权平均；增速差按修约后的一位小数计算。",
  en: "Note: a region's real growth is the mean of its provinces' constant-price growth rates weighted by their previous-year current-price GDP; differences use the rates rounded to one decimal.",
};

export const censusRevisionNote = (prevYear: number): Text => ({
  zh: `注：${prevYear}年及以前的增速为第五次全国经济普查修订后的数据库数值，与修订前发布的数值（如各地统计公报及据此编写的报告）可能不同：普查修订同时改变了不变价增速和作为权重的现价地区生产总值。`,
  en: `Note: growth for ${prevYear} and earlier is the NBS database value after the 5th economic census revision and may differ from earlier publications (bulletins and reports based on them): the revision changed both the constant-price growth rates and the current-price GDP used as weights.`,
});

export const comparatorStandInNote: Text = {
  zh: "注：数据中没有全国国内生产总值指数，“全国”一行及“高于全国”的比较以31个省份按上年地区生产总值加权的平均增速代替。",
  en: "Note: the data have no national GDP index; the national row and comparisons with it use the 31-province growth weighted by previous-year GDP instead.",
};

export const publishedTotalsNote: Text = {
  zh: "注：板块合计采用资料来源公布的板块总量，而非所辖省份相加。",
  en: "Note: regional totals are the totals published by the source, not sums of provinces.",
};

export const gdpMissingInFigure = (missing: readonly Named[]): Text => ({
  zh: `注：${missing.map((p) => p.name).join("、")}的地区生产总值数据缺失，图中未列出。`,
  en: `Note: GDP is missing for ${missing.map((p) => p.nameEn).join(", ")}; not shown.`,
});

export const growthMissingEverywhereInFigure = (year: number): Text => ({
  zh: `注：${year}年各省份实际增速数据缺失，图中只有地区生产总值。`,
  en: `Note: real growth for ${year} is missing for every province; only GDP is shown.`,
});

export const growthMissingInFigure = (missing: readonly Named[]): Text => ({
  zh: `注：${missing.map((p) => p.name).join("、")}的实际增速数据缺失，图中该处无增速点。`,
  en: `Note: real growth is missing for ${missing.map((p) => p.nameEn).join(", ")}; no growth point is drawn there.`,
});

/** What the missing-growth note says cannot be computed in the growth table. */
export const affectedRegionalRates: Text = { zh: "相关板块增速", en: "the affected regional rates" };

/** Vintage notes' subjects. */
export const gdpData: Text = { zh: "地区生产总值数据", en: "The GDP data" };
export const growthData: Text = { zh: "实际增速及其权重数据", en: "The real growth data and their weights" };

/** In place of the growth table when no regional growth exists for either year. */
export const growthTableOmitted = (prev: number, year: number, have: readonly number[], olderVintage: readonly number[] | undefined): Text => {
  const haveZh = have.length > 0 ? `数据中的增速年份为${yearRange(have[0]!, have[have.length - 1]!, "zh")}` : "数据中没有增速";
  const haveEn = have.length > 0 ? `the data have growth for ${yearRange(have[0]!, have[have.length - 1]!, "en")}` : "the data have no growth rates";
  const o = olderVintage;
  return {
    zh: `（${yearRange(prev, year, "zh")}四大板块增速对比表从略：${haveZh}。需要地区生产总值指数 gdp_index_prev_year，可用 regecon import 文件 --indicator gdp_index_prev_year 导入。${o ? `数据中另有第五次全国经济普查修订前的地区生产总值指数（gdp_index_prev_year_pre5census，${yearRange(o[0]!, o[o.length - 1]!, "zh")}），属另一数据版本，不与修订后数据混用。` : ""}）`,
    en: `(Growth table for ${yearRange(prev, year, "en")} omitted: ${haveEn}. It needs the GDP index gdp_index_prev_year; import it with regecon import FILE --indicator gdp_index_prev_year.${o ? ` The data also hold the index from before the 5th-census revision (gdp_index_prev_year_pre5census, ${yearRange(o[0]!, o[o.length - 1]!, "en")}), another vintage that is not spliced with the revised data.` : ""})`,
  };
};
