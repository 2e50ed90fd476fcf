/**
 * Every chart of every dashboard view, in Chinese and in English, names the unit of the numbers it
 * plots: for each series the values drawn are checked against the data (the dataset, the province
 * series, the group series, the disparity analysis) and the axis (or map legend) it is drawn on must
 * carry that data's unit. A chart that divides values without relabelling, or relabels without
 * dividing (亿元 values under "billion yuan"), fails here; so does a view that adds a chart this test
 * has no reference for. The SVG downloads carry the same axis names as the page's options.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { completeYears, disparitySeries, theilByGrouping } from "../../src/analysis/disparity.js";
import { groupSeries, type GroupMeasure } from "../../src/analysis/groupSeries.js";
import { REAL_GROWTH } from "../../src/analysis/provinceSeries.js";
import { indicatorDef } from "../../src/data/indicators.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { chartFigureSvg, type ViewChart } from "../../src/server/chart.js";
import { ServeData } from "../../src/server/data.js";
import { ViewContext } from "../../src/server/views/context.js";
import { disparityIndicators, partitionGroupings } from "../../src/server/views/disparity.js";
import { groupIndicators } from "../../src/server/views/groups.js";
import { buildView, DEFAULT_GROUPING, type BuiltView, type ViewName } from "../../src/server/views/index.js";
import type { Lang } from "../../src/types/text.js";

const data = await ServeData.load({ dataDir: DEFAULT_DATASET_DIR });
const { dataset, registry } = data;
const LANGS: Lang[] = ["zh", "en"];

/** What a series of a chart must show: its values (one per category, undefined = gap) and their unit. */
interface Expected {
  values: (number | undefined)[];
  unit: string;
}

type Option = Record<string, any>;

/** The series of a cartesian option: values as numbers (gaps undefined) and the name of the value axis each is drawn on. */
function plotted(option: Option): { name: string; axis: string; values: (number | undefined)[] }[] {
  const axes = [option.yAxis].flat();
  return (option.series as Option[]).map((s) => ({
    name: s.name,
    axis: axes[s.yAxisIndex ?? 0].name,
    values: (s.data as unknown[]).map((d) => {
      const v = typeof d === "object" && d !== null ? (d as { value: unknown }).value : d;
      return typeof v === "number" ? v : undefined;
    }),
  }));
}

function close(a: number | undefined, b: number | undefined, absolute: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= (absolute ?? 1e-9 * Math.max(1, Math.abs(b)));
}

/**
 * Assert a cartesian chart plots `expected` (in series order), each on an axis named with its unit.
 * Values must agree within `absolute` (default: exactly, up to floating point).
 */
function assertPlots(chart: ViewChart, expected: Expected[], where: string, absolute?: number): void {
  const series = plotted(chart.option as Option);
  assert.equal(series.length, expected.length, `${where}: number of series`);
  series.forEach((s, i) => {
    const e = expected[i]!;
    assert.ok(s.values.length === e.values.length && s.values.every((v, k) => close(v, e.values[k], absolute)), `${where}, series "${s.name}": the values drawn are not the data's`);
    assert.equal(s.axis, e.unit, `${where}, series "${s.name}": axis unit`);
  });
}

/** The legend title of a choropleth names the unit (in parentheses after the name, or within a name such as "…（上年=100）"). */
function assertLegendUnit(chart: ViewChart, unit: string, where: string): void {
  const title = (chart.option as Option).title.text as string;
  assert.ok(title.includes(unit), `${where}: legend "${title}" should name the unit ${unit}`);
}

const unitOf = (id: string, lang: Lang) => (lang === "zh" ? indicatorDef(id).unit : indicatorDef(id).unitEn);
const yearsOf = (chart: ViewChart) => ((chart.option as Option).xAxis.data as string[]).map(Number);

/** Reference for each chart of a view, by chart id: the checks a chart must pass. Every chart id must be listed. */
type Reference = (chart: ViewChart, lang: Lang, where: string) => void;

function view(ctx: ViewContext, name: ViewName, params: Record<string, string>): BuiltView {
  return buildView(ctx, name, new URLSearchParams(params));
}

function checkAll(built: BuiltView, references: Record<string, Reference>, lang: Lang, where: string): void {
  assert.ok(built.charts.length > 0, `${where}: no chart`);
  for (const chart of built.charts) {
    const reference = references[chart.id];
    assert.ok(reference, `${where}: chart "${chart.id}" has no unit reference in this test; add one`);
    reference(chart, lang, `${where}/${chart.id}`);
  }
}

test("map: every indicator's legend names the unit of the values mapped", () => {
  for (const lang of LANGS) {
    const ctx = new ViewContext(data, lang);
    for (const series of data.series) {
      const year = series.years[series.years.length - 1]!;
      const built = view(ctx, "map", { indicator: series.id, year: String(year) });
      checkAll(
        built,
        {
          map: (chart, l, where) => {
            assertLegendUnit(chart, series.unit[l], where);
            // The class labels are breaks among the values in that unit (not of a rescaled copy).
            const values = registry.provinces.map((p) => series.value(p.code, year)?.value).filter((v) => v !== undefined);
            const labels = ((chart.option as Option).visualMap.pieces as { label: string }[]).map((p) => p.label);
            const breaks = labels.flatMap((t) => t.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
            assert.ok(breaks.length > 0, `${where}: class labels carry the breaks`);
            const [lo, hi] = [Math.min(...values), Math.max(...values)];
            for (const b of breaks) assert.ok(b >= lo - 1 && b <= hi + 1, `${where}: class break ${b} outside the values (${lo}–${hi})`);
          },
        },
        lang,
        `map ${series.id} ${lang}`,
      );
    }
  }
});

test("groups: every grouping × indicator × measure plots the group series on an axis with its unit", () => {
  for (const lang of LANGS) {
    const ctx = new ViewContext(data, lang);
    for (const grouping of registry.groupings) {
      for (const indicator of groupIndicators(ctx)) {
        for (const measure of indicator.measures) {
          const built = view(ctx, "groups", { grouping: grouping.name, indicator: indicator.id, measure });
          checkAll(
            built,
            {
              groups: (chart, l, where) => {
                const result = groupSeries(dataset, registry, { grouping: grouping.name, indicator: indicator.id, measure: measure as GroupMeasure, years: yearsOf(chart) });
                const unit = measure === "level" ? unitOf(indicator.id, l) : "%";
                assertPlots(chart, result.groups.map((g) => ({ values: g.points.map((p) => p.value.value), unit })), where);
              },
            },
            lang,
            `groups ${grouping.nameEn} ${indicator.id} ${measure} ${lang}`,
          );
        }
      }
    }
  }
});

test("profile: every province's GDP bars carry the unit GDP is stored in (亿元 = 100 million yuan), growth %, structure %", () => {
  const growth = data.series.find((s) => s.id === REAL_GROWTH)!;
  for (const lang of LANGS) {
    const ctx = new ViewContext(data, lang);
    for (const p of registry.provinces) {
      const built = view(ctx, "profile", { region: p.code });
      checkAll(
        built,
        {
          gdp: (chart, l, where) => {
            const years = yearsOf(chart);
            assertPlots(
              chart,
              [
                { values: years.map((y) => dataset.value("gdp_current", p.code, y)), unit: unitOf("gdp_current", l) },
                { values: years.map((y) => growth.value(p.code, y)?.value), unit: growth.unit[l] },
              ],
              where,
            );
          },
          structure: (chart, _l, where) => {
            const years = yearsOf(chart);
            const sectors = ["va_primary", "va_secondary", "va_tertiary"];
            const share = (id: string, y: number) => (100 * dataset.value(id, p.code, y)!) / sectors.reduce((a, s) => a + dataset.value(s, p.code, y)!, 0);
            // Shares are drawn from the structure as NBS prints it (each part to 0.1), so they agree within 0.1 point.
            assertPlots(chart, sectors.map((s) => ({ values: years.map((y) => share(s, y)), unit: "%" })), where, 0.1);
          },
        },
        lang,
        `profile ${p.code} ${lang}`,
      );
    }
  }
});

test("disparity: indices and their decomposition are unitless; the LISA map is classes, not values", () => {
  for (const lang of LANGS) {
    const ctx = new ViewContext(data, lang);
    for (const indicator of disparityIndicators(ctx)) {
      const years = completeYears(dataset, registry, indicator.id);
      const grouping = partitionGroupings(ctx, years).find((g) => g.nameEn.toLowerCase() === DEFAULT_GROUPING)!;
      const built = view(ctx, "disparity", { indicator: indicator.id });
      checkAll(
        built,
        {
          relative: (chart, _l, where) => {
            const rows = disparitySeries(dataset, registry, yearsOf(chart), indicator.id).years;
            const pick = (f: (i: NonNullable<(typeof rows)[number]["indices"]>) => number | undefined) => ({ values: rows.map((r) => (r.indices ? f(r.indices) : undefined)), unit: "" });
            assertPlots(chart, [pick((i) => i.williamsonCV), pick((i) => i.giniWeighted), pick((i) => i.theilTWeighted)], where);
          },
          decomposition: (chart, _l, where) => {
            const parts = yearsOf(chart).map((y) => theilByGrouping(dataset, registry, y, grouping.name, indicator.id).decomposition);
            const groups = parts.find((d) => d !== undefined)!.groups.map((g) => g.group);
            assertPlots(
              chart,
              [{ values: parts.map((d) => d?.between), unit: "" }, ...groups.map((g) => ({ values: parts.map((d) => d?.groups.find((x) => x.group === g)?.withinContribution), unit: "" }))],
              where,
            );
          },
          lisa: (chart, _l, where) => {
            const classes = ((chart.option as Option).series[0].data as { value?: unknown }[]).map((d) => d.value).filter((v) => v !== "-");
            assert.ok(classes.every((v) => Number.isInteger(v)), `${where}: the LISA map draws class numbers`);
          },
        },
        lang,
        `disparity ${indicator.id} ${lang}`,
      );
    }
  }
});

test("SVG downloads carry the axis names of the page's charts (one view of each kind, both languages)", () => {
  for (const lang of LANGS) {
    const ctx = new ViewContext(data, lang);
    for (const [name, params] of [
      ["groups", { indicator: "gdp_current", measure: "level" }],
      ["profile", { region: "410000" }],
    ] as const) {
      for (const chart of view(ctx, name, params).charts) {
        const svg = chartFigureSvg(chart).svg;
        for (const axis of [(chart.option as Option).yAxis].flat()) {
          if (axis.name) assert.ok(svg.includes(`>${axis.name}<`), `${name}/${chart.id} ${lang}: the SVG lacks the axis name "${axis.name}"`);
        }
        if (name === "profile" && lang === "en") assert.ok(!svg.includes("billion yuan"), "亿元 values are not labelled billion yuan");
      }
    }
  }
});
