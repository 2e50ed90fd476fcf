import { GDP_DECIMALS, SHARE_DECIMALS } from "../../analysis/growthPattern.js";
import { GROWTH_DECIMALS } from "../../analysis/rules/growth.js";
import { provinceProfile, type ProfileYear, type ProvinceProfile } from "../../analysis/provinceProfile.js";
import { REAL_GROWTH } from "../../analysis/provinceSeries.js";
import { STRUCTURE_DECIMALS } from "../../analysis/strategies.js";
import { barLineOption } from "../../charts/barLine.js";
import { stackedAreaOption } from "../../charts/stackedArea.js";
import { SIZE } from "../../charts/style.js";
import { indicatorCatalogue } from "../../data/indicators.js";
import { num, rank as rankText, yi } from "../../messages/format.js";
import * as m from "../../messages/serve.js";
import { jsonOption, type ViewChart } from "../chart.js";
import type { ViewContext, ViewMeta, ViewTable } from "./context.js";

export interface ProfileView {
  province: { code: string; name: string; region?: string };
  /** One sentence on the latest year: GDP, national rank, rank and share in the region. */
  summary?: string;
  charts: ViewChart[];
  table: ViewTable;
  meta: ViewMeta;
}

const SECTORS = ["va_primary", "va_secondary", "va_tertiary"];

/**
 * The province profile: GDP (bars) with real growth (line), the three-industry structure (100 %
 * stacked), and a table by year of each series with its national rank, and the share of and rank in
 * the province's region (四大板块). Numbers come from `provinceProfile`.
 */
export function profileView(ctx: ViewContext, code: string): ProfileView {
  const profile = provinceProfile(ctx.data.dataset, ctx.data.registry, code, undefined, [...ctx.data.series]);
  const name = ctx.regionName(code);
  const region = profile.region ? (ctx.lang === "zh" ? profile.region.name : profile.region.nameEn) : undefined;
  const years = profile.years.map((y) => y.year);
  const cell = (y: ProfileYear, id: string) => y.cells[id];
  const gdpYears = profile.years.filter((y) => cell(y, "gdp_current")?.value !== undefined || cell(y, REAL_GROWTH)?.value !== undefined);
  // Each axis is labelled with the unit of the series it plots, as stored (GDP in 亿元: "100 million yuan").
  const unitOf = (id: string) => ctx.say(profile.series.find((s) => s.id === id)?.unit ?? { zh: "", en: "" });
  const charts: ViewChart[] = [];
  if (gdpYears.length > 0) {
    charts.push({
      id: "gdp",
      title: ctx.say(m.profileGdpTitle(name, gdpYears[0]!.year, gdpYears[gdpYears.length - 1]!.year)),
      option: barLineOption({
        categories: gdpYears.map((y) => String(y.year)),
        bar: { name: ctx.say(m.gdpName), unit: unitOf("gdp_current"), values: gdpYears.map((y) => cell(y, "gdp_current")?.value), decimals: 0 },
        line: { name: ctx.say(m.realGrowthName), unit: unitOf(REAL_GROWTH), values: gdpYears.map((y) => cell(y, REAL_GROWTH)?.value), decimals: GROWTH_DECIMALS },
        showValues: false,
      }),
      size: SIZE.wide,
      notes: [ctx.say(m.realGrowthNote)],
      source: ctx.source(["gdp_current", "gdp_index_prev_year", REAL_GROWTH], gdpYears.map((y) => y.year)),
    });
  }
  const withStructure = profile.years.filter((y) => y.structure !== undefined);
  if (withStructure.length > 0) {
    charts.push({
      id: "structure",
      title: ctx.say(m.profileStructureTitle(name, withStructure[0]!.year, withStructure[withStructure.length - 1]!.year)),
      option: stackedAreaOption({
        categories: withStructure.map((y) => String(y.year)),
        series: m.sectorNames.map((s, k) => ({ name: ctx.say(s), values: withStructure.map((y) => y.structure!.shares[k]) })),
        unit: "%",
        percent: true,
      }),
      size: SIZE.wide,
      notes: [ctx.say(m.structureNote)],
      source: ctx.source(SECTORS, withStructure.map((y) => y.year)),
    });
  }
  const table = profileTable(ctx, profile, region);
  const indicators = [...new Set([...profile.series.flatMap((s) => s.sourceIndicators), ...SECTORS])].filter((i) => ctx.data.dataset.has(i));
  const notes = [...profile.series.filter((s) => s.method).map((s) => ctx.say(s.method!)), ctx.say(m.profileRankNote), ctx.source(indicators, years)];
  return {
    province: { code, name, region },
    summary: summary(ctx, profile, name, region),
    charts,
    table,
    meta: { name: `profile-${code}`, title: ctx.say(m.profileTitle(name)), indicators, notes },
  };
}

function summary(ctx: ViewContext, profile: ProvinceProfile, name: string, region: string | undefined): string | undefined {
  const latest = [...profile.years].reverse().find((y) => y.cells.gdp_current?.value !== undefined);
  if (!latest || region === undefined) return undefined;
  const gdp = latest.cells.gdp_current!;
  return ctx.say(
    m.profileSummary({
      name,
      region,
      year: latest.year,
      gdp: yi(gdp.value, ctx.lang, GDP_DECIMALS),
      nationalRank: rankText(gdp.rank, gdp.tied, ctx.lang),
      regionRank: rankText(latest.regionRank, latest.regionTied, ctx.lang),
      regionSize: latest.regionSize,
      regionShare: num(latest.regionShareShown, SHARE_DECIMALS),
    }),
  );
}

/**
 * The profile by year, newest first. Downloaded: one column per value and one per rank. On the page:
 * value and rank in one cell ("63557.1 · 第6位"), so the region columns stay in view. Columns carry the
 * catalogue's short names, derived series their own (saying how they are derived); the notes give the formulas.
 */
function profileTable(ctx: ViewContext, profile: ProvinceProfile, region: string | undefined): ViewTable {
  const name = (s: ProvinceProfile["series"][number]) => {
    const def = indicatorCatalogue().get(s.id);
    // A derived series keeps its own name, which says how it is derived (人均地区生产总值（计算值：…）).
    return ctx.say(m.colSeries(def && !s.method ? { zh: def.nameZh, en: def.nameEn } : s.name, s.unit));
  };
  const regionColumns = [ctx.say(m.colRegionShare(region ?? "")), ctx.say(m.colRegionRank(region ?? ""))];
  const [first, ...others] = profile.series;
  const valueColumns = (s: ProvinceProfile["series"][number]) => [name(s), `${name(s)} ${ctx.say(m.colNationalRank)}`];
  const shownColumn = (s: ProvinceProfile["series"][number]) => `${name(s)} · ${ctx.say(m.colNationalRank)}`;
  // GDP first, then the place in the region, then the other series and the structure.
  const columns = [ctx.say(m.colYear), ...(first ? valueColumns(first) : []), ...regionColumns, ...others.flatMap(valueColumns), ctx.say(m.colStructure)];
  const displayColumns = [ctx.say(m.colYear), ...(first ? [shownColumn(first)] : []), ...regionColumns, ...others.map(shownColumn), ctx.say(m.colStructure)];
  const rows: (string | number | undefined)[][] = [];
  const display: string[][] = [];
  for (const y of [...profile.years].reverse()) {
    const cells = profile.series.map((s) => {
      const c = y.cells[s.id]!;
      const r = c.rank === undefined ? "" : rankText(c.rank, c.tied, ctx.lang);
      return { raw: [c.value, r], shown: c.shown === undefined ? num(undefined, 0) : `${num(c.shown, s.decimals)} · ${r}` };
    });
    const structure = y.structure ? y.structure.shares.map((v) => num(v, STRUCTURE_DECIMALS)).join(" : ") : num(undefined, 0);
    const regionRank = y.regionRank === undefined ? "" : rankText(y.regionRank, y.regionTied, ctx.lang);
    const [gdp, ...rest] = cells;
    rows.push([y.year, ...(gdp?.raw ?? []), y.regionShare, regionRank, ...rest.flatMap((c) => c.raw), y.structure ? structure : undefined]);
    display.push([String(y.year), ...(gdp ? [gdp.shown] : []), num(y.regionShareShown, SHARE_DECIMALS), regionRank, ...rest.map((c) => c.shown), structure]);
  }
  return { columns, rows, display, displayColumns };
}

/** The JSON the page receives for the profile view. */
export function profileJson(view: ProfileView): unknown {
  return {
    province: view.province,
    summary: view.summary,
    notes: view.meta.notes,
    charts: view.charts.map((c) => ({ id: c.id, title: c.title, option: jsonOption(c.option), notes: c.notes, source: c.source })),
    table: { columns: view.table.displayColumns ?? view.table.columns, display: view.table.display },
  };
}
