import * as m from "../../messages/check.js";
import { fixed } from "../../messages/format.js";
import { say, type Lang } from "../../types/text.js";
import type { CheckResult } from "../check.js";
import { VERDICTS, type CheckedClaim, type Verdict } from "../types.js";

/** Verdict colours: background of highlighted claims and of the summary table's swatches. */
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  verified: "#c8e6c9",
  vintage_mismatch: "#ffe0b2",
  contradicted: "#ffcdd2",
  no_data: "#d7e3f4",
  not_checkable: "#eeeeee",
};

/** Worse verdicts win when several claims share a span (tied ranks name several regions). */
const SEVERITY: Readonly<Record<Verdict, number>> = { contradicted: 4, vintage_mismatch: 3, no_data: 2, verified: 1, not_checkable: 0 };

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The annotated page of `regecon check --out`: self-contained HTML (inline CSS, no script, no network)
 * with a summary table (coverage, then verdict counts), the vintages checked against, the text with each
 * claim highlighted in its verdict colour (the computation in the hover title; a click jumps to the
 * claim's row), and a table of all claims whose computation expands (<details>). Deterministic for the
 * same result.
 */
export function renderCheckHtml(r: CheckResult, lang: Lang): string {
  const checkable = r.claims.length - r.byVerdict.not_checkable;
  const style = `body{font-family:"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#222}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}td,th{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top;text-align:left}
mark{padding:0 .1rem;border-radius:.2rem;color:inherit}mark a{color:inherit;text-decoration:none}
${VERDICTS.map((v) => `.v-${v}{background:${VERDICT_COLOURS[v]}}`).join("")}
p.row{font-family:monospace;white-space:pre-wrap}details summary{cursor:pointer}.num{text-align:right}`;
  const summaryRows = [
    [say(m.page.numbersFound, lang), String(r.numbersFound)],
    [say(m.page.claims, lang), String(r.claims.length)],
    [say(m.page.checkable, lang), String(checkable)],
  ]
    .map(([k, v]) => `<tr><th>${escape(k!)}</th><td class="num">${v}</td></tr>`)
    .join("");
  const verdictRows = VERDICTS.map(
    (v) => `<tr><td><mark class="v-${v}">${escape(say(m.verdictName[v]!, lang))}</mark> <code>${v}</code></td><td class="num">${r.byVerdict[v]}</td><td class="num">${r.claims.length ? fixed((100 * r.byVerdict[v]) / r.claims.length, 1) : "0.0"}%</td><td>${escape(say(m.verdictMeaning[v]!, lang))}</td></tr>`,
  ).join("");
  const vintages = r.vintages.map((v) => `<li>${escape(v.label[lang])} <code>${escape(v.name)}</code>${v.current ? ` (${escape(say(m.page.current, lang))})` : ""}</li>`).join("");
  const cols = m.page.columns[lang];
  const rows = r.claims.map((c) => claimRow(c, lang)).join("\n");
  return `<!DOCTYPE html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${escape(say(m.page.title(r.file), lang))}</title><style>${style}</style></head>
<body>
<h1>${escape(say(m.page.title(r.file), lang))}</h1>
<h2>${escape(say(m.page.summary, lang))}</h2>
<table>${summaryRows}</table>
<table><tr><th>${escape(say(m.page.verdict, lang))}</th><th>${escape(say(m.page.count, lang))}</th><th>%</th><th>${escape(say(m.page.meaning, lang))}</th></tr>${verdictRows}</table>
<h3>${escape(say(m.page.vintages, lang))}</h3>
<ul>${vintages}</ul>
<h2>${escape(say(m.page.text, lang))}</h2>
${annotatedText(r, lang)}
<h2>${escape(say(m.page.details, lang))}</h2>
<table><tr>${cols.map((c) => `<th>${escape(c)}</th>`).join("")}</tr>
${rows}
</table>
</body></html>
`;
}

/** The text, one paragraph per line, with every claim span wrapped in a <mark> of its (worst) verdict. */
function annotatedText(r: CheckResult, lang: Lang): string {
  const spans = new Map<string, CheckedClaim[]>();
  for (const c of r.claims) {
    const key = `${c.start}:${c.end}`;
    const list = spans.get(key);
    if (list) list.push(c);
    else spans.set(key, [c]);
  }
  const ordered = [...spans.values()].sort((a, b) => a[0]!.start - b[0]!.start);
  let html = "";
  let at = 0;
  for (const group of ordered) {
    const first = group[0]!;
    if (first.start < at) continue; // overlapping spans: the first one wins
    html += escape(r.text.slice(at, first.start));
    const worst = [...group].sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict])[0]!;
    const title = group.map((c) => `${say(m.verdictName[c.verdict]!, lang)}: ${c.explanation}`).join("\n");
    html += `<mark class="v-${worst.verdict}" title="${escape(title)}"><a href="#${worst.id}">${escape(r.text.slice(first.start, first.end))}</a></mark>`;
    at = first.end;
  }
  html += escape(r.text.slice(at));
  return html
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (line.includes("\t") ? `<p class="row">${line}</p>` : `<p>${line}</p>`))
    .join("\n");
}

function claimRow(c: CheckedClaim, lang: Lang): string {
  const computed = c.computed
    ? `<details><summary>${escape(c.explanation)}</summary><table>
<tr><th>${escape(say(m.page.computed, lang))}</th><td>${escape(m.valueText(c.computed.value, c.computed))}</td></tr>
<tr><th>${escape(say(m.page.interval, lang))}</th><td>[${escape(m.boundText(c.computed.interval[0], c.computed, "lo"))}, ${escape(m.boundText(c.computed.interval[1], c.computed, "hi"))}]</td></tr>
<tr><th>${escape(say(m.page.vintage, lang))}</th><td>${escape(c.computed.vintage)}</td></tr>
<tr><th>${escape(say(m.page.method, lang))}</th><td>${escape(c.computed.method)}</td></tr>
<tr><th>${escape(say(m.page.sentence, lang))}</th><td>${escape(c.sentence)}</td></tr></table></details>`
    : `${escape(c.explanation)}`;
  const flags = c.flags.map((f) => `<br><strong>⚠ ${escape(f.detail)}</strong>`).join("");
  return `<tr id="${c.id}"><td>${c.id}</td><td>${escape(c.span)}</td><td>${c.kind}</td><td>${escape(c.subjectLabel?.[lang] ?? "")}</td><td>${c.year ?? ""}</td><td>${escape(c.indicator ?? "")}</td><td><mark class="v-${c.verdict}">${escape(say(m.verdictName[c.verdict]!, lang))}</mark></td><td>${computed}${flags}</td></tr>`;
}
