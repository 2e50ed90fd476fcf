import type { Text } from "../types/text.js";
import { fixed, significant } from "./format.js";

/** Words of `regecon check` and `regecon bulletin`: errors, help, verdicts, summaries. */

export const unsupportedDocument = (file: string, ext: string): Text => ({
  zh: `无法读取 ${file}：不支持“${ext || "（无扩展名）"}”类型的文件`,
  en: `cannot read ${file}: files of type "${ext || "(no extension)"}" are not supported`,
});
export const unsupportedDocumentHint: Text = {
  zh: "regecon check 读取 .txt、.md、.html 和 .docx 文件；PDF 请先另存为 Word 或文本。",
  en: "regecon check reads .txt, .md, .html and .docx files; save a PDF as Word or text first.",
};
export const fileUnreadable = (file: string, reason: Text): Text => ({ zh: `无法读取文件 ${file}：${reason.zh}`, en: `cannot read the file ${file}: ${reason.en}` });
export const fileUnreadableHint: Text = { zh: "检查路径和读取权限。", en: "Check the path and the read permission." };
export const isDirectory = (file: string): Text => ({ zh: `无法读取 ${file}：这是一个目录，不是文件`, en: `cannot read ${file}: it is a directory, not a file` });
export const notADocx = (file: string, reason: Text): Text => ({ zh: `${file} 不是可读的 Word（.docx）文件：${reason.zh}`, en: `${file} is not a readable Word (.docx) file: ${reason.en}` });
export const notADocxHint: Text = { zh: "用 Word 重新另存为 .docx，或另存为 .txt 后再检查。", en: "Save it again as .docx from Word, or as .txt, and check that." };

/** The nation and the 31-province sum as subjects of claims (provinces and groups take the registry's names). */
export const nationalLabel: Text = { zh: "全国", en: "China (national)" };
export const provinceSumLabel: Text = { zh: "31个省份合计", en: "the 31 provinces together" };

/** Verdict names, as the summary and the HTML page print them. */
export const verdictName: Readonly<Record<string, Text>> = {
  verified: { zh: "核实", en: "verified" },
  vintage_mismatch: { zh: "数据版本不同", en: "vintage mismatch" },
  contradicted: { zh: "不符", en: "contradicted" },
  no_data: { zh: "缺少数据", en: "no data" },
  not_checkable: { zh: "无法核对", en: "not checkable" },
};

/** What each verdict means (legend of the HTML page and `--help`). */
export const verdictMeaning: Readonly<Record<string, Text>> = {
  verified: { zh: "用当前数据版本按所述方法计算，结果落在所写数字的修约区间内", en: "computed from the current vintage by the stated method, the result lies in the printed number's rounding interval" },
  vintage_mismatch: { zh: "只与另一数据版本（如初步核算数或修订前数据）相符", en: "matches only another vintage (e.g. preliminary or pre-revision figures)" },
  contradicted: { zh: "任何数据版本、任何合理的分母或方法都得不到所写数字（给出最接近的计算）", en: "no vintage and no plausible denominator or method gives the stated number (the nearest computation is shown)" },
  no_data: { zh: "数据库中没有所需的指标或年份（说明缺什么）", en: "the indicator or year is not held (says what is missing)" },
  not_checkable: { zh: "不是关于所持统计数据的数字，或无法确定其地区、年份或指标", en: "not a number about held statistics, or its region, year or indicator could not be determined" },
};

/** Methods of a computation (denominators, weighting, rounding), joined for the explanation. */
const METHOD_WORDS: Readonly<Record<string, Text>> = {
  national: { zh: "分母为全国数", en: "denominator: the national total" },
  provinceSum: { zh: "分母为31个省份合计", en: "denominator: the sum of the 31 provinces" },
  groupSum: { zh: "所辖省份之和", en: "sum of member provinces" },
  publishedTotal: { zh: "来源公布的地区合计", en: "total published for the group" },
  ratioOfSums: { zh: "分子之和 ÷ 分母之和", en: "sum of numerators ÷ sum of denominators" },
  populationWeighted: { zh: "按常住人口加权平均", en: "population-weighted mean" },
  unweighted: { zh: "各省份简单平均", en: "unweighted mean of provinces" },
  meanOfRates: { zh: "所辖省份增速的简单平均", en: "unweighted mean of the provinces' growth rates" },
  realGrowth: { zh: "按不变价格计算的实际增长", en: "real growth at constant prices" },
  gdpWeighted: { zh: "以上年地区生产总值加权", en: "weighted by previous-year GDP" },
  nominalFromLevels: { zh: "按现价总量计算的名义增长", en: "nominal growth from current-price levels" },
  provincesForNational: { zh: "无全国数，以31个省份代替", en: "no national figure: the 31 provinces stand in" },
  largestRemainder: { zh: "最大余数法修约", en: "largest-remainder rounding" },
  fromRounded: { zh: "按公布的修约值计算", en: "from the published rounded figures" },
  unrounded: { zh: "按未修约值计算", en: "from unrounded values" },
  published: { zh: "公布值", en: "published value" },
  disparity: { zh: "省际人均地区生产总值分布（人口加权）", en: "provincial GDP per capita distribution (population-weighted)" },
  compoundAnnual: { zh: "年均增长（按首末年总量复合计算）", en: "average annual growth (compounded from the first and last levels)" },
  currentMembers: { zh: "各年均按现行成员范围计算", en: "every year with the current members" },
  streak: { zh: "所述各年的名次", en: "the rank in every year of the streak" },
  spread: { zh: "区内最高与最低之差", en: "highest minus lowest member" },
  revised: { zh: "修订后的数值", en: "revised figure" },
  byOperatorLocation: { zh: "按经营单位所在地分", en: "by location of the trading firm" },
  byDestinationSource: { zh: "按境内目的地和货源地分", en: "by domestic destination and source" },
  mainlandCities: { zh: "内地城市之和", en: "sum of the mainland cities" },
};

export function methodText(methods: readonly string[]): Text {
  const words = methods.map((x) => METHOD_WORDS[x]).filter((x): x is Text => x !== undefined);
  if (words.length === 0) return { zh: "直接取值", en: "value as held" };
  return { zh: words.map((x) => x.zh).join("，"), en: words.map((x) => x.en).join(", ") };
}

/** A computed value for explanations: enough digits to compare with the stated number. */
function num(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  return Math.abs(x) >= 1000 ? fixed(x, 1) : significant(x, 5);
}

/**
 * The computation as shown to a reader: value, interval, vintage and method, already in the chosen words;
 * `decimals` of the stated number and `integer` for ranks and counts decide how values are printed.
 */
export interface ShownComputation {
  value: number;
  interval: [number, number];
  vintage: string;
  method: string;
  decimals: number;
  integer: boolean;
}

/**
 * A bound of the interval a stated number allows: one decimal more than printed (the rounding interval
 * of 108008.7 is [108008.65, 108008.75]); for ranks and counts the whole numbers inside ([1, 5] for 前五).
 */
export function boundText(x: number, c: Pick<ShownComputation, "decimals" | "integer">, side: "lo" | "hi"): string {
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (c.integer) return String(side === "lo" ? Math.ceil(x - 1e-9) : Math.floor(x + 1e-9));
  return fixed(x, c.decimals + 1);
}

/** A computed value: whole for ranks and counts, else two decimals more than the stated number. */
export function valueText(x: number, c: Pick<ShownComputation, "decimals" | "integer">): string {
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  return c.integer ? fixed(x, 0) : fixed(x, c.decimals + 2);
}

const interval = (c: ShownComputation) => `[${boundText(c.interval[0], c, "lo")}, ${boundText(c.interval[1], c, "hi")}]`;
const shown = (c: ShownComputation, x = c.value) => valueText(x, c);

export const verifiedExplanation = (c: ShownComputation, method: Text, defaultMethod: boolean): Text => ({
  zh: `计算值 ${shown(c)}，在所写数字允许的区间 ${interval(c)} 内（${method.zh}${defaultMethod ? "" : "；此为备选口径"}；数据版本 ${c.vintage}）。`,
  en: `computed ${shown(c)}, inside the interval ${interval(c)} the stated number allows (${method.en}${defaultMethod ? "" : "; an alternative method"}; vintage ${c.vintage}).`,
});

export const mismatchExplanation = (c: ShownComputation, vintage: Text, current: ShownComputation | undefined): Text => ({
  zh: `与数据版本“${vintage.zh}”相符（计算值 ${shown(c)}，${c.method}）${current ? `；当前数据计算值为 ${shown(current)}` : ""}。`,
  en: `matches the vintage "${vintage.en}" (computed ${shown(c)}, ${c.method})${current ? `; the current data give ${shown(current)}` : ""}.`,
});

export const contradictedExplanation = (c: ShownComputation, vintage: Text | undefined, tieMissing: boolean): Text => ({
  zh: `最接近的计算值为 ${shown(c)}（${c.method}${vintage ? `；数据版本“${vintage.zh}”` : ""}），不在所写数字允许的区间 ${interval(c)} 内${tieMissing ? "；且该名次并非并列" : ""}。`,
  en: `the nearest computation gives ${shown(c)} (${c.method}${vintage ? `; vintage "${vintage.en}"` : ""}), outside the interval ${interval(c)} the stated number allows${tieMissing ? "; and the rank is not shared" : ""}.`,
});

export const noDataExplanation = (missing: readonly string[]): Text => ({
  zh: `所需数据缺失：${missing.join("；") || "—"}。`,
  en: `the data needed are missing: ${missing.join("; ") || "—"}.`,
});

export const unitNotHeld = (stated: string, held: string): Text => ({
  zh: `所写单位“${stated}”与数据的单位“${held}”是不同币种，数据中没有汇率，无法核对。`,
  en: `the stated unit "${stated}" and the data's unit "${held}" are different currencies and the data hold no exchange rate.`,
});

/** Why a "first" milestone (首次突破, 全国首个超过) fails: an earlier level already reached the threshold. */
export interface MilestoneFailure {
  ok: false;
  region: Text;
  year: number;
  /** The level that reached it, in the base unit of the claim (亿元). */
  value: number;
}

export const milestoneNotReached = (f: MilestoneFailure, scale: number): Text => ({
  zh: `并非首次（首个）：${f.region.zh}在${f.year}年已达到 ${num(f.value / scale)}，不低于所写的门槛。`,
  en: `not the first: ${f.region.en} already had ${num(f.value / scale)} in ${f.year}, at or above the stated threshold.`,
});

export const standInNotMatching = (c: ShownComputation): Text => ({
  zh: `数据中没有全国实际增速；以31个省份按上年地区生产总值加权的平均增速代替时为 ${shown(c)}，与所写数字不符，但二者口径不同，不能据此判定不符。`,
  en: `the data hold no national real growth rate; the 31 provinces' growth weighted by previous-year GDP, which stands in for it, gives ${shown(c)} — a different quantity, so the stated figure is not judged contradicted.`,
});

export const directionExplanation = (sign: 1 | -1, fromYear: number, year: number, change: number, agrees: boolean, vintage: Text | undefined): Text => ({
  zh: `所写为${sign > 0 ? "上升" : "下降"}；按同一数据版本${vintage ? `“${vintage.zh}”` : ""}计算，${fromYear}年至${year}年的变化为 ${change > 0 ? "+" : ""}${num(change)}（${change > 0 ? "上升" : change < 0 ? "下降" : "不变"}），${agrees ? "方向一致" : "方向不符"}。`,
  en: `stated as ${sign > 0 ? "a rise" : "a fall"}; from ${fromYear} to ${year} in one vintage${vintage ? ` ("${vintage.en}")` : ""} the change is ${change > 0 ? "+" : ""}${num(change)} (${change > 0 ? "a rise" : change < 0 ? "a fall" : "no change"}): the direction ${agrees ? "agrees" : "is wrong"}.`,
});

export const percentForPoints: Text = {
  zh: "（“比上年回落/提高”之后的增速变化通常以“个百分点”表示，所写“%”可能应为“个百分点”。）",
  en: " (a change of a growth rate after 比上年回落/提高 is usually given in 个百分点, percentage points; the % may be meant as points.)",
};

export const rateInOtherCurrency = (stated: string, held: string): Text => ({
  zh: `该增速是以“${stated}”计的数值的增速，数据以“${held}”计，二者的增速相差汇率变动，数据中没有汇率，无法核对。`,
  en: `the rate is of a value stated in "${stated}"; the data are in "${held}", and the two rates differ by the exchange-rate change, which the data do not hold.`,
});

export const unitRulesOutIndicator = (stated: string, held: string, indicator: string): Text => ({
  zh: `所写单位“${stated}”不是“${indicator}”的单位（${held}），无法确定所说的指标。`,
  en: `the stated unit "${stated}" is not the unit of "${indicator}" (${held}); the indicator could not be determined.`,
});

const GAP_WORDS: Readonly<Record<string, Text>> = {
  noIndicator: { zh: "无法确定所说的指标", en: "the indicator could not be determined" },
  noSubject: { zh: "无法确定所说的地区", en: "the region could not be determined" },
  noYear: { zh: "无法确定年份", en: "the year could not be determined" },
  notStatistic: { zh: "不是关于数据库所持统计指标的数字", en: "not a number about a statistic regecon holds" },
  noMeasure: { zh: "无法确定是何种数量（总量、占比、增速、名次……）或比较对象", en: "what kind of quantity it is (level, share, growth, rank …) or what it is compared with could not be determined" },
};

export const gapExplanation = (gap: string, unknownSubject?: string): Text =>
  gap === "unknownSubject"
    ? { zh: `地区“${unknownSubject ?? ""}”不在地区登记表中（数据库只有省级数据），未加猜测。`, en: `the place "${unknownSubject ?? ""}" is not a region of the registry (the data are provincial); not guessed.` }
    : (GAP_WORDS[gap] ?? GAP_WORDS.noMeasure!);

export const impossibleValue = (span: string): Text => ({
  zh: `“${span}”是不可能的数值（占比超过100%、总量为负或降幅超过100%）。`,
  en: `"${span}" is an impossible value (a share above 100%, a negative level or a fall of more than 100%).`,
});

export const sameFigure = (span: string, otherSubject: string, otherSentence: string): Text => ({
  zh: `同一数字“${span}”前文已用于${otherSubject}（“${otherSentence.slice(0, 40)}…”）。`,
  en: `the same figure "${span}" was given earlier for ${otherSubject} ("${otherSentence.slice(0, 40)}…").`,
});

/** One line of `regecon --help` for `check`, and its `--help`. */
export const checkHelp: Text = {
  zh: `用法：regecon check FILE [--json] [--out REPORT.html] [--db FILE | --data DIR] [--lang zh|en] [--fail-on contradicted]

提取报告（.txt、.md、.html、.docx；文本可为 UTF-8、GBK 或 UTF-16，二进制文件拒绝读取）中的每个数量表述
（总量、占比、增速、个百分点、名次与并列、连续名次、个数、结构比、由…至…及其升降方向、首次突破与全国首个、
规模分档如“10万亿元以上”“5万亿~10万亿元之间”、两地区之比与差额……），用数据库中的统计数据按所述方法
重新计算，并与所写数字的修约区间比较（“约、近、超过、多、左右”等词相应放宽或限定区间）。上下文（年份、
地区、指标）只在同一段落内延续，年份可跨段。每个表述得到一个结论：
  verified          用当前数据版本计算，落在修约区间内
  vintage_mismatch  只与另一数据版本相符（如 2024 年初步核算数、修订前数据；说明是哪个版本）
  contradicted      任何版本、任何合理的分母或方法都不符（给出最接近的计算）
  no_data           缺少所需指标或年份（说明缺什么）
  not_checkable     不是关于所持统计数据的数字，或无法确定地区、年份或指标
占比的分母（全国数或31个省份合计）、地区平均的加权方式等有多种口径时逐一尝试，并说明哪一种相符。
另标出不可能的数值和同一数字用于两个不同地区的情形。数据版本：数据库的当前数据、被替代的旧版本，
以及内置的 2024 年初步核算数（data/report-2024-prelim）。

选项：
  --json               在标准输出打印机器可读的结果（file、summary、claims）
  --out FILE.html      写出带标注的 HTML 页面（各表述按结论着色，悬停或展开可见计算过程，附汇总表）
  --db FILE            数据库文件（默认：用户数据目录中的 regecon.duckdb）
  --data DIR           改为直接读取一个数据目录（如 data/nbs）；不能与 --db 同用
  --fail-on VERDICT    有表述得到该结论时以退出码 3 结束（contradicted、vintage_mismatch 或 no_data）
  --lang zh|en         输出语言（默认 zh）
  -h, --help           显示本帮助

退出码：0 检查已完成（无论结论如何）；2 输入有误（文件无法读取、类型不支持、选项错误）；
3 使用 --fail-on 且有表述得到该结论。
`,
  en: `Usage: regecon check FILE [--json] [--out REPORT.html] [--db FILE | --data DIR] [--lang zh|en] [--fail-on contradicted]

Extract every quantitative claim of a report (.txt, .md, .html, .docx; text in UTF-8, GBK or UTF-16, binary
files refused) — levels, shares, growth, changes in percentage points, ranks, ties and rank streaks, counts,
structures, from/to and its direction, milestones (首次突破, 全国首个), size bands (10万亿元以上,
5万亿~10万亿元之间), ratios and differences of two regions — compute it again from the store's statistics by
the stated method, and compare it with the interval the printed number allows (its rounding interval,
widened or bounded by approximate words (约, 近, 超过, 多, 左右)). Context (year, region, indicator) carries
within a paragraph; the year also across paragraphs. Each claim gets a verdict:
  verified          computed from the current vintage, inside the rounding interval
  vintage_mismatch  matches another vintage only (e.g. 2024 preliminary or pre-revision figures; says which)
  contradicted      no vintage and no plausible denominator or method matches (shows the nearest computation)
  no_data           the indicator or year is not held (says what is missing)
  not_checkable     not a number about held statistics, or its region, year or indicator is unclear
Where the method is ambiguous (a share of the national total or of the 31-province sum; a weighted or
unweighted mean of provincial rates) each alternative is tried and the one that matched is named.
Impossible values and the same figure given for two regions are flagged. Vintages: the store's current
data, its superseded vintages and the bundled 2024 preliminary figures (data/report-2024-prelim).

Options:
  --json               print the result on stdout (file, summary, claims)
  --out FILE.html      write an annotated HTML page (claims coloured by verdict, the computation on hover or
                       expand, a summary table)
  --db FILE            store file (default: regecon.duckdb in the user's data directory)
  --data DIR           read a data folder directly instead (e.g. data/nbs); not with --db
  --fail-on VERDICT    exit with code 3 when a claim gets this verdict (contradicted, vintage_mismatch or no_data)
  --lang zh|en         output language (default zh)
  -h, --help           show this help

Exit codes: 0 the check ran (whatever the verdicts); 2 bad input (unreadable file, unsupported type, bad
option); 3 with --fail-on when a claim got that verdict.
`,
};


export const noFileGiven: Text = { zh: "regecon check：没有给出要检查的文件", en: "regecon check: no file to check was given" };
export const noFileGivenHint: Text = { zh: "例如 regecon check 报告.docx", en: "e.g. regecon check report.docx" };
export const oneFileOnly: Text = { zh: "regecon check：一次只检查一个文件", en: "regecon check: one file at a time" };
export const badFailOn = (got: string): Text => ({ zh: `--fail-on 只能是 contradicted、vintage_mismatch 或 no_data，收到“${got}”`, en: `--fail-on must be contradicted, vintage_mismatch or no_data, got "${got}"` });
export const badFailOnHint: Text = { zh: "例如 --fail-on contradicted", en: "e.g. --fail-on contradicted" };
export const outMustBeHtml = (file: string): Text => ({ zh: `--out 应为 .html 文件，收到 ${file}`, en: `--out must be an .html file, got ${file}` });
export const outMustBeHtmlHint: Text = { zh: "例如 --out 核对结果.html", en: "e.g. --out check.html" };

export const progressReading = (file: string): Text => ({ zh: `读取 ${file}…`, en: `Reading ${file}…` });
export const progressVintages: Text = { zh: "载入各数据版本…", en: "Loading the vintages…" };
export const progressChecking: Text = { zh: "提取并核对数量表述…", en: "Extracting and verifying claims…" };
export const wroteHtml = (file: string): Text => ({ zh: `已写入 ${file}`, en: `Wrote ${file}` });

/** Terminal summary: coverage first, then accuracy (statcheck's lesson: say how much was checked). */
export const summaryCoverage = (file: string, numbers: number, claims: number, checkable: number): Text => ({
  zh: `${file}：找到 ${numbers} 个数字，提取 ${claims} 个表述，其中 ${checkable} 个可以核对（关于所持统计数据）。${claims > numbers ? "表述多于数字：一个数字可以是几个地区各自的表述（“广东和江苏在10万亿元以上”），升降方向也是表述。" : ""}`,
  en: `${file}: ${numbers} numbers found, ${claims} claims extracted, ${checkable} of them checkable (about statistics held).${claims > numbers ? " More claims than numbers: one number can be a claim about each of several regions (\"Guangdong and Jiangsu above 10,000 billion yuan\"), and the direction of a from/to is a claim too." : ""}`,
});
export const summaryNoNumbers: Text = {
  zh: "文中没有找到任何数字：文件是否为空，或不是报告正文？",
  en: "No numbers were found in the text: is the file empty, or not the report's text?",
};
export const summaryVerdictCounts = (counts: readonly (readonly [Text, number])[]): Text => ({
  zh: `结论：${counts.map(([v, n]) => `${v.zh} ${n}`).join("，")}`,
  en: `Verdicts: ${counts.map(([v, n]) => `${v.en} ${n}`).join(", ")}`,
});
export const summaryClaimLine = (id: string, verdict: Text, span: string, subject: string | undefined, year: number | undefined, explanation: string): Text => ({
  zh: `  [${id} ${verdict.zh}] ${span}（${subject ?? "—"}${year ? ` ${year}年` : ""}）：${explanation}`,
  en: `  [${id} ${verdict.en}] ${span} (${subject ?? "—"}${year ? ` ${year}` : ""}): ${explanation}`,
});
export const summaryListHeading: Text = { zh: "不符与版本不同的表述：", en: "Contradicted and vintage-mismatched claims:" };
export const summaryFlagsHeading: Text = { zh: "提示：", en: "Flags:" };
export const summaryUnknownSubjects = (names: readonly string[]): Text => ({
  zh: `未识别的地区（未核对）：${names.join("、")}`,
  en: `Places not in the registry (not checked): ${names.join(", ")}`,
});
export const summaryMore = (n: number): Text => ({ zh: `……另有 ${n} 条，见 --json 或 --out`, en: `… ${n} more, see --json or --out` });

/** Words of the annotated HTML page. */
export const page = {
  title: (file: string): Text => ({ zh: `数量表述核对：${file}`, en: `Claim check: ${file}` }),
  summary: { zh: "汇总", en: "Summary" } satisfies Text,
  numbersFound: { zh: "找到的数字", en: "numbers found" } satisfies Text,
  claims: { zh: "提取的表述", en: "claims extracted" } satisfies Text,
  checkable: { zh: "可核对的表述", en: "checkable claims" } satisfies Text,
  verdict: { zh: "结论", en: "verdict" } satisfies Text,
  count: { zh: "个数", en: "count" } satisfies Text,
  meaning: { zh: "含义", en: "meaning" } satisfies Text,
  vintages: { zh: "用于核对的数据版本", en: "Vintages checked against" } satisfies Text,
  current: { zh: "当前", en: "current" } satisfies Text,
  text: { zh: "原文（按结论着色；悬停查看计算，点击跳到明细）", en: "Text (coloured by verdict; hover for the computation, click for details)" } satisfies Text,
  details: { zh: "表述明细", en: "Claims" } satisfies Text,
  columns: {
    zh: ["编号", "表述", "类型", "地区", "年份", "指标", "结论", "计算"],
    en: ["id", "claim", "kind", "region", "year", "indicator", "verdict", "computation"],
  },
  computed: { zh: "计算值", en: "computed" } satisfies Text,
  interval: { zh: "允许区间", en: "interval allowed" } satisfies Text,
  vintage: { zh: "数据版本", en: "vintage" } satisfies Text,
  method: { zh: "方法", en: "method" } satisfies Text,
  sentence: { zh: "所在句子", en: "sentence" } satisfies Text,
};

/** An imported vintage in an explanation: its id and its label. */
export const importedVintage = (id: string, label: Text): Text => ({ zh: `${id}：${label.zh}`, en: `${id}: ${label.en}` });

/** Separator of several vintage labels. */
export const vintageSeparator: Text = { zh: "；", en: "; " };
