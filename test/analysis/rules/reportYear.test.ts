/** The default report year on synthetic datasets over the 31 provinces of the registry. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dataset } from "../../../src/data/dataset.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { defaultReportYear } from "../../../src/analysis/rules/reportYear.js";
import type { Observation, SourceInfo } from "../../../src/types/observation.js";

const registry = loadRegistry();
const SOURCES = new Map<string, SourceInfo>([["S", { id: "S", producer: "p", title: "t", producerEn: "p", titleEn: "t", vintage: "v", vintageLabel: "v", vintageLabelEn: "v", retrieved: "2026-01-01" }]]);
const obs = (indicator: string, regionCode: string, year: number, value = 100): Observation => ({ indicator, regionCode, year, value, unit: "", source: "S", vintage: "v" });
const every = (indicator: string, years: number[], except: string[] = []) =>
  registry.provinces.filter((p) => !except.includes(p.code)).flatMap((p) => years.map((y) => obs(indicator, p.code, y, indicator === "gdp_current" ? 1000 : 105)));
const dataset = (...parts: Observation[][]) => new Dataset("t", parts.flat(), SOURCES);

test("the latest year with GDP and the GDP index for all 31 provinces; a partial later year does not count", () => {
  const ds = dataset(every("gdp_current", [2023, 2024]), every("gdp_index_prev_year", [2023, 2024]), [obs("gdp_current", "110000", 2025)]);
  assert.deepEqual(defaultReportYear(ds, registry), { year: 2024, reason: "complete", incompleteLater: [2025] });
});

test("a year lacking one province's index is incomplete; the year before is chosen", () => {
  const ds = dataset(every("gdp_current", [2023, 2024]), every("gdp_index_prev_year", [2023]), every("gdp_index_prev_year", [2024], ["540000"]));
  assert.deepEqual(defaultReportYear(ds, registry), { year: 2023, reason: "complete", incompleteLater: [2024] });
});

test("real growth given directly (gdp_real_growth) counts as the index does; national rows do not count", () => {
  const ds = dataset(every("gdp_current", [2024]), every("gdp_real_growth", [2024]), [obs("gdp_current", "100000", 2025), obs("gdp_index_prev_year", "100000", 2025)]);
  assert.deepEqual(defaultReportYear(ds, registry), { year: 2024, reason: "complete", incompleteLater: [] });
});

test("a stray growth row in a later year is named as incomplete too", () => {
  const ds = dataset(every("gdp_current", [2024]), every("gdp_index_prev_year", [2024]), [obs("gdp_index_prev_year", "440000", 2025)]);
  assert.deepEqual(defaultReportYear(ds, registry)?.incompleteLater, [2025]);
});

test("no complete year: the latest year with provincial GDP, said so; no GDP at all: undefined", () => {
  // Like the preliminary release: GDP for 28 provinces, growth for none.
  const ds = dataset(every("gdp_current", [2024], ["540000", "630000", "640000"]));
  assert.deepEqual(defaultReportYear(ds, registry), { year: 2024, reason: "latestWithGdp", incompleteLater: [] });
  assert.equal(defaultReportYear(dataset(every("gdp_index_prev_year", [2024])), registry), undefined);
});
