import type { Dataset } from "../data/dataset.js";
import type { Registry } from "../data/registry.js";
import type { ReportYearChoice } from "../analysis/rules/reportYear.js";
import * as m from "../messages/report.js";
import type { Block, ReportDocument } from "../types/document.js";
import { RegeconError } from "../types/errors.js";
import type { Lang, Text } from "../types/text.js";
import { heading, note } from "./blocks.js";
import type { ReportContext } from "./context.js";
import { growthPatternSection } from "./sections/growthPattern.js";
import { disparitySection } from "./sections/disparity.js";
import { strategiesSection } from "./sections/strategies.js";
import { innovationSection } from "./sections/innovation.js";
import { urbanisationSection } from "./sections/urbanisation.js";
import { challengesSection } from "./sections/challenges.js";
import { outlookSection } from "./sections/outlook.js";
import { sectionTitle as outlookTitle } from "../messages/outlook.js";
import { sectionTitle as innovationTitle } from "../messages/innovation.js";

/** A report section: builds its blocks from the context (figures and tables are numbered afterwards). */
export type SectionBuilder = (ctx: ReportContext) => Block[];

/** A named section: its builder and its title (used when the section cannot be built). */
export interface SectionDef {
  title: Text;
  build: SectionBuilder;
}

/** Every section a report spec can name (specs/*.json, `sections`), in the general report's order. */
export const SECTIONS: Readonly<Record<string, SectionDef>> = {
  growthPattern: { title: m.sectionTitle.growthPattern, build: growthPatternSection },
  strategies: { title: m.sectionTitle.strategies, build: strategiesSection },
  innovation: { title: innovationTitle, build: innovationSection },
  urbanisation: { title: m.sectionTitle.urbanisation, build: urbanisationSection },
  disparity: { title: m.sectionTitle.disparity, build: disparitySection },
  challenges: { title: m.sectionTitle.challenges, build: challengesSection },
  outlook: { title: outlookTitle, build: outlookSection },
};

/** The sections of the general report, in order (the same list as specs/default.json). */
export const DEFAULT_SECTIONS: readonly SectionDef[] = Object.values(SECTIONS);

export interface BuildOptions {
  dataset: Dataset;
  registry: Registry;
  year: number;
  lang: Lang;
  /** Short description of the data shown in the subtitle (e.g. "regecon 内置数据（data/nbs）"). */
  datasetLabel: string;
  sections?: readonly SectionDef[];
  /** Replaces the generated title (from a report spec). */
  title?: string;
  /** Map boundaries (and 审图号) for choropleth figures; maps are left out when absent. */
  map?: ReportContext["map"];
  /** How `year` was chosen when the user named none (rules/reportYear.ts); the report says so at the top. */
  yearChoice?: ReportYearChoice;
}

/**
 * Build the regional economic situation report as a renderer-neutral document:
 *
 *   facts (analysis) → rules → narrative + charts → sections (blocks.ts builders) → number → document
 *
 * 1. Each section builds its blocks; a section that cannot be built from the data (it throws
 *    RegeconError, or a statistic refuses its input with RangeError) is replaced by its heading and a
 *    note saying why, and the problem is added to the warnings; other errors propagate.
 * 2. Then, once, in document order: second-level headings are numbered （一）（二）… (zh) or 1.1, 1.2 …
 *    (en), figures 图1… and tables 表1….
 */
export function buildReport(options: BuildOptions): ReportDocument {
  const ctx: ReportContext = { dataset: options.dataset, registry: options.registry, year: options.year, lang: options.lang, counters: { figure: 0, table: 0 }, map: options.map, warnings: [] };
  const blocks: Block[] = [heading(ctx, 1, m.partHeading(options.year))];
  const choice = options.yearChoice;
  if (choice) blocks.push(note(ctx, m.yearChosen(choice.year, choice.reason, choice.incompleteLater)));
  for (const section of options.sections ?? DEFAULT_SECTIONS) blocks.push(...buildSection(ctx, section));
  numberBlocks(blocks, options.lang);
  return {
    title: options.title ?? m.title(options.year)[options.lang],
    subtitle: m.subtitle(options.datasetLabel)[options.lang],
    lang: options.lang,
    blocks,
    warnings: ctx.warnings,
  };
}

function buildSection(ctx: ReportContext, section: SectionDef): Block[] {
  try {
    return section.build(ctx);
  } catch (e) {
    if (!(e instanceof RegeconError) && !(e instanceof RangeError)) throw e;
    const code = e instanceof RegeconError ? e.code : "CALCULATION_FAILED";
    // A RangeError's message is the statistic's own (English, technical): quoted as is.
    const reason: Text = e instanceof RegeconError ? e.text : { zh: e.message, en: e.message };
    const hint = e instanceof RegeconError ? e.hintText : undefined;
    ctx.warnings.push({ code, message: m.sectionWarning(section.title, reason)[ctx.lang] });
    return [heading(ctx, 2, section.title), note(ctx, m.sectionOmitted(reason, hint))];
  }
}

/**
 * Number, in order of appearance, second-level headings （一）… / 1.1 …, figures 图1… / Figure 1… and
 * tables 表1… / Table 1…: the only place numbers are given, after every block is in place.
 */
function numberBlocks(blocks: Block[], lang: Lang): void {
  let section = 0;
  let figure = 0;
  let table = 0;
  for (const b of blocks) {
    if (b.kind === "heading" && b.level === 2) b.text = m.sectionHeading(++section, { zh: b.text, en: b.text })[lang];
    if (b.kind === "figure") b.label = m.figureLabel(++figure)[lang];
    if (b.kind === "table") b.label = m.tableLabel(++table)[lang];
  }
}
