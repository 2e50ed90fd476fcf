import type { Registry } from "../../data/registry.js";
import { claimVerdict, distanceToInterval, isDistinctiveFigure, isImpossible, statedInterval, withinInterval, type Attempt } from "../../analysis/rules/claimMatch.js";
import * as m from "../../messages/check.js";
import { BAND_WORDS, UNITS } from "../../messages/checkWords.js";
import { unitOf } from "../quantities.js";
import type { CheckedClaim, Claim, ClaimFlag, Computed } from "../types.js";
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
  const checked = claims.map((c) => verifyOne(c, calculators, lang));
  flagSameFigures(checked, lang);
  return checked;
}

/** The stated value with its sign (下降4.5% → −4.5; 回落0.4个百分点 → −0.4). */
export function signedValue(c: Claim): number {
  const sign = c.measure && "sign" in c.measure && c.measure.sign === -1 ? -1 : 1;
  return sign * c.stated.value;
}

/** Interval of the stated number in the base unit of its quantity. */
export function claimInterval(c: Claim): [number, number] {
  const s = c.stated;
  if (c.measure?.kind === "rank" && c.measure.top) return [1, s.value];
  if (c.measure?.kind === "milestone") return [s.value * s.scale, Infinity];
  const band = s.approxWord !== undefined && BAND_WORDS.includes(s.approxWord);
  let [lo, hi] = statedInterval(signedValue(c), s.decimals, s.approx, band);
  if (lo > hi) [lo, hi] = [hi, lo];
  return [lo * s.scale, hi * s.scale];
}

function verifyOne(c: Claim, calculators: { view: VintageView; calc: Calculator }[], lang: Lang): CheckedClaim {
  const flags: CheckedClaim["flags"] = [];
  if (c.kind !== "points" && c.stated.unitClass !== "other" && isImpossible(c.kind, signedValue(c))) flags.push({ flag: "impossibleValue", detail: m.impossibleValue(c.span)[lang] });
  if (c.gap) return { ...c, verdict: "not_checkable", explanation: m.gapExplanation(c.gap, c.unknownSubject)[lang], flags };
  const unitProblem = incompatibleUnit(c);
  if (unitProblem) return { ...c, verdict: "no_data", explanation: m.unitNotHeld(c.stated.unit, unitProblem)[lang], flags };
  const interval = claimInterval(c);
  const tried: Tried[] = [];
  for (const { view, calc } of calculators) {
    // other vintages matter only when the current one does not verify the claim (the current view comes first)
    if (!view.current && tried.some((t) => t.view.current && t.within)) break;
    for (const comp of calc.compute(c)) tried.push({ ...comp, view, within: comp.value !== undefined && withinInterval(comp.value, interval) && tieAgrees(c, comp) && milestoneAgrees(c, calc) });
  }
  if (tried.length === 0) return { ...c, verdict: "not_checkable", explanation: m.gapExplanation("noMeasure")[lang], flags };
  const attempts: Attempt[] = tried.map((t) => ({ current: t.view.current, value: t.value, within: t.within }));
  const verdict = claimVerdict(attempts);
  const show = (t: Tried): Computed & m.ShownComputation => ({
    value: t.value! / c.stated.scale,
    interval: [interval[0] / c.stated.scale, interval[1] / c.stated.scale],
    vintage: t.view.current ? t.vintages.join(",") || t.view.name : t.view.name,
    method: m.methodText(t.methods)[lang],
  });
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
        tried.filter((t) => t.value !== undefined),
        interval,
      )!;
      return { ...c, verdict, computed: show(near), explanation: m.contradictedExplanation(show(near), near.view.current ? undefined : near.view.label, c.measure?.kind === "rank" && !tieAgrees(c, near))[lang], flags };
    }
    case "no_data":
      return { ...c, verdict, explanation: m.noDataExplanation([...new Set(tried.flatMap((t) => t.missing))].slice(0, 6))[lang], flags };
  }
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

/** "首次突破": the level was below the threshold the year before. */
function milestoneAgrees(c: Claim, calc: Calculator): boolean {
  if (c.measure?.kind !== "milestone" || !c.measure.first || !c.subject || c.year === undefined || !c.indicator) return true;
  const prev = calc.levels(c.indicator, c.subject, c.year - 1)[0]?.value;
  return prev === undefined || prev < c.stated.value * c.stated.scale;
}

/** For levels: the stated unit must measure what the indicator holds (亿元 vs 千美元); returns the held unit when not. */
function incompatibleUnit(c: Claim): string | undefined {
  const kind = c.measure?.kind;
  if (!(kind === "level" || kind === "change" || kind === "milestone") || !c.indicator) return undefined;
  if (c.stated.unitClass === "percent" || c.stated.unitClass === "plain") return undefined;
  const held = unitOf(c.indicator);
  if (held === undefined) return undefined;
  const normal = (u: string) => UNITS.find((x) => x.unit === u)?.baseUnit ?? u;
  return normal(held) === normal(c.stated.baseUnit) ? undefined : held;
}

/** Flag the same distinctive figure (≥ 4 significant digits, same unit) stated for two different subjects. */
function flagSameFigures(claims: CheckedClaim[], lang: Lang): void {
  const seen = new Map<string, CheckedClaim>();
  for (const c of claims) {
    if (!c.subject || !isDistinctiveFigure(c.stated.raw) || c.stated.unitClass === "other" || c.kind === "rank") continue;
    const key = `${c.stated.raw}|${c.stated.unit}|${c.kind}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, c);
      continue;
    }
    if (first.subject && first.subject.name !== c.subject.name) {
      const flag: ClaimFlag = "sameFigureOtherSubject";
      c.flags.push({ flag, detail: m.sameFigure(c.span, first.subject.name, first.sentence)[lang] });
    }
  }
}
