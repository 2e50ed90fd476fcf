/**
 * The summary's sentences from hand-made facts: each phrases the decisions it is given (no judgement
 * of its own), with the numbers it rests on, and says nothing when its facts support no headline.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { GrowthPatternFacts } from "../../src/analysis/growthPattern.js";
import type { GroupValue } from "../../src/analysis/aggregate.js";
import type { RegionalGapFacts } from "../../src/analysis/regionalGap.js";
import type { DisparitySeries } from "../../src/analysis/disparity.js";
import type { UrbanisationFacts } from "../../src/analysis/urbanisation.js";
import * as say from "../../src/narrative/summary.js";

const value = (v: number | undefined): GroupValue => ({ value: v, missing: [], publishedTotal: false, sources: [], vintages: [] });
const region = (id: string, name: string, nameEn: string, growth: number, shareDisplay: number, share: number) =>
  ({ id, name, nameEn, members: [], gdp: value(1), gdpPrev: value(1), realGrowth: value(growth), realGrowthPrev: value(undefined), shareDisplay, share, againstComparator: { higher: [], slightlyHigher: [], same: [], slightlyLower: [], lower: [] }, topTenGdp: [], topTenGrowth: [], fastest: [], slowest: [] }) as GrowthPatternFacts["regions"][number];
const EAST = region("east", "东部", "East", 5.0, 52.4, 52.396);
const WEST = region("west", "西部", "West", 5.2, 21.45, 21.449);
const NORTHEAST = region("northeast", "东北", "Northeast", 4.4, 4.73, 4.734);
const CENTRAL = region("central", "中部", "Central", 5.0, 21.42, 21.42);

function growthFacts(extra: Partial<GrowthPatternFacts> = {}, judgements: Partial<GrowthPatternFacts["judgements"]> = {}): GrowthPatternFacts {
  return {
    year: 2024,
    prevYear: 2023,
    denominator: { kind: "provinceSum", value: 1337605.8, missing: [] },
    provinceSum: value(1337605.8),
    nationalGdp: 1349083.5,
    comparator: { value: 5.0, kind: "national" },
    regions: [EAST, CENTRAL, WEST, NORTHEAST],
    northSouth: [],
    provinces: [],
    bands: [],
    history: { year: 2024, crossings: [], streaks: [], national: { level: 1300000, firstYear: 2015 } },
    vintages: { gdp: [], growth: [] },
    ...extra,
    judgements: {
      eastWest: { comparison: "higher", pattern: "westFaster", leader: "west", east: 5.0, west: 5.2, gap: 0.2 },
      fastestRegions: [WEST],
      slowestRegions: [NORTHEAST],
      belowComparator: [{ region: NORTHEAST, comparison: "lower" }],
      northSouth: { stronger: "south", change: "unchanged", north: { share: 35.2, change: -0.1 }, south: { share: 64.8, change: 0.1 } },
      ...judgements,
    },
  };
}

test("growth: national GDP and its milestone, the east–west verdict of the rule, the slowest region; the largest region's share and 南强北弱", () => {
  const [first, second] = say.growthSummary(growthFacts());
  assert.equal(first!.zh, "2024年，全国国内生产总值134.9万亿元，首次突破130万亿元；区域经济增长呈现“西快东慢”格局，西部地区经济增速（5.2%）高于东部地区（5.0%），相差0.2个百分点，东北地区增速最慢（4.4%）。");
  assert.equal(second!.zh, "东部地区生产总值占31个省份合计的52.40%；南方地区占64.8%，“南强北弱”格局没有改变。");
  assert.match(second!.en, /^The East produced 52\.40% of the sum of the 31 provinces; the south 64\.8%, still the larger economy\.$/);
  const reversed = say.growthSummary(growthFacts({}, { northSouth: { stronger: "south", change: "reversed", north: { share: 49.9 }, south: { share: 50.1 } } }))[1]!;
  assert.match(reversed.zh, /南方地区占50\.1%，呈“南强北弱”格局。$/);
});

test("growth: without growth or shares the summary keeps only what the facts support", () => {
  const bare = say.growthSummary(growthFacts({ history: { year: 2024, crossings: [], streaks: [] }, regions: [{ ...EAST, shareDisplay: undefined }, CENTRAL] }, { eastWest: undefined, slowestRegions: [], northSouth: undefined }));
  assert.deepEqual(bare.map((t) => t.zh), ["2024年，全国国内生产总值134.9万亿元。"]);
});

const gap = (first: [number, number], last: [number, number]): RegionalGapFacts => ({
  high: { id: "east", name: "东部", nameEn: "East" },
  low: { id: "west", name: "西部", nameEn: "West" },
  years: [
    { year: 2015, ratio: first[0], difference: first[1], missing: [] },
    { year: 2024, ratio: last[0], difference: last[1], missing: [] },
  ],
  firstYear: 2015,
  lastYear: 2024,
  judgement: { relative: "narrowed", absolute: "widened" },
  vintages: { gdp: ["a"], population: ["b"] },
});

test("disparity: the section's verdict words (略有 when the trend is not significant) and the East–West ratio and difference", () => {
  const series = { firstYear: 2015, lastYear: 2024, judgement: { relative: "narrowed", relativeSlight: true, absolute: "widened" } } as DisparitySeries;
  const [t] = say.disparitySummary(series, [gap([1.796, 30308.2], [1.646, 48489.4])]);
  assert.equal(t!.zh, "2015~2024年，省际人均地区生产总值相对差距略有缩小、绝对差距扩大；东部与西部地区人均地区生产总值之比由1.80变为1.65，差额由30308元变为48489元。");
  assert.equal(t!.en, "From 2015 to 2024, relative disparity of provincial GDP per capita narrowed slightly and absolute disparity widened; the ratio of the East's GDP per capita to the West's went from 1.80 to 1.65 and the difference from 30,308 to 48,489 yuan.");
  assert.deepEqual(say.disparitySummary(undefined, []), []);
});

test("urbanisation: the national rate and its change; nothing without the rate", () => {
  const facts = { year: 2024, nationalRate: 67.0, nationalChange: { since: 2014, points: 11.25 } } as UrbanisationFacts;
  assert.deepEqual(say.urbanisationSummary(facts).map((t) => t.zh), ["2024年末，全国城镇化率为67.00%，比2014年末上升11.25个百分点。"]);
  assert.deepEqual(say.urbanisationSummary({ ...facts, nationalRate: undefined }), []);
});
