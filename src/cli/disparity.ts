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
  type DisparityIndices,
  type PerCapitaSpec,
} from "../analysis/disparity.js";
import { DISPARITY_DECIMALS as D, convergenceVerdict, moranVerdict } from "../analysis/rules/disparity.js";
import type { Dataset } from "../data/dataset.js";
import type { BetaConvergence, SigmaConvergence } from "../stats/convergence.js";
import { loadRegistry, type Registry } from "../data/registry.js";
import { warningPrefix } from "../messages/cli.js";
import * as m from "../messages/disparity.js";
import * as c from "../messages/disparityCommand.js";
import { MISSING, num, pct, perYear } from "../messages/format.js";
import * as say from "../narrative/disparity.js";
import type { Grouping } from "../types/region.js";
import { RegeconError } from "../types/errors.js";
import { joinText, verbatim, type Lang, type Text } from "../types/text.js";
import { stringOption, yearOption, type Command, type ParsedArgs } from "./command.js";
import { DATASET_OPTIONS, datasetFromArgs } from "./datasetOption.js";

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

async function run(args: ParsedArgs): Promise<number> {
  const lang = args.lang;
  const registry = loadRegistry();
  const { dataset, label } = await datasetFromArgs(args, registry);
  const req = request(args, dataset, registry);
  const { spec, grouping, year, range } = req;
  const yd = disparityOfYear(dataset, registry, year, spec.id);
  const theil = theilByGrouping(dataset, registry, year, grouping.name, spec.id);
  const moran = moranOfYear(dataset, registry, year, spec.id);
  const series = range ? disparitySeries(dataset, registry, req.available.filter((y) => y >= range[0] && y <= range[1]), spec.id) : undefined;
  const beta = range ? betaConvergenceOver(dataset, registry, range[0], range[1], spec.id, grouping.name) : undefined;
  const warnings = warningsOf(dataset, registry, req, moran.weights.excluded).map((w) => w[lang]);
  const d = theil.decomposition;
  const shares = d ? contributionShares(d) : undefined;
  const moranSubject = c.provincialValues(spec.name);
  /** A group of the chosen grouping by its key (the Chinese name in groupings.csv), in the output language. */
  const groupName = (key: string) => (theil.groupNames.get(key) ?? verbatim(key))[lang];

  if (args.values.json) {
    const sigma = (s: SigmaConvergence | undefined) => (s ? { ...s, verdict: convergenceVerdict(s.slope, s.pValue) } : null);
    const betaOut = (b: BetaConvergence | undefined) => (b ? { ...b, dummies: b.dummies.map((x) => ({ ...x, group: groupName(x.group) })), verdict: convergenceVerdict(b.beta, b.betaPValue) } : null);
    const out = {
      indicator: { id: spec.id, name: spec.name[lang], unit: spec.unit[lang] },
      data: label,
      year,
      availableYears: req.available,
      indices: yd.indices ?? null,
      missing: yd.missing,
      theil: {
        grouping: named(grouping)[lang],
        kind: "T",
        weighted: true,
        ...(d ? { ...d, groups: d.groups.map((g) => ({ ...g, group: groupName(g.group) })) } : {}),
        shares: shares ?? null,
        ungrouped: theil.ungrouped,
      },
      moran: {
        variable: `${spec.id} (${moran.transform})`,
        n: moran.weights.ids.length,
        excluded: moran.weights.excluded,
        global: moran.global ?? null,
        verdict: moran.global ? moranVerdict(moran.global.pRandomisation) : null,
        permutation: moran.permutation ?? null,
        local: moran.local?.units ?? null,
      },
      series: series
        ? {
            years: series.years.map((r) => ({ year: r.year, indices: r.indices ?? null, missing: r.missing })),
            relative: series.judgement?.relative ?? null,
            relativeSlight: series.judgement?.relativeSlight ?? null,
            absolute: series.judgement?.absolute ?? null,
            judgement: say.judgementLine(series)[lang],
            rule: say.disparityRule()[lang],
            sigmaWilliamson: sigma(series.sigmaWilliamson),
            sigmaLog: sigma(series.sigmaLog),
          }
        : null,
      beta: beta ? { fromYear: beta.fromYear, toYear: beta.toYear, absolute: betaOut(beta.absolute), conditional: betaOut(beta.conditional), conditionalOn: named(grouping)[lang] } : null,
      warnings,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
    return 0;
  }

  const lines: string[] = [c.heading(spec.name, spec.unit, year, label)[lang], ""];
  lines.push(yd.indices ? table(c.indexTableHeader.map((h) => h[lang]), indexRows(yd.indices, spec.unit, lang)) : c.missingProvinces(say.provinceNames(registry, yd.missing))[lang]);
  lines.push("", c.theilHeading(named(grouping), year)[lang]);
  if (d) {
    const share = (x: number | undefined) => num(x, D.percent);
    const rows = [
      [c.theilPart.total[lang], num(d.total, D.index), share(shares ? 100 : undefined)],
      [c.theilPart.between[lang], num(d.between, D.index), share(shares?.between)],
      [c.theilPart.within[lang], num(d.within, D.index), share(shares?.within)],
      ...d.groups.map((g, i) => [`  ${groupName(g.group)}`, num(g.withinContribution, D.index), share(shares?.groups[i])]),
    ];
    lines.push(table(c.theilTableHeader.map((h) => h[lang]), rows));
  } else lines.push(c.missingProvinces(say.provinceNames(registry, theil.missing))[lang]);
  if (moran.global && moran.permutation) {
    const g = moran.global;
    const figures: c.MoranFigures = { I: num(g.I, D.index), expected: num(g.expected, D.index), z: num(g.zRandomisation, D.statistic), p: num(g.pRandomisation, D.moranPValue), permutations: moran.permutation.permutations, pseudoP: num(moran.permutation.pValue, D.pValue), n: g.n };
    lines.push("", c.moranLine(figures, say.moranVerdictText(g.pRandomisation, moranSubject))[lang]);
  } else if (moran.missing.length > 0) lines.push("", c.missingProvinces(say.provinceNames(registry, moran.missing))[lang]);
  if (series) {
    lines.push("", c.seriesHeading[lang]);
    const i = (x: number | undefined) => num(x, D.index);
    const y = (x: number | undefined) => num(x, D.yuan);
    lines.push(table(c.seriesTableHeader.map((h) => h[lang]), series.years.map((r) => [String(r.year), i(r.indices?.cv), i(r.indices?.williamsonCV), i(r.indices?.theilTWeighted), i(r.indices?.giniWeighted), y(r.indices?.sd), y(r.indices?.range)])));
    lines.push(joinText([say.judgementLine(series), say.disparityRule()])[lang]);
    const s = series.sigmaWilliamson;
    if (s) lines.push(c.sigmaLine({ zh: perYear(s.slope, "zh", D.index), en: perYear(s.slope, "en", D.index) }, num(s.tValue, D.statistic), num(s.pValue, D.pValue), say.sigmaVerdictText(s))[lang]);
  }
  if (beta?.absolute) {
    const b = beta.absolute;
    const figures: c.BetaFigures = {
      beta: num(b.beta, D.index),
      standardError: num(b.betaStandardError, D.index),
      p: num(b.betaPValue, D.pValue),
      speed: b.speed === undefined ? MISSING : pct(100 * b.speed, D.percent),
      halfLife: b.halfLife === undefined ? verbatim(MISSING) : c.years(num(b.halfLife, D.percent)),
    };
    lines.push(c.absoluteBetaLine(beta.fromYear, beta.toYear, figures, say.betaVerdictText(b, "absolute"))[lang]);
    const cb = beta.conditional;
    if (cb) lines.push(c.conditionalBetaLine(named(grouping), num(cb.beta, D.index), num(cb.betaPValue, D.pValue), say.betaVerdictText(cb, "conditional"))[lang]);
  } else if (beta) lines.push(c.missingProvinces(say.provinceNames(registry, beta.missing))[lang]);
  for (const w of warnings) lines.push(warningPrefix[lang] + w);
  process.stdout.write(lines.map((l) => (l.endsWith("\n") ? l.slice(0, -1) : l)).join("\n") + "\n");
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
