import {
  COMPUTED_GDP_PER_CAPITA,
  FOUR_REGIONS,
  assignGroups,
  betaConvergenceOver,
  completeYears,
  contributionShares,
  decompositionGroupings,
  disparityOfYear,
  disparitySeries,
  moranOfYear,
  named,
  perCapitaSpec,
  theilByGrouping,
  vintagesBySource,
  type BetaOverPeriod,
  type ContributionShares,
  type DisparityIndices,
  type DisparitySeries,
  type MoranOfYear,
  type PerCapitaSpec,
  type TheilByGrouping,
  type YearDisparity,
} from "../analysis/disparity.js";
import { DISPARITY_DECIMALS as D, convergenceVerdict, moranVerdict } from "../analysis/rules/disparity.js";
import type { Dataset } from "../data/dataset.js";
import type { BetaConvergence, SigmaConvergence } from "../stats/convergence.js";
import { loadRegistry, type Registry } from "../data/registry.js";
import { warningPrefix } from "../messages/cli.js";
import * as m from "../messages/disparity.js";
import * as c from "../messages/disparityCommand.js";
import { MISSING, num, pct } from "../messages/format.js";
import * as say from "../narrative/disparity.js";
import type { Grouping } from "../types/region.js";
import { RegeconError } from "../types/errors.js";
import { joinText, verbatim, type Lang, type Text } from "../types/text.js";
import { stringOption, yearOption, type Command, type ParsedArgs } from "./command.js";
import { DATASET_OPTIONS, catalogueIndicators, datasetFromArgs } from "./datasetOption.js";

/** Parse "2015-2024" (also "2015–2024", "2015~2024", "2015:2024"); throws RegeconError `BAD_YEAR`. */
export function parseYearRange(text: string): [number, number] {
  const match = /^(\d{4})\s*[-–~:]\s*(\d{4})$/.exec(text.trim());
  if (!match) throw new RegeconError("BAD_YEAR", c.badYearRange(text), m.yearRangeExample);
  const first = Number(match[1]);
  const last = Number(match[2]);
  if (last <= first) throw new RegeconError("BAD_YEAR", c.yearRangeReversed(first, last), m.yearRangeExample);
  return [first, last];
}

/** A plain-text table: first column left-aligned, the others right-aligned; CJK characters count double. */
function table(header: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = header.map((_, j) => Math.max(...[header, ...rows].map((r) => width(r[j] ?? ""))));
  const line = (r: string[]) => r.map((cell, j) => (j === 0 ? cell + " ".repeat(cols[j]! - width(cell)) : " ".repeat(cols[j]! - width(cell)) + cell)).join("  ");
  return [line(header), cols.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}

/** The index table's rows: name, unweighted, population-weighted. */
function indexRows(ix: DisparityIndices, unit: Text, lang: Lang): string[][] {
  const i = (x: number | undefined) => num(x, D.index);
  const n = c.indexName;
  const row = (name: Text, unweighted: string, weighted: string) => [name[lang], unweighted, weighted];
  return [
    row(n.sd(unit), num(ix.sd, D.yuan), MISSING),
    row(n.range(unit), num(ix.range, D.yuan), MISSING),
    row(n.cv, i(ix.cv), i(ix.williamsonCV)),
    row(n.gini, i(ix.gini), i(ix.giniWeighted)),
    row(n.theilT, i(ix.theilT), i(ix.theilTWeighted)),
    row(n.theilL, i(ix.theilL), i(ix.theilLWeighted)),
    row(n.atkinson05, i(ix.atkinson05), i(ix.atkinson05Weighted)),
    row(n.atkinson2, i(ix.atkinson2), i(ix.atkinson2Weighted)),
    row(n.maxMinRatio, i(ix.maxMinRatio), MISSING),
    row(n.top20Bottom20, MISSING, i(ix.top20Bottom20)),
    row(n.sdLog, i(ix.sdLog), MISSING),
  ];
}

/** What the command computes from its options (see `run`). */
interface Request {
  spec: PerCapitaSpec;
  grouping: Grouping;
  year: number;
  /** --years A-B, when given. */
  range: [number, number] | undefined;
  /** Years with complete provincial data. */
  available: number[];
}

/**
 * Read and check the options against the data. Throws RegeconError `BAD_ARGUMENT` (--year and
 * --years together), `BAD_YEAR` (malformed or reversed years), `YEAR_NOT_AVAILABLE` (a year without
 * complete provincial data, or no such year at all), `UNKNOWN_INDICATOR`, `UNKNOWN_GROUPING` and
 * `GROUPING_NOT_PARTITION`.
 */
function request(args: ParsedArgs, dataset: Dataset, registry: Registry): Request {
  const indicator = stringOption(args, "indicator") ?? COMPUTED_GDP_PER_CAPITA;
  const spec = perCapitaSpec(dataset, indicator);
  const yearsText = stringOption(args, "years");
  const single = yearOption(args, "year");
  if (yearsText !== undefined && single !== undefined) throw new RegeconError("BAD_ARGUMENT", c.yearAndYears, c.yearOrYearsHint);
  const range = yearsText === undefined ? undefined : parseYearRange(yearsText);
  const available = completeYears(dataset, registry, indicator);
  if (available.length === 0) throw new RegeconError("YEAR_NOT_AVAILABLE", m.noCompleteYear(indicator), m.noCompleteYearHint);
  const year = range ? range[1] : single ?? available[available.length - 1]!;
  for (const y of new Set([...(range ?? []), year])) {
    if (!available.includes(y)) throw new RegeconError("YEAR_NOT_AVAILABLE", m.noCompleteDataForYear(indicator, y), m.completeYearsHint(available));
  }
  const grouping = decompositionGrouping(registry, stringOption(args, "group") ?? FOUR_REGIONS, range ? range[0] : year, year);
  return { spec, grouping, year, range, available };
}

/**
 * The grouping `name` checked for a Theil decomposition (and conditional β) in `fromYear` and `year`.
 * Throws RegeconError `UNKNOWN_GROUPING` or `GROUPING_NOT_PARTITION` whose hint lists only the
 * groupings usable for a decomposition (not 区域重大战略, whose groups overlap).
 */
function decompositionGrouping(registry: Registry, name: string, fromYear: number, year: number): Grouping {
  const usable = decompositionGroupings(registry, fromYear, year).map((g) => named(registry.grouping(g)));
  const hint = m.decompositionGroupingsHint(usable);
  const grouping = registry.groupings.find((g) => g.name === name || g.nameEn.toLowerCase() === name.toLowerCase());
  if (!grouping) throw new RegeconError("UNKNOWN_GROUPING", m.unknownGrouping(name), hint);
  try {
    for (const y of new Set([fromYear, year])) assignGroups(registry, grouping.name, y);
    return grouping;
  } catch (e) {
    if (e instanceof RegeconError && e.code === "GROUPING_NOT_PARTITION") throw new RegeconError(e.code, e.text, hint);
    throw e;
  }
}

/** Warnings: input series that mix vintages (named by their labels) and provinces left out of Moran's I. */
function warningsOf(dataset: Dataset, registry: Registry, req: Request, excluded: readonly string[]): Text[] {
  const years = req.range ? req.available.filter((y) => y >= req.range![0] && y <= req.range![1]) : [req.year];
  const sources = [...dataset.sources.values()];
  const label = (v: string): Text => {
    const s = sources.find((x) => x.vintage === v);
    return s ? { zh: s.vintageLabel, en: s.vintageLabelEn } : verbatim(v);
  };
  const out: Text[] = [];
  for (const [id, vintages] of vintagesBySource(dataset, registry, years, req.spec.id)) {
    if (vintages.length > 1) out.push(m.seriesMixesVintages(say.indicatorLabel(id), vintages.map(label)));
  }
  const islands = say.islandsWarning(registry, excluded);
  return islands ? [...out, islands] : out;
}

/** Everything the command prints, computed once for the text and the JSON output. */
interface Facts {
  req: Request;
  /** Where the data came from (printed). */
  label: string;
  yd: YearDisparity;
  theil: TheilByGrouping;
  shares: ContributionShares | undefined;
  moran: MoranOfYear;
  series: DisparitySeries | undefined;
  beta: BetaOverPeriod | undefined;
  warnings: Text[];
}

function compute(dataset: Dataset, registry: Registry, req: Request, label: string): Facts {
  const { spec, grouping, year, range } = req;
  const theil = theilByGrouping(dataset, registry, year, grouping.name, spec.id);
  const moran = moranOfYear(dataset, registry, year, spec.id);
  return {
    req,
    label,
    yd: disparityOfYear(dataset, registry, year, spec.id),
    theil,
    shares: theil.decomposition ? contributionShares(theil.decomposition) : undefined,
    moran,
    series: range ? disparitySeries(dataset, registry, req.available.filter((y) => y >= range[0] && y <= range[1]), spec.id) : undefined,
    beta: range ? betaConvergenceOver(dataset, registry, range[0], range[1], spec.id, grouping.name) : undefined,
    warnings: warningsOf(dataset, registry, req, moran.weights.excluded),
  };
}

/** A group of the chosen grouping by its key (the Chinese name in groupings.csv), in the output language. */
const groupName = (f: Facts, key: string, lang: Lang) => (f.theil.groupNames.get(key) ?? verbatim(key))[lang];

/** The JSON output: the facts with every decision (judgement, verdicts) and texts in the output language. */
function json(f: Facts, lang: Lang): string {
  const { spec, grouping, year, available } = f.req;
  const d = f.theil.decomposition;
  const sigma = (s: SigmaConvergence | undefined) => (s ? { ...s, verdict: convergenceVerdict(s.slope, s.pValue) } : null);
  const beta = (b: BetaConvergence | undefined) => (b ? { ...b, dummies: b.dummies.map((x) => ({ ...x, group: groupName(f, x.group, lang) })), verdict: convergenceVerdict(b.beta, b.betaPValue) } : null);
  const out = {
    indicator: { id: spec.id, name: spec.name[lang], unit: spec.unit[lang] },
    data: f.label,
    year,
    availableYears: available,
    indices: f.yd.indices ?? null,
    missing: f.yd.missing,
    theil: {
      grouping: named(grouping)[lang],
      kind: "T",
      weighted: true,
      ...(d ? { ...d, groups: d.groups.map((g) => ({ ...g, group: groupName(f, g.group, lang) })) } : {}),
      shares: f.shares ?? null,
      ungrouped: f.theil.ungrouped,
    },
    moran: {
      variable: `${spec.id} (${f.moran.transform})`,
      n: f.moran.weights.ids.length,
      excluded: f.moran.weights.excluded,
      global: f.moran.global ?? null,
      verdict: f.moran.global ? moranVerdict(f.moran.global.pRandomisation) : null,
      permutation: f.moran.permutation ?? null,
      local: f.moran.local?.units ?? null,
    },
    series: f.series
      ? {
          years: f.series.years.map((r) => ({ year: r.year, indices: r.indices ?? null, missing: r.missing })),
          relative: f.series.judgement?.relative ?? null,
          relativeSlight: f.series.judgement?.relativeSlight ?? null,
          absolute: f.series.judgement?.absolute ?? null,
          judgement: say.judgementLine(f.series)[lang],
          rule: say.disparityRule()[lang],
          sigmaWilliamson: sigma(f.series.sigmaWilliamson),
          sigmaLog: sigma(f.series.sigmaLog),
        }
      : null,
    beta: f.beta ? { fromYear: f.beta.fromYear, toYear: f.beta.toYear, absolute: beta(f.beta.absolute), conditional: beta(f.beta.conditional), conditionalOn: named(grouping)[lang] } : null,
    warnings: f.warnings.map((w) => w[lang]),
  };
  return JSON.stringify(out, null, 2) + "\n";
}

/** The text output: indices, decomposition, Moran's I, and with --years the series, judgement, σ and β; then warnings. */
function text(registry: Registry, f: Facts, lang: Lang): string {
  const { spec, grouping, year } = f.req;
  const missing = (codes: readonly string[]) => c.missingProvinces(say.provinceNames(registry, codes))[lang];
  const i = (x: number | undefined) => num(x, D.index);
  const lines: string[] = [c.heading(spec.name, spec.unit, year, f.label)[lang], ""];
  lines.push(f.yd.indices ? table(c.indexTableHeader.map((h) => h[lang]), indexRows(f.yd.indices, spec.unit, lang)) : missing(f.yd.missing));
  lines.push("", c.theilHeading(named(grouping), year)[lang]);
  const d = f.theil.decomposition;
  if (d) {
    const share = (x: number | undefined) => num(x, D.percent);
    const rows = [
      [c.theilPart.total[lang], i(d.total), share(f.shares ? 100 : undefined)],
      [c.theilPart.between[lang], i(d.between), share(f.shares?.between)],
      [c.theilPart.within[lang], i(d.within), share(f.shares?.within)],
      ...d.groups.map((g, k) => [`  ${groupName(f, g.group, lang)}`, i(g.withinContribution), share(f.shares?.groups[k])]),
    ];
    lines.push(table(c.theilTableHeader.map((h) => h[lang]), rows));
  } else lines.push(missing(f.theil.missing));
  const { global: g, permutation } = f.moran;
  if (g && permutation) {
    const figures: c.MoranFigures = { I: i(g.I), expected: i(g.expected), z: num(g.zRandomisation, D.statistic), p: num(g.pRandomisation, D.moranPValue), permutations: permutation.permutations, pseudoP: num(permutation.pValue, D.pValue), n: g.n };
    lines.push("", c.moranLine(figures, say.moranVerdictText(g.pRandomisation, c.provincialValues(spec.name)))[lang]);
  } else lines.push("", missing(f.moran.missing));
  if (f.series) {
    const yuan = (x: number | undefined) => num(x, D.yuan);
    const rows = f.series.years.map((r) => [String(r.year), i(r.indices?.cv), i(r.indices?.williamsonCV), i(r.indices?.theilTWeighted), i(r.indices?.giniWeighted), yuan(r.indices?.sd), yuan(r.indices?.range)]);
    lines.push("", c.seriesHeading[lang], table(c.seriesTableHeader.map((h) => h[lang]), rows));
    lines.push(joinText([say.judgementLine(f.series), say.disparityRule()])[lang]);
    const s = f.series.sigmaWilliamson;
    if (s) lines.push(c.sigmaLine(say.slopeWords(s.slope), num(s.tValue, D.statistic), num(s.pValue, D.pValue), say.sigmaVerdictText(s))[lang]);
  }
  const b = f.beta?.absolute;
  if (f.beta && b) {
    const figures: c.BetaFigures = {
      beta: i(b.beta),
      standardError: i(b.betaStandardError),
      p: num(b.betaPValue, D.pValue),
      speed: b.speed === undefined ? MISSING : pct(100 * b.speed, D.percent),
      halfLife: b.halfLife === undefined ? verbatim(MISSING) : c.years(num(b.halfLife, D.percent)),
    };
    lines.push(c.absoluteBetaLine(f.beta.fromYear, f.beta.toYear, figures, say.betaVerdictText(b, "absolute"))[lang]);
    const cb = f.beta.conditional;
    if (cb) lines.push(c.conditionalBetaLine(named(grouping), i(cb.beta), num(cb.betaPValue, D.pValue), say.betaVerdictText(cb, "conditional"))[lang]);
  } else if (f.beta) lines.push(missing(f.beta.missing));
  for (const w of f.warnings) lines.push(warningPrefix[lang] + w[lang]);
  // Tables end with a newline of their own.
  return lines.map((l) => l.replace(/\n$/, "")).join("\n") + "\n";
}

async function run(args: ParsedArgs): Promise<number> {
  const registry = loadRegistry();
  const { dataset, label } = await datasetFromArgs(args, registry, catalogueIndicators(stringOption(args, "indicator")));
  const facts = compute(dataset, registry, request(args, dataset, registry), label);
  process.stdout.write(args.values.json ? json(facts, args.lang) : text(registry, facts, args.lang));
  return 0;
}

/** `regecon disparity`: disparity indices, Theil decomposition, convergence and Moran's I of a per-capita indicator. */
export const disparityCommand: Command = {
  name: "disparity",
  help: c.help,
  options: {
    ...DATASET_OPTIONS,
    indicator: { type: "string" },
    year: { type: "string" },
    years: { type: "string" },
    group: { type: "string" },
    json: { type: "boolean" },
  },
  run,
};
