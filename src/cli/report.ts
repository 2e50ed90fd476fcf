import path from "node:path";
import { loadBoundaries } from "../charts/boundaries.js";
import { loadRegistry } from "../data/registry.js";
import { defaultReportYear, type ReportYearChoice } from "../analysis/rules/reportYear.js";
import { warningLine } from "../messages/cli.js";
import * as rm from "../messages/report.js";
import * as m from "../messages/reportCommand.js";
import { SECTIONS, buildReport } from "../report/build.js";
import { outlookSectionWith } from "../report/sections/outlook.js";
import { readGrowthTargets } from "../data/growthTargets.js";
import { readSpec, type ReportSpec } from "../report/spec.js";
import { DEFAULT_FORMATS, markdownFigureFolder, parseFormats, renderOutputs } from "../report/outputs.js";
import { RegeconError } from "../types/errors.js";
import type { Text } from "../types/text.js";
import { stringOption, yearOption, type Command } from "./command.js";
import { DATASET_OPTIONS, catalogueIndicators, datasetFromArgs } from "./datasetOption.js";
import { checkWritable, writeAllOrNothing } from "./output.js";

export const reportCommand: Command = {
  name: "report",
  help: m.help,
  options: {
    ...DATASET_OPTIONS,
    year: { type: "string" },
    out: { type: "string" },
    format: { type: "string" },
    spec: { type: "string" },
    boundaries: { type: "string" },
    "map-approval": { type: "string" },
    "no-maps": { type: "boolean" },
    targets: { type: "string" },
    json: { type: "boolean" },
  },
  async run(args) {
    const specFile = stringOption(args, "spec");
    const spec: ReportSpec = specFile === undefined ? {} : readSpec(specFile, Object.keys(SECTIONS));
    // Command-line options override the spec; the spec overrides the defaults.
    const lang = args.values.lang === undefined ? spec.lang ?? args.lang : args.lang;
    const progress = (text: Text) => {
      if (!args.values.json) process.stderr.write(`${text[lang]}\n`);
    };
    const formats = args.values.format === undefined ? spec.formats ?? DEFAULT_FORMATS : parseFormats(stringOption(args, "format")!);
    const registry = loadRegistry();
    // Word's figures are rendered on other threads while the data load and the report is built.
    const raster = formats.includes("docx") ? await import("../charts/rasterize.js") : undefined;
    const rasterizer = raster?.startRasterizer({ characters: raster.chartCharacters(JSON.stringify([registry.provinces, registry.groupings])) });
    try {
      progress(m.readingData);
      const { dataset, label } = await datasetFromArgs({ ...args, lang }, registry, catalogueIndicators());
      const given = yearOption(args, "year") ?? spec.year;
      const years = dataset.years("gdp_current");
      let choice: ReportYearChoice | undefined;
      if (given === undefined) {
        choice = defaultReportYear(dataset, registry);
        if (choice === undefined) throw new RegeconError("INDICATOR_MISSING", rm.noGdpAtAll(label), rm.noGdpAtAllHint);
        progress(rm.yearChosen(choice.year, choice.reason, choice.incompleteLater));
      } else if (!years.includes(given)) {
        throw new RegeconError("YEAR_NOT_AVAILABLE", rm.noGdpInYear(given), rm.gdpYearsAvailable(years));
      }
      const year = choice?.year ?? given!;
      const map = args.values["no-maps"]
        ? undefined
        : { boundaries: loadBoundaries(registry, { file: stringOption(args, "boundaries") }), approval: stringOption(args, "map-approval") };
      progress(m.computing(year));
      const targetsFile = stringOption(args, "targets");
      const targets = targetsFile === undefined ? undefined : readGrowthTargets(targetsFile, registry);
      // The outlook section with the user's targets (its targets scenario); every other section as registered.
      const sectionOf = (name: string) => (name === "outlook" && targets ? { ...SECTIONS.outlook!, build: outlookSectionWith({ targets }) } : SECTIONS[name]!);
      const sections = (spec.sections ?? Object.keys(SECTIONS)).map(sectionOf);
      const out = stringOption(args, "out");
      const base = path.resolve(out !== undefined ? out.replace(/\.(html?|docx|md)$/i, "") : path.join("out", defaultBaseName(year, lang, stringOption(args, "data"), specFile)));
      // an output that cannot be written is refused before the report is built
      for (const format of formats) checkWritable(`${base}.${format}`);
      const doc = buildReport({ dataset, registry, year, lang, map, sections, title: spec.title, yearChoice: choice, dataFolder: stringOption(args, "data"), onFigure: rasterizer?.add });
      progress(m.rendering(formats));
      const files = await renderOutputs(doc, formats, base, rasterizer);
      writeAllOrNothing(files);
      for (const w of doc.warnings) process.stderr.write(`${warningLine(w.code, w.message)[lang]}\n`);
      const figureFolder = formats.includes("md") ? markdownFigureFolder(base) : undefined;
      const outputs = files.map((f) => f.path).filter((p) => figureFolder === undefined || path.dirname(p) !== figureFolder);
      const figures = doc.blocks.filter((b) => b.kind === "figure").length;
      const tables = doc.blocks.filter((b) => b.kind === "table").length;
      if (args.values.json) {
        const summary = { ok: true, year, yearReason: choice?.reason ?? "given", lang, data: label, outputs, figureFolder: figureFolder ?? null, figures, tables, warnings: doc.warnings };
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      } else {
        process.stdout.write(`${m.wrote(figureFolder === undefined ? outputs : [...outputs, `${figureFolder}${path.sep}`], figures, tables)[lang]}\n`);
      }
      return 0;
    } finally {
      await rasterizer?.close();
    }
  },
};

/** "regecon-report-2024-zh", plus the data folder's and the spec's names when given, so runs do not overwrite each other. */
function defaultBaseName(year: number, lang: string, dataDir: string | undefined, specFile: string | undefined): string {
  const parts = [`regecon-report-${year}-${lang}`];
  if (dataDir !== undefined) parts.push(path.basename(path.resolve(dataDir)));
  if (specFile !== undefined) parts.push(path.basename(specFile, path.extname(specFile)));
  return parts.join("-");
}
