/** The R&D sentences from hand-made facts, in both languages. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { InnovationFacts, ProvinceRd, RegionRd } from "../../src/analysis/innovation.js";
import type { GroupValue } from "../../src/analysis/aggregate.js";
import { innovationSentences } from "../../src/narrative/innovation.js";

const value = (v: number | undefined): GroupValue => ({ value: v, missing: [], publishedTotal: false, sources: [], vintages: [] });
const prov = (name: string, nameEn: string, intensity: number, points: number): ProvinceRd => ({
  code: name,
  name,
  nameEn,
  intensity,
  tied: false,
  change: { direction: points > 0 ? "rose" : points < 0 ? "fell" : "unchanged", points },
});
const BJ = prov("北京", "Beijing", 6.58, 0.36);
const SH = prov("上海", "Shanghai", 4.35, 0.36);
const TJ = prov("天津", "Tianjin", 3.44, -0.04);
const GS = prov("甘肃", "Gansu", 1.27, 0);
const region = (id: string, name: string, nameEn: string, exp: number, share: number, intensity: number): RegionRd => ({ id, name, nameEn, expenditure: value(exp), share, intensity: { value: intensity, low: intensity, high: intensity } });
const EAST = region("east", "东部", "East", 23773.1, 65.44, 3.3876);
const WEST = region("west", "西部", "West", 4759.7, 13.1, 1.6581);

const facts = (extra: Partial<InnovationFacts> = {}): InnovationFacts => ({
  year: 2024,
  national: { expenditure: 36326.8, intensity: 2.69, previous: 2.58, change: { direction: "rose", points: 0.11 } },
  provinces: [BJ, SH, TJ, GS],
  regions: [EAST, WEST],
  provinceSum: value(36326.8),
  regionDecimals: 1,
  judgements: { top: [BJ, SH], aboveNational: [BJ, SH, TJ], rose: [BJ, SH], fell: [TJ], unchanged: [GS], largestRise: [BJ, SH], highestRegion: [EAST], lowestRegion: [WEST] },
  ...extra,
});

test("national figures, the top provinces, changes from the revised year, regions on the published basis", () => {
  const [national, ranking, changes, regions] = innovationSentences(facts());
  assert.equal(national!.zh, "2024年，全国研究与试验发展（R&D）经费36327亿元，R&D经费投入强度（R&D经费与国内生产总值之比）为2.69%，比修订后的2023年（2.58%）提高0.11个百分点。");
  assert.equal(national!.en, "In 2024, national R&D expenditure was 3,633 billion yuan and R&D intensity (R&D expenditure as % of GDP) was 2.69%, up 0.11 percentage points on the revised 2023 figure (2.58%).");
  assert.equal(ranking!.zh, "分省份看，北京（6.58%）和上海（4.35%）R&D经费投入强度居前2位；3个省份高于全国水平。");
  assert.equal(changes!.zh, "与修订后的2023年相比，2个省份提高，1个下降（天津），1个持平（甘肃）；北京、上海提高最多，均为0.36个百分点。");
  assert.equal(changes!.en, "Compared with the revised 2023 figures, 2 provinces rose, 1 fell (Tianjin) and 1 did not change (Gansu); the largest rise was in Beijing and Shanghai (0.36 percentage points).");
  assert.equal(regions!.zh, "分地区看，东部地区R&D经费23773亿元，占31个省份合计的65.4%；西部地区为4760亿元，占13.1%。按各省份公布的强度推算，东部地区R&D经费投入强度约为3.4%，西部地区1.7%，东部地区最高，西部地区最低。");
  assert.equal(regions!.en, "By region, R&D expenditure was 2,377 billion yuan in the East and 476 billion yuan in the West, or 65.4% and 13.1% of the 31-province total. On the basis of the published provincial intensities, R&D intensity was about 3.4% in the East and 1.7% in the West.");
});

test("without the national figure or the regional intensities those parts are left out", () => {
  const t = innovationSentences(facts({ national: {}, regions: [{ ...EAST, intensity: undefined }], judgements: { ...facts().judgements, highestRegion: [], lowestRegion: [] } }));
  assert.equal(t.length, 3);
  assert.doesNotMatch(t[2]!.zh, /推算/);
});
