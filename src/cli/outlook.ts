import { MAX_HORIZON, outlookFacts, type GapOutcome, type OutlookFacts, type ScenarioOutcome, type ScenarioYear } from "../analysis/outlook/outlook.js";
import { SCENARIOS, type DataGap, type ScenarioId } from "../analysis/outlook/types.js";
import { BACKTEST_DECIMALS } from "../analysis/rules/outlook.js";
import { convergenceVerdict } from "../analysis/rules/disparity.js";
import { readGrowthTargets, TARGET_RANGE } from "../data/growthTargets.js";
import { loadRegistry, type Registry } from "../data/registry.js";
import { warningLine } from "../messages/cli.js";
import * as m from "../messages/outlook.js";
import * as say from "../narrative/outlook.js";
import * as tables from "../narrative/outlookTables.js";
import { indicatorLabel } from "../report/missingData.js";
import { RegeconError } from "../types/errors.js";
import type { WarningCode } from "../types/codes.js";
import { joinText, type Lang, type Text } from "../types/text.js";
import { stringOption, yearOption, type Command, type ParsedArgs } from "./command.js";
import { DATASET_OPTIONS, catalogueIndicators, datasetFromArgs } from "./datasetOption.js";
import { textTable } from "./textTable.js";

/** `--horizon`: a whole number 1 … MAX_HORIZON; throws RegeconError `BAD_ARGUMENT` otherwise. */
export function parseHorizon(text: string | undefined): number {
  if (text === undefined) return 1;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_HORIZON) throw new RegeconError("BAD_ARGUMENT", m.badHorizon(text, MAX_HORIZON), m.badHorizonHint);
  return n;
}

/** `--scenario a,b`: known ids in SCENARIOS order; throws RegeconError `BAD_ARGUMENT` naming an unknown or repeated one. */
export function parseScenarios(text: string | undefined): ScenarioId[] {
  if (text === undefined) return [...SCENARIOS];
  const asked = text.split(",").map((s) => s.trim()).filter((s) => s !== "");
  for (const s of asked) if (!(SCENARIOS as readonly string[]).includes(s)) throw new RegeconError("BAD_ARGUMENT", m.badScenario(s, SCENARIOS), m.badScenarioHint);
  const repeated = asked.find((s, i) => asked.indexOf(s) !== i);
  if (repeated !== undefined) throw new RegeconError("BAD_ARGUMENT", m.duplicateScenario(repeated), m.badScenarioHint);
  if (asked.length === 0) throw new RegeconError("BAD_ARGUMENT", m.badScenario(text, SCENARIOS), m.badScenarioHint);
  return SCENARIOS.filter((s) => asked.includes(s));
}

/** `--national-growth 5.0`: a rate in % within the plausible range of a growth target; throws RegeconError `BAD_ARGUMENT` otherwise. */
export function parseNationalGrowth(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const cleaned = text.replace(/%$/, "");
  const value = Number(cleaned);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned) || value < TARGET_RANGE.min || value > TARGET_RANGE.max) {
    throw new RegeconError("BAD_ARGUMENT", m.badNationalGrowth(text, TARGET_RANGE.min, TARGET_RANGE.max), m.badNationalGrowthHint);
  }
  return value;
}

function names(registry: Registry): say.OutlookNames {
  return {
    province: (code) => {
      const p = registry.province(code);
      return { zh: p.name, en: p.nameEn };
    },
    indicator: (id) => ({ zh: indicatorLabel(id, "zh"), en: indicatorLabel(id, "en") }),
  };
}

const both = say.both;

/** Print a warning line on stderr. */
function warn(code: WarningCode, text: Text, lang: Lang): void {
  process.stderr.write(`${warningLine(code, text[lang])[lang]}\n`);
}

/** The import commands for the indicators of some data gaps (command-line hint only). */
function importHint(gaps: readonly DataGap[]): Text {
  return m.importMissing([...new Set(gaps.map((g) => g.indicator))]);
}

/**
 * Refuse what the user cannot get: a scenario refused by its own error (TARGETS_INCONSISTENT,
 * PROJECTION_NOT_POSITIVE), and a scenario asked for by name (`--scenario`) that could not be computed
 * (YEAR_NOT_AVAILABLE for data gaps, TARGETS_NOT_FOR_YEAR for a file without the year's targets).
 */
function refuseUnavailable(facts: OutlookFacts, n: say.OutlookNames, askedByName: boolean): void {
  for (const s of facts.scenarios) {
    const u = s.unavailable;
    if (u?.kind === "refused") throw u.error;
    if (!askedByName || !u) continue;
    const reason = say.unavailableReason(s, n, facts.codes.length);
    if (u.kind === "dataGaps") throw new RegeconError("YEAR_NOT_AVAILABLE", reason, importHint(u.gaps));
    if (u.kind === "noTargetsForYear") throw new RegeconError("TARGETS_NOT_FOR_YEAR", reason, m.targetsForYearHint(u.year));
  }
}

async function run(args: ParsedArgs): Promise<number> {
  const lang = args.lang;
  const horizon = parseHorizon(stringOption(args, "horizon"));
  const scenarioOption = stringOption(args, "scenario");
  const scenarios = parseScenarios(scenarioOption);
  const targetsFile = stringOption(args, "targets");
  if (scenarios.includes("targets") && scenarioOption !== undefined && targetsFile === undefined) {
    throw new RegeconError("BAD_ARGUMENT", m.targetsNeedFile, m.targetsNeedFileHint);
  }
  const nationalGrowth = parseNationalGrowth(stringOption(args, "national-growth"));
  const origin = yearOption(args, "from");
  // Options the chosen scenarios do not use: said, not silently dropped.
  if (targetsFile !== undefined && !scenarios.includes("targets")) warn("OPTION_IGNORED", m.targetsIgnored, lang);
  if (nationalGrowth !== undefined && scenarios.every((s) => s === "persistence")) warn("OPTION_IGNORED", m.nationalGrowthIgnored, lang);
  const registry = loadRegistry();
  const targets = targetsFile !== undefined && scenarios.includes("targets") ? readGrowthTargets(targetsFile, registry) : undefined;
  const { dataset, label } = await datasetFromArgs(args, registry, catalogueIndicators());
  const facts = outlookFacts(dataset, registry, { origin, horizon, scenarios, targets, nationalGrowth });
  const n = names(registry);
  if (!("scenarios" in facts)) {
    const reason = say.gapsText(facts.gaps, n, registry.provinces.length);
    const origins = facts.availableOrigins.length > 0 ? both((l) => m.originsAvailable(say.yearSpans(facts.availableOrigins)[l])[l]) : m.noOrigins;
    throw new RegeconError("YEAR_NOT_AVAILABLE", both((l) => m.originUnavailable(facts.origin, reason[l])[l]), joinText([origins, importHint(facts.gaps)], m.sentenceSep));
  }
  refuseUnavailable(facts, n, scenarioOption !== undefined);
  for (const shift of say.largeTargetsShifts(facts)) warn("OUTLOOK_TARGETS_SHIFTED", say.targetsShiftWarning(shift), lang);
  process.stdout.write(args.values.json ? `${JSON.stringify(toJson(facts, registry, n, label, lang), null, 2)}\n` : textReport(facts, n, label, lang));
  return 0;
}

/** The outlook as text: assumptions, β/σ, projections per year, back-test, verdict, targets, what was not computed. */
function textReport(facts: OutlookFacts, n: say.OutlookNames, label: string, lang: Lang): string {
  const t = (text: Text) => text[lang];
  const out: string[] = [];
  out.push(`${t(m.cliHeading(facts.origin, t(say.projectedYears(facts)), label))}\n`);
  const latest = say.latestNotOriginText(facts, n);
  if (latest) out.push(`${t(latest)}\n`);
  const intro = say.introParagraph(facts);
  if (intro) out.push(`${t(intro)}\n`);
  const shown = say.computed(facts);
  if (shown.length > 0) {
    const lines = shown.map((s) => `  ${t(m.cliScenarioLine(m.scenarioName[s.scenario], say.growthAssumption(s, facts), say.nationalPathText(s, facts)))}`);
    out.push(`${t(m.cliAssumptions)}\n${lines.join("\n")}\n  ${t(m.cliCommon)}${t(say.commonAssumptionsNote(facts))}\n`);
  }
  const convergence = say.convergenceParagraph(facts);
  if (convergence) out.push(`${t(convergence)}\n`);
  if (shown.length > 0) {
    for (let step = 1; step <= facts.horizon; step++) {
      const projection = tables.projectionTable(facts, lang, step);
      out.push(`${t(m.cliProjections(facts.origin + step))}\n${textTable(projection.header, projection.rows)}${projection.actualNote ? `${projection.actualNote}\n` : ""}`);
    }
  }
  const shares = say.sharesParagraph(facts);
  if (shares) out.push(`${t(shares)}\n`);
  let backtested = false;
  for (let h = 1; h <= facts.horizon; h++) {
    const backtest = tables.backtestTable(facts, lang, h);
    if (backtest.rows.length === 0) continue;
    backtested = true;
    const origins = h === 1 ? say.backtestOrigins(facts) : (facts.comparisonOrigins[h - 1] ?? []);
    out.push(`${t(m.cliBacktestAt(h, t(say.yearSpans(origins))))}\n${textTable(backtest.header, backtest.rows)}`);
  }
  if (backtested) out.push(`${t(m.backtestNote(undefined))}\n`);
  const verdict = say.backtestParagraph(facts);
  if (verdict) out.push(`${t(verdict)}\n`);
  // Without a targets file, the command line says how to give one (a report only says that none was given).
  const noFile = facts.scenarios.some((s) => s.unavailable?.kind === "noTargetsFile");
  const targets = noFile ? m.targetsHowTo : say.targetsParagraph(facts, n);
  if (targets) out.push(`${t(targets)}\n`);
  for (const s of facts.scenarios.filter((x) => !x.available && x.scenario !== "targets")) out.push(`${t(say.unavailableReason(s, n, facts.codes.length))}\n`);
  return out.join("\n");
}

/** The `--json` shape, documented in docs/outlook.md: unrounded numbers with the decimals they may be printed to. */
function toJson(facts: OutlookFacts, registry: Registry, n: say.OutlookNames, label: string, lang: Lang) {
  const t = (text: Text) => text[lang];
  const byCode = (values: readonly number[]) => Object.fromEntries(facts.codes.map((c, i) => [c, values[i]!]));
  const gap = (g: GapOutcome) => ({ gap: g.gap, gapAtOriginPrices: g.gapReal, error: g.error ?? null, verdict: g.movement.nominal, verdictAtOriginPrices: g.movement.real, priceDriven: g.movement.priceDriven });
  const year = (y: ScenarioYear) => ({
    year: y.year,
    nationalGrowth: y.nationalGrowth ?? null,
    meanGrowth: y.meanGrowth,
    decimals: y.decimals,
    regions: y.regions,
    northSouth: y.northSouth,
    theilT: y.dispersion.theilT,
    cv: y.dispersion.cv,
    sigma: { verdict: y.sigma.movement, error: y.sigma.error ?? null },
    eastWest: gap(y.eastWest),
    southNorth: gap(y.southNorth),
    provinces: y.provinces.map((p) => ({ ...p, name: registry.province(p.code).name, nameEn: registry.province(p.code).nameEn })),
  });
  const convergence = (c: NonNullable<ScenarioOutcome["convergence"]>) => ({
    fromYear: c.fromYear,
    toYear: c.toYear,
    beta: c.estimate.beta,
    standardError: c.estimate.betaStandardError,
    tValue: c.estimate.betaTValue,
    pValue: c.estimate.betaPValue,
    rSquared: c.estimate.rSquared,
    n: c.estimate.n,
    speed: c.estimate.speed ?? null,
    halfLife: c.estimate.halfLife ?? null,
    verdict: convergenceVerdict(c.estimate.beta, c.estimate.betaPValue),
    spreads: c.terms,
    driver: c.driver,
  });
  const scenario = (s: ScenarioOutcome) => ({
    id: s.scenario,
    name: t(m.scenarioName[s.scenario]),
    available: s.available,
    unavailable: s.unavailable ? { kind: s.unavailable.kind, code: s.unavailable.kind === "refused" ? s.unavailable.error.code : null } : null,
    reason: s.available ? null : t(say.unavailableReason(s, n, facts.codes.length)),
    assumption: t(say.growthAssumption(s, facts)),
    nationalPath: t(say.nationalPathText(s, facts)),
    window: s.window ?? null,
    differentials: s.differentials ? byCode(s.differentials) : null,
    convergence: s.convergence ? convergence(s.convergence) : null,
    years: s.years.map(year),
    backtest: s.backtests.map((b, j) => (b ? { ...b, runs: b.origins.length } : { horizon: j + 1, runs: 0 })),
    targets: s.targets?.map((u) => ({ ...u, meanTarget: u.meanTarget ?? null, shift: u.shift ?? null, size: u.size ?? null, national: u.national ?? null })) ?? null,
  });
  const latest = say.latestNotOriginText(facts, n);
  return {
    ok: true,
    data: label,
    origin: facts.origin,
    horizon: facts.horizon,
    years: Array.from({ length: facts.horizon }, (_, j) => facts.origin + j + 1),
    availableOrigins: facts.availableOrigins,
    latestUnusable: facts.latestUnusable && latest ? { year: facts.latestUnusable.year, reason: t(latest) } : null,
    nationalPath: facts.nationalPath,
    assumptions: {
      prices: t(m.priceAssumption(facts.origin)),
      population: t(m.populationAssumption(facts.origin)),
      priceChange: byCode(facts.actual.priceChange),
      populationGrowth: byCode(facts.actual.populationGrowth),
    },
    actual: {
      year: facts.actual.year,
      meanGrowth: facts.actual.meanGrowth,
      regions: facts.actual.regions,
      northSouth: facts.actual.northSouth,
      theilT: facts.actual.dispersion.theilT,
      cv: facts.actual.dispersion.cv,
      eastWestGap: facts.actual.eastWestGap,
      southNorthGap: facts.actual.southNorthGap,
    },
    scenarios: facts.scenarios.map(scenario),
    observed: facts.observed.map((y) => ({ year: y.year, meanGrowth: y.meanGrowth, regions: y.regions, northSouth: y.northSouth, theilT: y.dispersion.theilT, cv: y.dispersion.cv, eastWestGap: y.eastWest.gap, southNorthGap: y.southNorth.gap })),
    comparisonOrigins: facts.comparisonOrigins,
    best: facts.best,
    largestErrors: facts.largestErrors,
    targetsComparison: facts.targetsComparison ?? null,
    backtestDecimals: BACKTEST_DECIMALS,
    conditional: t(m.conditionalNote),
  };
}

/** `regecon outlook`: scenario projections of regional shares and disparity, back-tested. */
export const outlookCommand: Command = {
  name: "outlook",
  help: m.help,
  options: {
    ...DATASET_OPTIONS,
    from: { type: "string" },
    horizon: { type: "string" },
    scenario: { type: "string" },
    targets: { type: "string" },
    "national-growth": { type: "string" },
    json: { type: "boolean" },
  },
  run,
};
