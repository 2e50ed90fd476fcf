import type { Registry } from "../../data/registry.js";
import { claimVerdict, directionInterval, distanceToInterval, isDistinctiveFigure, isImpossible, publishedAgrees, statedInterval, withinInterval, type Attempt } from "../../analysis/rules/claimMatch.js";
import * as m from "../../messages/check.js";
import { BAND_WORDS, UNITS } from "../../messages/checkWords.js";
import { unitOf } from "../quantities.js";
import { indicatorCatalogue } from "../../data/indicators.js";
import { localiseCodes, subjectLabel } from "../names.js";
import type { CheckedClaim, Claim, ClaimFlag, Computed, Subject } from "../types.js";
import type { Lang } from "../../types/text.js";
import { Calculator, type Computation } from "./compute.js";
import type { VintageView } from "./vintages.js";

/** A computation tried for a claim, with the vintage it was made in. */
interface Tried extends Computation {
  view: VintageView;
  within: boolean;
}

/**
 * Verify extracted claims against every vintage: compute each claim's quantity in every vintage with
 * every documented method (`Calculator`), compare with the interval the stated number allows
 * (`statedInterval`, statcheck's rounding rule widened by approximate words) and decide the verdict
 * (`claimVerdict`). Adds flags for impossible values and for the same distinctive figure given for two
 * subjects. Explanations are in `lang`.
 */
export function verifyClaims(claims: readonly Claim[], views: readonly VintageView[], registry: Registry, lang: Lang): CheckedClaim[] {
  const calculators = [...views].sort((a, b) => Number(b.current) - Number(a.current)).map((v) => ({ view: v, calc: new Calculator(v.dataset, registry) }));
  const checked = claims.map((c) => {
    const v = verifyOne(c, calculators, registry, lang);
    const label = subjectLabel(v.subject, v.unknownSubject, registry);
    return label ? { ...v, subjectLabel: label } : v;
  });
  flagSameFigures(checked, lang);
  return checked;
}

/** The stated value with its sign (下降4.5% → −4.5; 回落0.4个百分点 → −0.4; a direction: +1 up, −1 down). */
export function signedValue(c: Claim): number {
  const sign = c.measure && "sign" in c.measure && c.measure.sign === -1 ? -1 : 1;
  return sign * c.stated.value;
}

/** Interval of the stated number in the base unit of its quantity. */
export function claimInterval(c: Claim): [number, number] {
  const s = c.stated;
  if (c.measure?.kind === "direction") return directionInterval(c.measure.sign);
  if (c.measure?.kind === "rank" && c.measure.top) return [1, s.value];
  if (c.measure?.kind === "milestone") return [s.value * s.scale, Infinity];
  const band = s.approxWord !== undefined && BAND_WORDS.includes(s.approxWord);
  let [lo, hi] = statedInterval(signedValue(c), s.decimals, s.approx, band, s.upper);
  if (lo > hi) [lo, hi] = [hi, lo];
  return [lo * s.scale, hi * s.scale];
}

function verifyOne(original: Claim, calculators: { view: VintageView; calc: Calculator }[], registry: Registry, lang: Lang): CheckedClaim {
  const flags: CheckedClaim["flags"] = [];
  // impossible values are flagged for figures of statistics, not for other numbers (−60℃, a year's count of …)
  const statistic = original.gap !== "notStatistic" && original.stated.unitClass !== "other" && original.stated.unitClass !== "plain";
  if (original.kind !== "points" && statistic && isImpossible(original.kind, signedValue(original))) flags.push({ flag: "impossibleValue", detail: m.impossibleValue(original.span)[lang] });
  if (original.gap) return { ...withoutUnknowns(original), verdict: "not_checkable", explanation: m.gapExplanation(original.gap, original.unknownSubject)[lang], flags };
  // a city's GDP is held under its own series (亿元, 亿港元, 亿澳门元)
  const c: Claim = original.indicator ? { ...original, indicator: calculators[0]!.calc.indicatorOf(original.indicator, original.subject) } : original;
  const unit = inHeldUnit(c);
  if (unit.problem !== undefined) {
    if (unit.problem === "otherQuantity") return { ...c, verdict: "not_checkable", explanation: m.unitRulesOutIndicator(c.stated.unit, unit.held, indicatorName(c.indicator!))[lang], flags };
    return { ...c, verdict: "no_data", explanation: m.unitNotHeld(c.stated.unit, unit.held)[lang], flags };
  }
  // a growth rate of a value in another currency than the data's (亿元 vs 千美元) differs by the exchange rate
  if (c.measure?.kind === "growth" && c.measure.currency && c.indicator) {
    const held = unitOf(c.indicator);
    const base = (u: string) => UNITS.find((x) => x.unit === u)?.baseUnit ?? u;
    if (held !== undefined && base(held) !== base(c.measure.currency) && (YUAN[base(held)] === undefined || YUAN[base(c.measure.currency)] === undefined)) return { ...c, verdict: "no_data", explanation: m.rateInOtherCurrency(c.measure.currency, held)[lang], flags };
  }
  const claim = unit.claim;
  const interval = claimInterval(claim);
  const tried: Tried[] = [];
  // a value read as published (not computed) may itself be rounded: rules/claimMatch.ts publishedAgrees
  const agrees = (comp: { value?: number; methods: readonly string[] }) => (comp.methods.includes("published") ? publishedAgrees(comp.value!, interval) : withinInterval(comp.value!, interval));
  let milestone: MilestoneCheck = { ok: true };
  for (const { view, calc } of calculators) {
    // other vintages matter only when the current one does not verify the claim (the current view comes first)
    if (!view.current && tried.some((t) => t.view.current && t.within)) break;
    const reached = milestoneAgrees(claim, calc);
    if (view.current) milestone = reached;
    // a computation that used the 31 provinces for the nation (directly or inside a difference) is a stand-in
    for (const comp of calc.compute(claim)) tried.push({ ...comp, standIn: comp.standIn === true || comp.methods.includes("provincesForNational"), view, within: comp.value !== undefined && agrees(comp) && tieAgrees(claim, comp) && reached.ok });
  }
  if (tried.length === 0) return { ...c, verdict: "not_checkable", explanation: m.gapExplanation("noMeasure")[lang], flags };
  const attempts: Attempt[] = tried.map((t) => ({ current: t.view.current, value: t.value, within: t.within, ...(t.standIn ? { standIn: true } : {}) }));
  const verdict = claimVerdict(attempts);
  const show = (t: Tried): Computed & m.ShownComputation => ({
    value: t.value! / claim.stated.scale,
    interval: [interval[0] / claim.stated.scale, interval[1] / claim.stated.scale],
    vintage: t.view.current ? t.vintages.map((id) => vintageText(id, t.view, lang)).join(",") || t.view.name : t.view.name,
    method: m.methodText(t.methods)[lang],
    decimals: claim.stated.decimals,
    integer: claim.kind === "rank" || claim.kind === "count",
  });
  if (c.measure?.kind === "direction" && (verdict === "verified" || verdict === "contradicted")) {
    const hit = verdict === "verified" ? tried.find((t) => t.view.current && t.within)! : nearest(tried.filter((t) => t.value !== undefined && !t.standIn), interval)!;
    return { ...c, verdict, computed: show(hit), explanation: m.directionExplanation(c.measure.sign, c.measure.fromYear, c.year!, hit.value!, verdict === "verified", hit.view.current ? undefined : hit.view.label)[lang], flags };
  }
  switch (verdict) {
    case "verified": {
      const hit = tried.find((t) => t.view.current && t.within)!;
      return { ...c, verdict, computed: show(hit), explanation: m.verifiedExplanation(show(hit), m.methodText(hit.methods), isDefaultMethod(tried, hit))[lang], flags };
    }
    case "vintage_mismatch": {
      const hit = tried.find((t) => !t.view.current && t.within)!;
      const cur = nearest(tried.filter((t) => t.view.current && t.value !== undefined), interval);
      return { ...c, verdict, computed: show(hit), explanation: m.mismatchExplanation(show(hit), hit.view.label, cur ? show(cur) : undefined)[lang], flags };
    }
    case "contradicted": {
      const near = nearest(
        tried.filter((t) => t.value !== undefined && !t.standIn),
        interval,
      )!;
      const why = !milestone.ok && withinInterval(near.value!, interval) ? m.milestoneNotReached(milestone, claim.stated.scale) : m.contradictedExplanation(show(near), near.view.current ? undefined : near.view.label, c.measure?.kind === "rank" && !tieAgrees(c, near));
      const hint = c.measure?.kind === "growth" && c.measure.pointsLikely ? m.percentForPoints[lang] : "";
      return { ...c, verdict, computed: show(near), explanation: why[lang] + hint, flags };
    }
    case "no_data": {
      // a stand-in that does not match says nothing about the official figure: name what is missing and what it gave
      const standIn = tried.find((t) => t.standIn && t.value !== undefined);
      const missing = [...new Set(tried.flatMap((t) => t.missing))].slice(0, 6);
      return { ...c, verdict, explanation: (standIn ? m.standInNotMatching(show(standIn)) : m.noDataExplanation(missing.map((x) => localiseCodes(x, registry, lang))))[lang], flags };
    }
  }
}

/**
 * A claim the reader could not complete, without the fields its gap says are unknown (a number that is no
 * statistic has no indicator, one whose region is unclear no region), so the output does not suggest them.
 */
function withoutUnknowns(c: Claim): Claim {
  const out = { ...c };
  if (c.gap === "notStatistic" || c.gap === "noIndicator") delete out.indicator;
  if (c.gap === "noSubject") delete out.subject;
  return out;
}

/**
 * A vintage id as explanations print it: the bundled ids are short names the summary lists; an imported
 * vintage ("import-28") also gets its label (the file and date, for a bulletin its name).
 */
function vintageText(id: string, view: VintageView, lang: Lang): string {
  if (!id.startsWith("import-")) return id;
  const source = [...view.dataset.sources.values()].find((x) => x.vintage === id);
  return source ? m.importedVintage(id, { zh: source.vintageLabel, en: source.vintageLabelEn })[lang] : id;
}

/** The Chinese name of an indicator for explanations (its id when not in the catalogue). */
function indicatorName(id: string): string {
  return indicatorCatalogue().get(id)?.nameZh ?? id;
}

/** True when the matching computation is the first (default) method tried in its vintage. */
function isDefaultMethod(tried: Tried[], hit: Tried): boolean {
  return tried.find((t) => t.view === hit.view) === hit;
}

function nearest(tried: Tried[], interval: [number, number]): Tried | undefined {
  return [...tried].sort((a, b) => distanceToInterval(a.value!, interval) - distanceToInterval(b.value!, interval))[0];
}

/** "并列第3" needs a shared rank; a plain "第3位" accepts either. */
function tieAgrees(c: Claim, comp: Computation): boolean {
  return !(c.measure?.kind === "rank" && c.measure.tied) || comp.tied === true;
}

/** Whether a milestone's "first" holds, and when not, which earlier level (of the subject or another province) reached it. */
type MilestoneCheck = m.MilestoneFailure | { ok: true };

/**
 * "首次突破": the level was below the threshold the year before. "全国首个超过": no other province reached
 * the threshold before the subject first did, nor in the same year (data years only: earlier years are not
 * held, as the report's note says).
 */
function milestoneAgrees(c: Claim, calc: Calculator): MilestoneCheck {
  if (c.measure?.kind !== "milestone" || !c.measure.first || !c.subject || c.year === undefined || !c.indicator) return { ok: true };
  const threshold = c.stated.value * c.stated.scale;
  const level = (s: Subject, y: number) => calc.levels(c.indicator!, s, y)[0]?.value;
  if (!c.measure.firstAmongProvinces) {
    const prev = level(c.subject, c.year - 1);
    return prev !== undefined && prev >= threshold ? { ok: false, region: subjectLabel(c.subject, undefined, calc.registryOf())!, year: c.year - 1, value: prev } : { ok: true };
  }
  const from = calc.firstYear(c.indicator);
  if (from === undefined) return { ok: true };
  let own = c.year;
  for (let y = from; y < c.year; y++) if ((level(c.subject, y) ?? -Infinity) >= threshold) own = Math.min(own, y);
  for (const p of calc.provinces()) {
    if (c.subject.kind === "province" && p.code === c.subject.code) continue;
    for (let y = from; y <= own; y++) {
      const v = level({ kind: "province", code: p.code, name: p.name }, y);
      if (v !== undefined && v >= threshold) return { ok: false, region: subjectLabel({ kind: "province", code: p.code, name: p.name }, undefined, calc.registryOf())!, year: y, value: v };
    }
  }
  return { ok: true };
}

/** Currency units convertible into each other, in 元 (1亿元 = 10⁸元): a level stated in 万元 or 元 is read in 亿元. */
const YUAN: Readonly<Record<string, number>> = { 元: 1, 亿元: 1e8 };

/**
 * For levels: the stated unit must measure what the indicator holds. A yuan amount in another yuan unit is
 * converted (the claim's scale then gives 亿元); another currency (亿元 vs 千美元) cannot be compared;
 * another kind of quantity (万人 for 地区生产总值) means the indicator was not the one meant.
 */
function inHeldUnit(c: Claim): { problem?: undefined; claim: Claim } | { problem: "otherCurrency" | "otherQuantity"; held: string } {
  const kind = c.measure?.kind;
  if (!(kind === "level" || kind === "change" || kind === "milestone") || !c.indicator) return { claim: c };
  if (c.stated.unitClass === "percent" || c.stated.unitClass === "plain") return { claim: c };
  const held = unitOf(c.indicator);
  if (held === undefined) return { claim: c };
  const unit = (u: string) => UNITS.find((x) => x.unit === u);
  const heldBase = unit(held)?.baseUnit ?? held;
  if (heldBase === c.stated.baseUnit) return { claim: c };
  if (unit(held)?.unitClass !== c.stated.unitClass) return { problem: "otherQuantity", held };
  const from = YUAN[c.stated.baseUnit];
  const to = YUAN[heldBase];
  if (from === undefined || to === undefined) return { problem: "otherCurrency", held };
  return { claim: { ...c, stated: { ...c.stated, scale: (c.stated.scale * from) / to, baseUnit: heldBase } } };
}

/** Flag the same distinctive figure (≥ 4 significant digits, same unit) stated for two different subjects. */
function flagSameFigures(claims: CheckedClaim[], lang: Lang): void {
  const seen = new Map<string, CheckedClaim>();
  for (const c of claims) {
    // only statistics: "2000余家供应商" and "实现2000…" are no figures of held data (F17)
    if (!c.subject || c.gap === "notStatistic" || c.stated.unitClass === "plain" || !isDistinctiveFigure(c.stated.raw) || c.stated.unitClass === "other" || c.kind === "rank") continue;
    const key = `${c.stated.raw}|${c.stated.unit}|${c.kind}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, c);
      continue;
    }
    if (first.subject && first.subject.name !== c.subject.name) {
      const flag: ClaimFlag = "sameFigureOtherSubject";
      c.flags.push({ flag, detail: m.sameFigure(c.span, (first.subjectLabel ?? { zh: first.subject.name, en: first.subject.name })[lang], first.sentence)[lang] });
    }
  }
}
