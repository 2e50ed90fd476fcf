import { MAX_HORIZON, outlookFacts, type OutlookFacts, type ScenarioOutcome, type ScenarioYear } from "../analysis/outlook/outlook.js";
import { SCENARIOS, type ScenarioId } from "../analysis/outlook/types.js";
import { BACKTEST_DECIMALS } from "../analysis/rules/outlook.js";
import { convergenceVerdict } from "../analysis/rules/disparity.js";
import { readGrowthTargets } from "../data/growthTargets.js";
import { loadRegistry, type Registry } from "../data/registry.js";
import * as m from "../messages/outlook.js";
import * as say from "../narrative/outlook.js";
import * as tables from "../narrative/outlookTables.js";
import { indicatorLabel } from "../report/missingData.js";
import { RegeconError } from "../types/errors.js";
import type { Lang, Text } from "../types/text.js";
import { stringOption, yearOption, type Command, type ParsedArgs } from "./command.js";
import { DATASET_OPTIONS, datasetFromArgs } from "./datasetOption.js";
import { textTable } from "./textTable.js";

/** `--horizon`: a whole number 1 … MAX_HORIZON; throws RegeconError `BAD_ARGUMENT` otherwise. */
export function parseHorizon(text: string | undefined): number {
  if (text === undefined) return 1;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_HORIZON) throw new RegeconError("BAD_ARGUMENT", m.badHorizon(text, MAX_HORIZON), m.badHorizonHint);
  return n;
}

/** `--scenario a,b`: known ids in SCENARIOS order; throws RegeconError `BAD_ARGUMENT` naming an unknown one. */
export function parseScenarios(text: string | undefined): ScenarioId[] {
  if (text === undefined) return [...SCENARIOS];
  const asked = text.split(",").map((s) => s.trim()).filter((s) => s !== "");
  for (const s of asked) if (!(SCENARIOS as readonly string[]).includes(s)) throw new RegeconError("BAD_ARGUMENT", m.badScenario(s, SCENARIOS), m.badScenarioHint);
  if (asked.length === 0) throw new RegeconError("BAD_ARGUMENT", m.badScenario(text, SCENARIOS), m.badScenarioHint);
  return SCENARIOS.filter((s) => asked.includes(s));
}

/** `--national-growth 5.0`: a rate in %; throws RegeconError `BAD_ARGUMENT` for anything else. */
export function parseNationalGrowth(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const cleaned = text.replace(/%$/, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned) || Math.abs(Number(cleaned)) > 30) throw new RegeconError("BAD_ARGUMENT", m.badNationalGrowth(text), m.badNationalGrowthHint);
  return Number(cleaned);
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

async function run(args: ParsedArgs): Promise<number> {
  const lang = args.lang;
  const horizon = parseHorizon(stringOption(args, "horizon"));
  const scenarios = parseScenarios(stringOption(args, "scenario"));
  const targetsFile = stringOption(args, "targets");
  if (scenarios.includes("targets") && stringOption(args, "scenario") !== undefined && targetsFile === undefined) {
    throw new RegeconError("BAD_ARGUMENT", m.targetsNeedFile, m.targetsNeedFileHint);
  }
  const nationalGrowth = parseNationalGrowth(stringOption(args, "national-growth"));
  const origin = yearOption(args, "from");
  const registry = loadRegistry();
  const targets = targetsFile === undefined ? undefined : readGrowthTargets(targetsFile, registry);
  const { dataset, label } = await datasetFromArgs(args, registry);
  const facts = outlookFacts(dataset, registry, { origin, horizon, scenarios, targets, nationalGrowth });
  const n = names(registry);
  if (!("scenarios" in facts)) {
    const reason = say.gapsText(facts.gaps, n, registry.provinces.length);
    const origins = facts.availableOrigins.length > 0 ? both((l) => m.originsAvailable(say.yearSpans(facts.availableOrigins)[l])[l]) : m.noOrigins;
    throw new RegeconError("YEAR_NOT_AVAILABLE", both((l) => m.originUnavailable(facts.origin, reason[l])[l]), origins);
  }
  process.stdout.write(args.values.json ? `${JSON.stringify(toJson(facts, registry, n, label, lang), null, 2)}\n` : textReport(facts, n, label, lang));
  return 0;
}

const both = say.both;

/** The outlook as text: assumptions, β/σ, projections per year, back-test, verdict, targets. */
function textReport(facts: OutlookFacts, n: say.OutlookNames, label: string, lang: Lang): string {
  const t = (text: Text) => text[lang];
  const out: string[] = [];
  out.push(`${t(m.cliHeading(facts.origin, t(say.projectedYears(facts)), label))}\n`);
  out.push(`${t(say.introParagraph(facts))}\n`);
  const lines = facts.scenarios.map((s) => `  ${t(m.cliScenarioLine(m.scenarioName[s.scenario], say.growthAssumption(s, facts), say.nationalPathText(s, facts)))}`);
  out.push(`${t(m.cliAssumptions)}\n${lines.join("\n")}\n  ${t(m.cliCommon)}${t(say.commonAssumptionsNote(facts))}\n`);
  const convergence = say.convergenceParagraph(facts);
  if (convergence) out.push(`${t(convergence)}\n`);
  for (let step = 1; step <= facts.horizon; step++) {
    const projection = tables.projectionTable(facts, lang, step);
    out.push(`${t(m.cliProjections(facts.origin + step))}\n${textTable(projection.header, projection.rows)}`);
  }
  const shares = say.sharesParagraph(facts);
  if (shares) out.push(`${t(shares)}\n`);
  for (let h = 1; h <= facts.horizon; h++) {
    const backtest = tables.backtestTable(facts, lang, h);
    if (backtest.rows.length > 0) out.push(`${t(m.cliBacktestAt(h, t(say.yearSpans(facts.comparisonOrigins[h - 1] ?? []))))}\n${textTable(backtest.header, backtest.rows)}`);
  }
  const verdict = say.backtestParagraph(facts);
  if (verdict) out.push(`${t(verdict)}\n`);
  const targets = say.targetsParagraph(facts, n);
  if (targets) out.push(`${t(targets)}\n`);
  for (const s of facts.scenarios.filter((x) => !x.available && x.scenario !== "targets")) out.push(`${t(say.unavailableReason(s, n, facts.codes.length))}\n`);
  out.push(`${t(m.conditionalNote)}\n`);
  return out.join("\n");
}

/** The `--json` shape, documented in docs/outlook.md: unrounded numbers with the decimals they may be printed to. */
function toJson(facts: OutlookFacts, registry: Registry, n: say.OutlookNames, label: string, lang: Lang) {
  const t = (text: Text) => text[lang];
  const byCode = (values: readonly number[]) => Object.fromEntries(facts.codes.map((c, i) => [c, values[i]!]));
  const year = (y: ScenarioYear) => ({
    year: y.year,
    nationalGrowth: y.nationalGrowth ?? null,
    meanGrowth: y.meanGrowth,
    decimals: y.decimals,
    regions: y.regions,
    northSouth: y.northSouth,
    regionRealShares: y.regionRealShares,
    theilT: y.dispersion.theilT,
    cv: y.dispersion.cv,
    eastWestGap: y.eastWestGap,
    southNorthGap: y.southNorthGap,
    eastWest: y.eastWest,
    southNorth: y.southNorth,
    provinces: y.provinces.map((p) => ({ ...p, name: registry.province(p.code).name, nameEn: registry.province(p.code).nameEn })),
  });
  const scenario = (s: ScenarioOutcome) => ({
    id: s.scenario,
    name: t(m.scenarioName[s.scenario]),
    available: s.available,
    reason: s.available ? null : t(say.unavailableReason(s, n, facts.codes.length)),
    assumption: t(say.growthAssumption(s, facts)),
    nationalPath: t(say.nationalPathText(s, facts)),
    window: s.window ?? null,
    differentials: s.differentials ? byCode(s.differentials) : null,
    convergence: s.convergence
      ? {
          fromYear: s.convergence.fromYear,
          toYear: s.convergence.toYear,
          beta: s.convergence.estimate.beta,
          standardError: s.convergence.estimate.betaStandardError,
          tValue: s.convergence.estimate.betaTValue,
          pValue: s.convergence.estimate.betaPValue,
          rSquared: s.convergence.estimate.rSquared,
          n: s.convergence.estimate.n,
          speed: s.convergence.estimate.speed ?? null,
          halfLife: s.convergence.estimate.halfLife ?? null,
          verdict: convergenceVerdict(s.convergence.estimate.beta, s.convergence.estimate.betaPValue),
        }
      : null,
    years: s.years.map(year),
    backtest: s.backtests.map((b, j) => (b ? { ...b, runs: b.origins.length } : { horizon: j + 1, runs: 0 })),
    targets: s.targets?.map((u) => ({ ...u, scale: u.scale ?? null, national: u.national ?? null })) ?? null,
  });
  return {
    ok: true,
    data: label,
    origin: facts.origin,
    horizon: facts.horizon,
    years: Array.from({ length: facts.horizon }, (_, j) => facts.origin + j + 1),
    availableOrigins: facts.availableOrigins,
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
    comparisonOrigins: facts.comparisonOrigins,
    best: facts.best,
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
