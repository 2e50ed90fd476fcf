import { GDP_DECIMALS, GROWTH_DECIMALS, SHARE_DECIMALS } from "../../analysis/growthPattern.js";
import { provinceProfile, type ProfileYear, type ProvinceProfile } from "../../analysis/provinceProfile.js";
import { REAL_GROWTH } from "../../analysis/provinceSeries.js";
import { STRUCTURE_DECIMALS } from "../../analysis/strategies.js";
import { barLineOption } from "../../charts/barLine.js";
import { stackedAreaOption } from "../../charts/stackedArea.js";
import { SIZE } from "../../charts/style.js";
import { num, rank as rankText, yiUnit } from "../../messages/format.js";
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
  const charts: ViewChart[] = [];
  if (gdpYears.length > 0) {
    charts.push({
      id: "gdp",
      title: ctx.say(m.profileGdpTitle(name, gdpYears[0]!.year, gdpYears[gdpYears.length - 1]!.year)),
      option: barLineOption({
        categories: gdpYears.map((y) => String(y.year)),
        bar: { name: ctx.say(m.gdpName), unit: yiUnit(ctx.lang), values: gdpYears.map((y) => cell(y, "gdp_current")?.value), decimals: 0 },
        line: { name: ctx.say(m.realGrowthName), unit: "%", values: gdpYears.map((y) => cell(y, REAL_GROWTH)?.value), decimals: GROWTH_DECIMALS },
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
      gdp: num(gdp.value, GDP_DECIMALS),
      nationalRank: rankText(gdp.rank, gdp.tied, ctx.lang),
      regionRank: rankText(latest.regionRank, latest.regionTied, ctx.lang),
      regionSize: latest.regionSize,
      regionShare: num(latest.regionShareShown, SHARE_DECIMALS),
    }),
  );
}

function profileTable(ctx: ViewContext, profile: ProvinceProfile, region: string | undefined): ViewTable {
  const columns = [ctx.say(m.colYear)];
  for (const s of profile.series) columns.push(ctx.say(m.colSeries(s.name, s.unit)), ctx.say(m.colNationalRank));
  columns.push(ctx.say(m.colStructure), ctx.say(m.colRegionShare(region ?? "")), ctx.say(m.colRegionRank(region ?? "")));
  const rows: (string | number | undefined)[][] = [];
  const display: string[][] = [];
  for (const y of [...profile.years].reverse()) {
    const row: (string | number | undefined)[] = [y.year];
    const shown: string[] = [String(y.year)];
    for (const s of profile.series) {
      const c = y.cells[s.id]!;
      const r = c.rank === undefined ? "" : rankText(c.rank, c.tied, ctx.lang);
      row.push(c.value, r);
      shown.push(num(c.shown, s.decimals), r);
    }
    const structure = y.structure ? y.structure.shares.map((v) => num(v, STRUCTURE_DECIMALS)).join(" : ") : num(undefined, 0);
    const regionRank = y.regionRank === undefined ? "" : rankText(y.regionRank, y.regionTied, ctx.lang);
    row.push(y.structure ? structure : undefined, y.regionShare, regionRank);
    shown.push(structure, num(y.regionShareShown, SHARE_DECIMALS), regionRank);
    rows.push(row);
    display.push(shown);
  }
  return { columns, rows, display };
}

/** The JSON the page receives for the profile view. */
export function profileJson(view: ProfileView): unknown {
  return {
    province: view.province,
    summary: view.summary,
    charts: view.charts.map((c) => ({ id: c.id, title: c.title, option: jsonOption(c.option), notes: c.notes, source: c.source })),
    table: { columns: view.table.columns, display: view.table.display },
  };
}
