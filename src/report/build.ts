import type { Dataset } from "../data/dataset.js";
import type { Registry } from "../data/registry.js";
import type { ReportYearChoice } from "../analysis/rules/reportYear.js";
import { NATIONAL_CODE, type SourceInfo } from "../types/observation.js";
import * as m from "../messages/report.js";
import type { Block, ReportDocument } from "../types/document.js";
import { RegeconError } from "../types/errors.js";
import type { Lang, Text } from "../types/text.js";
import { heading, note, paragraph } from "./blocks.js";
import type { ReportContext } from "./context.js";
import { growthPatternSection, provinceAppendixTable } from "./sections/growthPattern.js";
import { disparitySection } from "./sections/disparity.js";
import { strategiesSection } from "./sections/strategies.js";
import { innovationSection } from "./sections/innovation.js";
import { urbanisationSection } from "./sections/urbanisation.js";
import { challengesSection } from "./sections/challenges.js";
import { outlookSection } from "./sections/outlook.js";
import { sectionTitle as outlookTitle } from "../messages/outlook.js";
import { sourcesOf } from "./sourceLine.js";
import { summarySentences } from "./summary.js";
import { sectionTitle as innovationTitle } from "../messages/innovation.js";

/** A report section: builds its blocks from the context (figures and tables are numbered afterwards). */
export type SectionBuilder = (ctx: ReportContext) => Block[];

/** A named section: its builder and its title (used when the section cannot be built). */
export interface SectionDef {
  /** The section's id (its key in SECTIONS): chooses its summary sentences and key word. */
  id?: string;
  title: Text;
  build: SectionBuilder;
  /** The part of the report it belongs to (一 situation, 二 challenges, 三 outlook); default "situation". */
  part?: m.PartId;
}

/** Every section a report spec can name (specs/*.json, `sections`), in the general report's order. */
export const SECTIONS: Readonly<Record<string, SectionDef>> = {
  growthPattern: { id: "growthPattern", title: m.sectionTitle.growthPattern, build: growthPatternSection },
  strategies: { id: "strategies", title: m.sectionTitle.strategies, build: strategiesSection },
  innovation: { id: "innovation", title: innovationTitle, build: innovationSection },
  urbanisation: { id: "urbanisation", title: m.sectionTitle.urbanisation, build: urbanisationSection },
  disparity: { id: "disparity", title: m.sectionTitle.disparity, build: disparitySection },
  challenges: { id: "challenges", title: m.sectionTitle.challenges, build: challengesSection, part: "challenges" },
  outlook: { id: "outlook", title: outlookTitle, build: outlookSection, part: "outlook" },
};

/** The sections of the general report, in order (the same list as specs/default.json). */
export const DEFAULT_SECTIONS: readonly SectionDef[] = Object.values(SECTIONS);

/** The parts in the order the report prints them. */
const PART_ORDER: readonly m.PartId[] = ["situation", "challenges", "outlook"];

export interface BuildOptions {
  dataset: Dataset;
  registry: Registry;
  year: number;
  lang: Lang;
  sections?: readonly SectionDef[];
  /** Replaces the generated title (from a report spec). */
  title?: string;
  /** Map boundaries (and 审图号) for choropleth figures; maps are left out when absent. */
  map?: ReportContext["map"];
  /** How `year` was chosen when the user named none (rules/reportYear.ts); the 数据说明 says so. */
  yearChoice?: ReportYearChoice;
  /** The data folder read (`--data DIR`), for the warnings on missing data (ReportContext.dataFolder). */
  dataFolder?: string;
  /** Called with each section's figures' SVGs as soon as the section is built (a rasteriser may start on them meanwhile). */
  onFigure?: (svg: string) => void;
}

/**
 * Build the regional economic situation report as a renderer-neutral document:
 *
 *   facts (analysis) → rules → narrative + charts → sections (blocks.ts builders) → parts → document
 *
 * 1. Each section builds its blocks; a section that cannot be built from the data (it throws
 *    RegeconError, or a statistic refuses its input with RangeError) is replaced by its heading and a
 *    note saying why, and the problem is added to the warnings; other errors propagate.
 * 2. Sections are grouped into the parts of the general report — 一 态势分析, 二 挑战, 三 展望 — in that
 *    order; second-level headings are numbered （一）（二）… (zh) or 2.1, 2.2 … (en) within their part,
 *    and a part with a single section takes its title from the part heading alone.
 * 3. The 摘要 and 关键词 go first, from the same analysis as the sections built (summary.ts); the
 *    附表 (every province's GDP and growth with ranks) and the 数据说明 (sources and vintages by
 *    name, the choice of the year, what is missing, where methods are stated) go last.
 * 4. Then, once, in document order: figures 图1…, tables 表1…, appendix tables 附表1….
 */
export function buildReport(options: BuildOptions): ReportDocument {
  const { year, lang } = options;
  const ctx: ReportContext = {
    dataset: options.dataset,
    registry: options.registry,
    year,
    lang,
    map: options.map,
    warnings: [],
    sourcesUsed: new Set(),
    missing: [],
    dataFolder: options.dataFolder,
  };
  const sections = options.sections ?? DEFAULT_SECTIONS;
  // 1. Sections (each section's figures handed on as soon as it is built).
  const built = sections.map((def) => {
    const section = { def, ...buildSection(ctx, def) };
    for (const b of section.blocks) if (b.kind === "figure") options.onFigure?.(b.svg);
    return section;
  });
  // 2. Parts.
  const body: Block[] = [];
  const parts = PART_ORDER.map((part) => ({ part, members: built.filter((b) => (b.def.part ?? "situation") === part) })).filter((p) => p.members.length > 0);
  parts.forEach(({ part, members }, i) => {
    body.push(heading(ctx, 1, m.partHeading(i + 1, part, year)));
    const single = members.length === 1;
    let n = 0;
    for (const { blocks } of members) {
      for (const [k, b] of blocks.entries()) {
        if (b.kind === "heading" && b.level === 2) {
          if (single && k === 0) continue;
          b.text = m.sectionHeading(i + 1, ++n, { zh: b.text, en: b.text })[lang];
        }
        body.push(b);
      }
    }
  });
  const appendix = appendixBlocks(ctx, sections);
  numberBlocks(body, (n) => m.figureLabel(n)[lang], (n) => m.tableLabel(n)[lang]);
  numberBlocks(appendix, (n) => m.figureLabel(n)[lang], (n) => m.appendixTableLabel(n)[lang]);
  // 3. Front and back matter, once every section has said what it used and what is missing.
  const ok = built.filter((b) => b.ok && b.def.id !== undefined).map((b) => b.def.id!);
  const front = summaryBlocks(ctx, ok);
  const back = dataNotesBlocks(ctx, options.yearChoice);
  return {
    title: options.title ?? m.title(year, parts.some((p) => p.part === "outlook"))[lang],
    subtitle: subtitleOf(ctx)[lang],
    lang,
    blocks: [...front, ...body, ...appendix, ...back],
    warnings: ctx.warnings,
  };
}

function buildSection(ctx: ReportContext, section: SectionDef): { blocks: Block[]; ok: boolean } {
  try {
    return { blocks: section.build(ctx), ok: true };
  } catch (e) {
    if (!(e instanceof RegeconError) && !(e instanceof RangeError)) throw e;
    const code = e instanceof RegeconError ? e.code : "CALCULATION_FAILED";
    // A RangeError's message is the statistic's own (English, technical): quoted as is.
    const reason: Text = e instanceof RegeconError ? e.text : { zh: e.message, en: e.message };
    const hint = e instanceof RegeconError ? e.hintText : undefined;
    ctx.warnings.push({ code, message: m.sectionWarning(section.title, reason)[ctx.lang] });
    return { blocks: [heading(ctx, 2, section.title), note(ctx, m.sectionOmitted(reason, hint))], ok: false };
  }
}

/** 摘要 and 关键词 from the sections built (ids); none when no section has a headline. */
function summaryBlocks(ctx: ReportContext, ids: readonly string[]): Block[] {
  const sentences = summarySentences(ctx, ids);
  if (sentences.length === 0) return [];
  const words = ids.map((id) => m.sectionKeyword[id]).filter((w): w is Text => w !== undefined);
  return [heading(ctx, 1, m.summaryHeading), ...paragraph(ctx, sentences), ...(words.length > 0 ? paragraph(ctx, [m.keywords(words)]) : [])];
}

/** 附表: the provincial table, when the report has the growth-pattern section and its data allow it. */
function appendixBlocks(ctx: ReportContext, sections: readonly SectionDef[]): Block[] {
  if (!sections.some((s) => s.id === "growthPattern")) return [];
  try {
    return [heading(ctx, 1, m.appendixHeading), provinceAppendixTable(ctx)];
  } catch (e) {
    if (e instanceof RegeconError || e instanceof RangeError) return [];
    throw e;
  }
}

/** 数据说明: sources and vintages used (by name), the cut-off, why this year, what is missing, where methods are. */
function dataNotesBlocks(ctx: ReportContext, choice: ReportYearChoice | undefined): Block[] {
  // The source of the report's provincial GDP first (the backbone of the report), with its producer;
  // the others in source-id order.
  const mainId = mainSource(ctx)?.id;
  const ids = [...(ctx.sourcesUsed ?? [])].sort((a, b) => Number(b === mainId) - Number(a === mainId) || (a < b ? -1 : a > b ? 1 : 0));
  const { entries, vintages } = sourcesOf(ctx, ids);
  const sentences: Text[] = [];
  if (ids.length > 0) sentences.push(m.dataSources(cutoffOf(ctx, ids), entries), m.dataVintages(vintages));
  if (choice) sentences.push(m.yearChosen(choice.year, choice.reason, choice.incompleteLater));
  const blocks = [heading(ctx, 1, m.dataNotesHeading), ...sentences.flatMap((s) => paragraph(ctx, [s]))];
  if (ctx.missing && ctx.missing.length > 0) blocks.push(...paragraph(ctx, [m.dataMissing(ctx.missing)]));
  blocks.push(...paragraph(ctx, [m.dataMethods]));
  return blocks;
}

/** The latest retrieval date of the sources `ids` (ISO-like strings compare in date order). */
function cutoffOf(ctx: ReportContext, ids: readonly string[]): string | undefined {
  const dates = ids.map((id) => ctx.dataset.source(id).retrieved).filter((d) => d !== "");
  return dates.length === 0 ? undefined : dates.sort().at(-1);
}

/**
 * Subtitle: the producer of the report year's GDP (the report's backbone), "等" when other producers
 * supplied data too, and the cut-off of the data used.
 */
function subtitleOf(ctx: ReportContext): Text {
  const ids = [...(ctx.sourcesUsed ?? [])].sort();
  const main = mainSource(ctx) ?? (ids.length > 0 ? ctx.dataset.source(ids[0]!) : undefined);
  if (!main) return { zh: "", en: "" };
  const others = ids.some((id) => ctx.dataset.source(id).producer !== main.producer);
  return m.subtitle({ zh: main.producer, en: main.producerEn }, others, cutoffOf(ctx, ids.length > 0 ? ids : [main.id]));
}

/** The source of the report year's GDP (provinces first, then published group totals, then the national figure). */
function mainSource(ctx: ReportContext): SourceInfo | undefined {
  const gdp =
    ctx.registry.provinces.map((p) => ctx.dataset.get("gdp_current", p.code, ctx.year)).find((o) => o !== undefined) ??
    ctx.dataset.observations("gdp_current").find((o) => o.year === ctx.year && o.regionCode !== NATIONAL_CODE) ??
    ctx.dataset.get("gdp_current", NATIONAL_CODE, ctx.year);
  return gdp ? ctx.dataset.source(gdp.source) : undefined;
}

/** Number, in order of appearance, figures and tables with the given labels: the only place numbers are given. */
function numberBlocks(blocks: Block[], figureLabel: (n: number) => string, tableLabel: (n: number) => string): void {
  let figure = 0;
  let table = 0;
  for (const b of blocks) {
    if (b.kind === "figure") b.label = figureLabel(++figure);
    if (b.kind === "table") b.label = tableLabel(++table);
  }
}
