import type { Text } from "../types/text.js";
import { yearRange, yearSpans } from "./format.js";
import type { Named } from "./names.js";

/**
 * Words of the report document shared by every section: titles, numbering of headings, figures and
 * tables, the source line, vintage and missing-data notes, notes replacing omitted parts, the choice of
 * the report year, and the errors the report's analysis raises. Section-specific sentences, captions
 * and notes live in growth.ts, strategies.ts, urbanisation.ts, challenges.ts (and the disparity module).
 */

// ---- errors --------------------------------------------------------------------------------------

/** YEAR_NOT_AVAILABLE: the data hold no GDP for the year asked for. */
export const noGdpInYear = (year: number): Text => ({
  zh: `数据中没有 ${year} 年的地区生产总值（gdp_current）`,
  en: `The data have no GDP (gdp_current) for ${year}`,
});

/** Hint: the years with GDP, as a span. */
export const gdpYearsAvailable = (years: readonly number[]): Text =>
  years.length > 0
    ? { zh: `可用年份：${yearRange(years[0]!, years[years.length - 1]!, "zh")}`, en: `Years available: ${yearRange(years[0]!, years[years.length - 1]!, "en")}` }
    : { zh: "数据中没有地区生产总值。", en: "The data have no GDP." };

/** INDICATOR_MISSING: the data hold no provincial GDP at all, so no report can be written. */
export const noGdpAtAll = (label: string): Text => ({
  zh: `数据 ${label} 中没有地区生产总值（gdp_current）`,
  en: `The data (${label}) have no GDP (gdp_current)`,
});

export const noGdpAtAllHint: Text = { zh: "报告至少需要 gdp_current；请检查数据目录。", en: "The report needs at least gdp_current; check the data folder." };

// ---- the document --------------------------------------------------------------------------------

/** The report's title: with an outlook part "2024~2025年中国区域经济发展形势与展望", else "2024年中国区域经济发展形势". */
export const title = (year: number, withOutlook: boolean): Text =>
  withOutlook
    ? { zh: `${yearRange(year, year + 1, "zh")}中国区域经济发展形势与展望`, en: `China's Regional Economy in ${year} and Outlook for ${year + 1}` }
    : { zh: `${year}年中国区域经济发展形势`, en: `China's Regional Economy in ${year}` };

/**
 * Subtitle: where the data come from and when they were retrieved (`producer` of the report year's
 * GDP, "等" when other producers also supplied data; `cutoff` the latest retrieval date, "2026-05" or
 * "2026"), never how the document was made.
 */
export const subtitle = (producer: Text, others: boolean, cutoff: string | undefined): Text => {
  const when = cutoff === undefined ? undefined : monthOf(cutoff);
  return {
    zh: `资料来源：${producer.zh}${others ? "等" : ""}${when ? `　数据截至${when.zh}` : ""}`,
    en: `Source: ${producer.en}${others ? " and others" : ""}${when ? ` · data as of ${when.en}` : ""}`,
  };
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-05" → 2026年5月 / May 2026; "2026" → 2026年 / 2026; anything else as is. */
export function monthOf(date: string): Text {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return { zh: date, en: date };
  const month = m[2] === undefined ? undefined : Number(m[2]);
  return month === undefined || month < 1 || month > 12
    ? { zh: `${m[1]}年`, en: m[1]! }
    : { zh: `${m[1]}年${month}月`, en: `${MONTHS_EN[month - 1]} ${m[1]}` };
}

/** Titles of the sections a report spec can name (specs/*.json `sections`). */
export const sectionTitle = {
  growthPattern: { zh: "区域经济增长格局", en: "Regional growth pattern" },
  strategies: { zh: "区域重大战略", en: "Major regional strategies" },
  urbanisation: { zh: "城乡与城镇化", en: "Urbanisation and the urban–rural gap" },
  disparity: { zh: "区域差距", en: "Regional disparities" },
  challenges: { zh: "区域经济发展面临的挑战", en: "Challenges for regional development" },
} satisfies Record<string, Text>;

/** Key words of the sections (关键词), by section id; the summary lists those of the sections built. */
export const sectionKeyword: Readonly<Record<string, Text>> = {
  growthPattern: { zh: "区域经济增长格局", en: "regional growth" },
  strategies: { zh: "区域重大战略", en: "major regional strategies" },
  urbanisation: { zh: "城镇化", en: "urbanisation" },
  disparity: { zh: "区域差距", en: "regional disparity" },
  challenges: { zh: "区域协调发展", en: "coordinated regional development" },
  outlook: { zh: "情景推算", en: "scenario projections" },
};

/**
 * The parts of the report, as the general report has them: 一 the situation of the year (态势分析),
 * 二 the challenges for the next year, 三 the outlook.
 */
export type PartId = "situation" | "challenges" | "outlook";

/** A part heading, numbered in order of appearance: "一 2024年中国区域经济发展态势分析" / "1. China's regional economy in 2024". */
export const partHeading = (n: number, part: PartId, year: number): Text => {
  const zhNo = CHINESE_NUMERALS[n - 1] ?? String(n);
  const titles: Record<PartId, Text> = {
    situation: { zh: `${year}年中国区域经济发展态势分析`, en: `China's regional economy in ${year}` },
    challenges: { zh: `${year + 1}年中国区域经济发展面临的挑战`, en: `Challenges for regional development in ${year + 1}` },
    outlook: { zh: `${year + 1}年中国区域经济发展展望`, en: `Outlook for ${year + 1}` },
  };
  return { zh: `${zhNo} ${titles[part].zh}`, en: `${n}. ${titles[part].en}` };
};

const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** A numbered section heading within part `part`: "（一）区域经济增长格局" / "1.1 Regional growth pattern". */
export const sectionHeading = (part: number, n: number, title: Text): Text => ({ zh: `（${CHINESE_NUMERALS[n - 1] ?? n}）${title.zh}`, en: `${part}.${n} ${title.en}` });

/** Headings of the front and back matter. */
export const summaryHeading: Text = { zh: "摘要", en: "Summary" };
export const appendixHeading: Text = { zh: "附表", en: "Appendix" };
export const dataNotesHeading: Text = { zh: "数据说明", en: "Notes on the data" };

/** The key-word line under the summary: "关键词：区域经济增长格局　区域差距" / "Key words: …". */
export const keywords = (words: readonly Text[]): Text => ({ zh: `关键词：${words.map((w) => w.zh).join("　")}`, en: `Key words: ${words.map((w) => w.en).join("; ")}` });

/** Appendix tables are labelled apart from the body's: "附表1" / "Appendix Table 1". */
export const appendixTableLabel = (n: number): Text => ({ zh: `附表${n}`, en: `Appendix Table ${n}` });

// ---- data notes (数据说明) -------------------------------------------------------------------------

/** "本报告数据截至2026年5月，来自：国家统计局：分省年度数据·地区生产总值、…。" */
export const dataSources = (cutoff: string | undefined, entries: readonly SourceEntry[]): Text => {
  const when = cutoff === undefined ? undefined : monthOf(cutoff);
  return {
    zh: `${when ? `本报告数据截至${when.zh}，` : "本报告"}所用资料为：${entries.map((e) => `${e.producer.zh}，${e.titles.map((t) => t.zh).join("；")}`).join("。")}。`,
    en: `${when ? `The data are as of ${when.en}. ` : ""}Sources: ${entries.map((e) => `${e.producer.en}: ${e.titles.map((t) => t.en).join("; ")}`).join(". ")}.`,
  };
};

/** The vintages of the data used, by their names, and the rule that they are never mixed silently. */
export const dataVintages = (labels: readonly Text[]): Text => ({
  zh: `数据版本：${labels.map((l) => l.zh).join("；")}。同一序列不混用不同版本的数据，混用之处在相关图表的注中说明。`,
  en: `Vintages: ${labels.map((l) => l.en).join("; ")}. A series never mixes vintages silently; where one does, the note under the figure or table says so.`,
});

/** What is missing and therefore left out or noted in place. */
export const dataMissing = (items: readonly Text[]): Text => ({
  zh: `以下数据缺失，相关内容从略或在文中注明：${items.map((i) => i.zh).join("；")}。`,
  en: `Missing data (the parts that need them are omitted or noted in place): ${items.map((i) => i.en).join("; ")}.`,
});

/** Where the methods are stated. */
export const dataMethods: Text = {
  zh: "各图表所用的计算方法、分母和判断规则见图表下方的注；文中数值按公布口径修约，地区生产总值以亿元计时取整数，增速保留一位小数。",
  en: "The methods, denominators and judgement rules behind each figure and table are stated in the notes beneath it; figures in the text are rounded as published (GDP to 0.1 billion yuan, growth to one decimal).",
};

/** Figure and table labels, numbered in order of appearance. */
export const figureLabel = (n: number): Text => ({ zh: `图${n}`, en: `Figure ${n}` });
export const tableLabel = (n: number): Text => ({ zh: `表${n}`, en: `Table ${n}` });

/** Why the report covers `year` when the user named none (a note at the top of the report, and the CLI's progress). */
export const yearChosen = (year: number, reason: "complete" | "latestWithGdp", incompleteLater: readonly number[]): Text => {
  const later = incompleteLater.length
    ? { zh: `；${yearSpans(incompleteLater, "zh")}的数据不全，未作为报告年份`, en: `; ${yearSpans(incompleteLater, "en")} ${incompleteLater.length === 1 ? "is" : "are"} incomplete and not used` }
    : { zh: "", en: "" };
  return reason === "complete"
    ? {
        zh: `报告年份为${year}年：31个省份地区生产总值和实际增速数据齐全的最近年份${later.zh}。`,
        en: `Report year ${year}: the latest year with GDP and real growth for all 31 provinces${later.en}.`,
      }
    : {
        zh: `报告年份为${year}年：数据中没有31个省份地区生产总值和实际增速都齐全的年份，采用有地区生产总值数据的最近年份，缺少的数据在文中注明${later.zh}。`,
        en: `Report year ${year}: no year has GDP and real growth for all 31 provinces, so the latest year with GDP is used and what is missing is noted in place${later.en}.`,
      };
};

/** A section replaced by a note because its data cannot support it (`reason` from the error). */
export const sectionOmitted = (reason: Text, hint: Text | undefined): Text => ({
  zh: `（本节从略：${reason.zh}。${hint?.zh ?? ""}）`,
  en: `(Section omitted: ${reason.en}. ${hint?.en ?? ""})`,
});

/** The report warning for an omitted section: its title and the reason. */
export const sectionWarning = (title: Text, reason: Text): Text => ({ zh: `${title.zh}：${reason.zh}`, en: `${title.en}: ${reason.en}` });

/** A table whose every data cell is missing, replaced by a note (its notes say what is missing). */
export const tableOmitted = (caption: Text, notes: readonly Text[]): Text => ({
  zh: `（${caption.zh}：所需数据缺失，表格从略。${notes.map((n) => n.zh).join("")}）`,
  en: `(${caption.en}: the data are missing; table omitted. ${notes.map((n) => n.en).join(" ")})`,
});

/** A figure or table replaced by a note because provinces lack data. */
export const omittedMissing = (what: Text, missing: readonly Named[]): Text => ({
  zh: `（${what.zh}从略：缺少${missing.map((p) => p.name).join("、")}的数据。）`,
  en: `(${what.en} omitted: data missing for ${missing.map((p) => p.nameEn).join(", ")}.)`,
});

/** A note under a figure or table: "注：…" / "Note: …". */
export const note = (text: Text): Text => ({ zh: `注：${text.zh}`, en: `Note: ${text.en}` });

// ---- source line and vintages --------------------------------------------------------------------

/** One producer and its tables in the source line. */
export interface SourceEntry {
  producer: Text;
  titles: readonly Text[];
}

/**
 * "资料来源：国家统计局，分省年度数据·地区生产总值。数据版本：…。" / "Source: …. Vintage: …." — producers
 * with their tables (titles may contain 、, so they are separated by ；), then the vintages.
 */
export const sourceLine = (entries: readonly SourceEntry[], vintages: readonly Text[]): Text => ({
  zh: `资料来源：${entries.map((e) => `${e.producer.zh}，${e.titles.map((t) => t.zh).join("；")}`).join("。")}。数据版本：${vintages.map((v) => v.zh).join("；")}。`,
  en: `Source: ${entries.map((e) => `${e.producer.en}: ${e.titles.map((t) => t.en).join("; ")}`).join(". ")}. Vintage: ${vintages.map((v) => v.en).join("; ")}.`,
});

export const sourceNone: Text = { zh: "资料来源：无（所需数据缺失）。", en: "Source: none (the required data are missing)." };

/** The observations behind `what` come from several vintages (labels from sources.csv). */
export const mixedVintages = (what: Text, labels: readonly Text[]): Text => ({
  zh: `${what.zh}混合了${labels.length}个数据版本：${labels.map((l) => l.zh).join("；")}。跨版本的比较可能包含统计修订的影响。`,
  en: `${what.en} mixes ${labels.length} vintages: ${labels.map((l) => l.en).join("; ")}. Comparisons across vintages may reflect statistical revisions.`,
});

// ---- missing data --------------------------------------------------------------------------------

/** An indicator by its name: "城镇人口" / "urban population" (ids outside the catalogue as is). */
export const indicatorLabel = (id: string, def: { nameZh: string; nameEn: string } | undefined): Text => (def ? { zh: def.nameZh, en: def.nameEn } : { zh: id, en: id });

/** What the data hold of one missing indicator: absent, or only some years (`year` the one lacking). */
export const indicatorCoverage = (label: Text, years: readonly number[], year: number | undefined, provincesOnly: boolean): Text => {
  if (years.length === 0) return { zh: `${label.zh}${provincesOnly ? "无分省数据" : "无数据"}`, en: `${label.en} is absent${provincesOnly ? " for provinces" : ""}` };
  const notYear = { zh: year === undefined ? "" : `，缺少${year}年`, en: year === undefined ? "" : `, not ${year}` };
  return provincesOnly
    ? { zh: `${label.zh}分省数据仅有${yearSpans(years, "zh")}${notYear.zh}`, en: `${label.en} has provincial data for ${yearSpans(years, "en")} only${notYear.en}` }
    : { zh: `${label.zh}仅有${yearSpans(years, "zh")}数据${notYear.zh}`, en: `${label.en} has data for ${yearSpans(years, "en")} only${notYear.en}` };
};

/** What the note says, without its brackets: the part omitted and why (the import commands go to the CLI's warnings). */
export const missingIndicators = (what: Text, coverage: readonly Text[]): Text => ({
  zh: `${what.zh}从略：${coverage.map((c) => c.zh).join("；")}。`,
  en: `${what.en} omitted: ${coverage.map((c) => c.en).join("; ")}.`,
});

/**
 * The CLI's warning for missing indicators in a run on the store: how to import them (commands belong
 * in the CLI, not in the document).
 */
export const importHint = (coverage: readonly Text[], ids: readonly string[]): Text => ({
  zh: `${coverage.map((c) => c.zh).join("；")}。导入国家统计局分省年度数据导出文件后重新生成报告即可补上：${ids.map((id) => `regecon import 文件 --indicator ${id}`).join("；")}`,
  en: `${coverage.map((c) => c.en).join("; ")}. Import an NBS provincial export and rebuild the report: ${ids.map((id) => `regecon import FILE --indicator ${id}`).join("; ")}`,
});

/**
 * The CLI's warning for missing indicators in a `--data DIR` run, which reads the folder and nothing
 * else: the CSV file to add to that folder for each indicator (data/folder.ts reads every *.csv with
 * `columns`), the indicator id and unit its rows carry, and where their sources are declared.
 */
export const folderHint = (coverage: readonly Text[], files: readonly { file: string; id: string; unit?: string }[], columns: readonly string[], sourcesFile: string): Text => ({
  zh: `${coverage.map((c) => c.zh).join("；")}。在数据目录中添加以下 CSV 文件后重新生成报告即可补上：${files.map((f) => `${f.file}（indicator 列为 ${f.id}${f.unit ? `，unit 列为 ${f.unit}` : ""}）`).join("；")}。每个文件的列为 ${columns.join(",")}，source_id 须在同一目录的 ${sourcesFile} 中列出出处`,
  en: `${coverage.map((c) => c.en).join("; ")}. Add these CSV files to the data folder and rebuild the report: ${files.map((f) => `${f.file} (indicator ${f.id}${f.unit ? `, unit ${f.unit}` : ""})`).join("; ")}. Each file has the columns ${columns.join(",")}, and every source_id must be listed in ${sourcesFile} in the same folder`,
});

/** A note block's text in brackets: "（…）" / "(…)". */
export const bracketed = (text: Text): Text => ({ zh: `（${text.zh}）`, en: `(${text.en})` });

/** Members lacking data make `what` missing in a table: "注：X无法计算（缺少…的…），以“—”表示。" */
export const cannotCompute = (what: Text, missing: readonly Named[], dataName: Text | undefined): Text => {
  const names = { zh: missing.map((p) => p.name).join("、"), en: missing.map((p) => p.nameEn).join(", ") };
  return {
    zh: `注：${what.zh}无法计算（${names.zh ? `缺少${names.zh}的${dataName?.zh || "数据"}` : ""}），以“—”表示。`,
    en: `Note: ${what.en} cannot be computed (${names.en ? `${dataName?.en || "data"} missing for ${names.en}` : ""}); shown as "—".`,
  };
};

/** Provinces without growth in `year` (all when `everywhere`), with the years growth data do cover when asked. */
export const growthMissingFor = (everywhere: boolean, provinces: readonly Named[], coverage: readonly number[] | undefined): Text => {
  const have =
    coverage === undefined
      ? { zh: "", en: "" }
      : {
          zh: `（分省增速${coverage.length ? `仅有${yearSpans(coverage, "zh")}数据` : "无数据"}）`,
          en: ` (provincial growth ${coverage.length ? `covers ${yearSpans(coverage, "en")} only` : "is absent"})`,
        };
  return {
    zh: `${everywhere ? "各省份" : provinces.map((p) => p.name).join("、")}的实际增速缺失${have.zh}`,
    en: `real growth is missing for ${everywhere ? "every province" : provinces.map((p) => p.nameEn).join(", ")}${have.en}`,
  };
};

/** Previous-year GDP (the weight of real growth) missing, for some provinces or all. */
export const weightMissingFor = (prevYear: number, everywhere: boolean, provinces: readonly Named[]): Text => ({
  zh: `作为权重的${prevYear}年地区生产总值${everywhere ? "" : `（${provinces.map((p) => p.name).join("、")}）`}不在数据中`,
  en: `${prevYear} GDP, the weight,${everywhere ? "" : ` of ${provinces.map((p) => p.nameEn).join(", ")}`} is not in the data`,
});

/** "注：2023年各省份的实际增速缺失；…，相关板块增速无法计算，以“—”表示。" */
export const groupGrowthMissing = (year: number, parts: readonly Text[], affected: Text): Text => ({
  zh: `注：${year}年${parts.map((p) => p.zh).join("；")}，${affected.zh}无法计算，以“—”表示。`,
  en: `Note: for ${year}, ${parts.map((p) => p.en).join("; ")}; ${affected.en} cannot be computed ("—").`,
});

/** The subject of a vintage note: an indicator's data ("地区生产总值数据" / "The GDP (current prices) data"). */
export const seriesData = (id: string, def: { nameZh: string; nameEn: string } | undefined): Text => ({
  zh: `${def?.nameZh ?? id}数据`,
  en: `The ${def?.nameEn ?? id} data`,
});
