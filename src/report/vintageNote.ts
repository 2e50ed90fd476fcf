import type { ReportContext } from "./context.js";

/** Warning code for a series whose observations come from more than one vintage. */
export const MIXED_VINTAGES = "MIXED_VINTAGES";

/**
 * When the observations behind a figure or table come from more than one vintage (e.g. after
 * `regecon import` replaced some years), a note naming the vintages, and a report warning; nothing
 * when there is one vintage. Vintages are never mixed silently.
 */
export function mixedVintageNotes(ctx: ReportContext, what: { zh: string; en: string }, vintages: readonly string[]): string[] {
  if (vintages.length <= 1) return [];
  const zh = ctx.lang === "zh";
  const sources = [...ctx.dataset.sources.values()];
  const labels = vintages.map((v) => {
    const s = sources.find((x) => x.vintage === v);
    return s ? (zh ? s.vintageLabel : s.vintageLabelEn) : v;
  });
  const message = zh
    ? `${what.zh}混合了${vintages.length}个数据版本：${labels.join("；")}。跨版本的比较可能包含统计修订的影响。`
    : `${what.en} mixes ${vintages.length} vintages: ${labels.join("; ")}. Comparisons across vintages may reflect statistical revisions.`;
  if (!ctx.warnings.some((w) => w.code === MIXED_VINTAGES && w.message === message)) ctx.warnings.push({ code: MIXED_VINTAGES, message });
  return [zh ? `注：${message}` : `Note: ${message}`];
}
