import { capitalise, list, yearRange } from "./format.js";
import type { Lang, Text } from "../types/text.js";
import type { Named } from "./names.js";
import { strategyInText } from "./strategies.js";

/**
 * Words of `regecon serve`: the command's help and progress lines, the dashboard page (tabs, controls,
 * table headers), the texts of its views (titles, notes, tooltips, method lines), the download
 * README and metadata, and the API's error messages.
 */

const both = (zh: string, en: string): Text => ({ zh, en });
const span = (years: readonly number[], lang: Lang): string => (years.length === 0 ? "" : yearRange(years[0]!, years[years.length - 1]!, lang));
const listOf = (items: readonly string[], lang: Lang): string => items.join(lang === "zh" ? "、" : ", ");

// ——— the command ———

export const help: Text = {
  zh: `用法：regecon serve [--port 8080] [--host 127.0.0.1] [--db FILE | --data DIR] [--boundaries FILE] [--map-approval TEXT] [--lang zh|en] [--json]

启动本地区域经济数据看板（地图、分组比较、省份概况、区域差距、数据覆盖与下载），数据与分析代码与报告相同。
默认只在本机回环地址上监听；启动后打印网址，按 Ctrl-C 停止（关闭服务器与数据库）。页面不需要联网：
ECharts、字体和全部页面文件都由 regecon 自己提供。

选项：
  --port N             端口（默认 8080；0 = 任一空闲端口）
  --host HOST          监听地址（默认 127.0.0.1，仅本机可访问；其他地址会让局域网内的人也能访问）
  --db FILE            数据库文件（默认：用户数据目录中的 regecon.duckdb；服务运行期间以只读方式打开）
  --data DIR           改为直接读取一个数据目录，如 data/report-2024-prelim；不能与 --db 同用
  --boundaries FILE    省级行政区边界 GeoJSON（默认：内置 ECharts 4.9.0 china.json）
  --map-approval TEXT  审图号，印在每幅地图下方（公开发布的地图必须标注）
  --lang zh|en         页面默认语言与本命令输出的语言（默认 zh；页面上可随时切换）
  --json               启动后在标准输出打印 {"ok": true, "url": …, "reachableFromNetwork": …}；出错时打印 JSON 错误
  -h, --help           显示本帮助

接口说明见 docs/api.md。退出码：0 正常停止；2 输入有误（端口被占用、数据不可读等）。
`,
  en: `Usage: regecon serve [--port 8080] [--host 127.0.0.1] [--db FILE | --data DIR] [--boundaries FILE] [--map-approval TEXT] [--lang zh|en] [--json]

Start the local regional-economy dashboard (map, compare groups, province profile, disparity, data
coverage and downloads) on the same data and analysis code as the report. It listens on the loopback
address by default, prints its URL and stops with Ctrl-C (closing the server and the store). The page
needs no network: ECharts, the font and every page file are served by regecon itself.

Options:
  --port N             port (default 8080; 0 = any free port)
  --host HOST          address to listen on (default 127.0.0.1, this machine only; another address lets others on the network in)
  --db FILE            store file (default: regecon.duckdb in the user's data directory; opened read-only while serving)
  --data DIR           read a data folder directly instead, e.g. data/report-2024-prelim; not with --db
  --boundaries FILE    province boundary GeoJSON (default: bundled ECharts 4.9.0 china.json)
  --map-approval TEXT  map approval number (审图号) printed under every map (required for published maps)
  --lang zh|en         default page language and language of this command's output (default zh; the page can switch)
  --json               print {"ok": true, "url": …, "reachableFromNetwork": …} on stdout once listening; errors as JSON
  -h, --help           show this help

The API is documented in docs/api.md. Exit codes: 0 stopped normally; 2 bad input (port in use, unreadable data, …).
`,
};

export const loading = both("读取数据…", "Reading data…");
export const listening = (url: string): Text => both(`区域经济数据看板已启动：${url}\n按 Ctrl-C 停止。`, `The regional economy dashboard is running at ${url}\nPress Ctrl-C to stop.`);
export const stopped = both("已停止。", "Stopped.");
/** Printed when --host is not a loopback address: the dashboard (and its data) can be opened from other machines. */
export const reachableFromNetwork = (host: string): Text =>
  both(
    `警告：看板监听 ${host}，局域网内的其他计算机也能打开它并下载其中的数据；只在本机使用时请去掉 --host（默认 127.0.0.1）。`,
    `Warning: the dashboard listens on ${host}, so other computers on the network can open it and download its data; to use it on this machine only, leave out --host (default 127.0.0.1).`,
  );
export const warningLine = (code: string, text: Text): Text => both(`警告 [${code}]：${text.zh}`, `Warning [${code}]: ${text.en}`);

export const badPort = (got: string): Text => both(`--port 应为 0~65535 的整数，收到“${got}”`, `--port must be an integer from 0 to 65535, got "${got}"`);
export const badPortHint = both("例如 --port 8080（0 表示任一空闲端口）。", "e.g. --port 8080 (0 = any free port).");
export const portInUse = (host: string, port: number): Text => both(`端口 ${port} 已被占用（${host}），可能另一个 regecon serve 或其他程序正在使用`, `port ${port} on ${host} is in use, perhaps by another regecon serve or another program`);
export const portInUseHint = (port: number): Text => both(`用 --port 换一个端口，如 --port ${port + 1}；或 --port 0 使用任一空闲端口。`, `Choose another port with --port, e.g. --port ${port + 1}, or --port 0 for any free port.`);
export const cannotListen = (host: string, port: number, reason: string): Text => both(`无法在 ${host}:${port} 上监听：${reason}`, `cannot listen on ${host}:${port}: ${reason}`);
export const cannotListenHint = both("检查 --host 是否为本机地址（默认 127.0.0.1），端口是否需要更高权限（1024 以下）。", "Check that --host is an address of this machine (default 127.0.0.1) and that the port needs no privileges (below 1024).");

export const dataAndDb = both("--data 与 --db 不能同时使用", "--data and --db cannot be used together");
export const dataAndDbHint = both("--data 读取一个数据目录；--db 读取数据库（含导入的数据）。二选一。", "--data reads a data folder; --db reads the store (with imported data). Choose one.");
export const folderLabel = (dir: string): Text => both(`数据目录 ${dir}`, `data folder ${dir}`);
export const storeLabel = both("regecon 数据库（国家统计局数据及导入的数据版本）", "regecon store (NBS data and imported vintages)");

// ——— API errors ———

export const paramTooLong = (name: string, max: number): Text => both(`参数 ${name} 过长（最多 ${max} 个字符）`, `the parameter ${name} is too long (at most ${max} characters)`);
export const paramTooLongHint = both("参数取值见 docs/api.md。", "See docs/api.md for the values a parameter takes.");
export const unknownParam = (name: string): Text => both(`未知参数 ${name}`, `unknown parameter ${name}`);
export const repeatedParam = (name: string): Text => both(`参数 ${name} 出现了不止一次`, `the parameter ${name} is given more than once`);
export const paramsAccepted = (names: readonly string[]): Text => both(`这个接口接受的参数：${names.join(", ")}；说明见 docs/api.md。`, `This endpoint accepts: ${names.join(", ")}; see docs/api.md.`);
export const paramMissing = (name: string): Text => both(`缺少参数 ${name}`, `the parameter ${name} is missing`);
export const paramMissingHint = (name: string): Text => both(`例如 ?${name}=…；参数说明见 docs/api.md。`, `e.g. ?${name}=…; see docs/api.md.`);
export const badLang = (got: string): Text => both(`lang 只能是 zh 或 en，收到“${got}”`, `lang must be zh or en, got "${got}"`);
export const badLangHint = both("例如 ?lang=en", "e.g. ?lang=en");
export const unknownIndicator = (id: string): Text => both(`未知指标“${id}”（或数据中没有它的分省数值）`, `unknown indicator "${id}" (or the data hold no provincial values of it)`);
export const indicatorsAvailable = (ids: readonly string[]): Text => both(`可用指标：${ids.join(", ")}`, `Indicators available: ${ids.join(", ")}`);
export const noYears = both("这一指标没有任何年份的数据", "this indicator has no year with data");
export const noYearsHint = both("选择另一个指标；数据覆盖情况见“数据”页或 regecon data。", "Choose another indicator; see the Data page or regecon data for the coverage.");
export const badYear = (name: string, got: string): Text => both(`${name} 应为四位年份，收到“${got}”`, `${name} must be a four-digit year, got "${got}"`);
export const badYearHint = (name: string): Text => both(`例如 ?${name}=2024`, `e.g. ?${name}=2024`);
export const yearNotAvailable = (year: number): Text => both(`数据中没有 ${year} 年的这一指标`, `the data have no value of this indicator for ${year}`);
export const yearsAvailable = (years: readonly number[]): Text => both(`可用年份：${years.join("、")}`, `Years available: ${years.join(", ")}`);
export const unknownRegion = (got: string): Text => both(`未知的省级行政区“${got}”`, `unknown province "${got}"`);
export const unknownRegionHint = both("用六位代码（如 410000）或名称（河南、河南省、Henan）。", "Use the six-digit code (e.g. 410000) or a name (e.g. Henan).");
export const unknownGrouping = (got: string): Text => both(`未知或不可用的地区分组“${got}”`, `unknown or unusable grouping "${got}"`);
export const groupingsAvailable = (groupings: readonly { name: string; nameEn: string }[]): Text =>
  both(`可用分组：${groupings.map((g) => g.name).join("、")}`, `Groupings available: ${groupings.map((g) => g.nameEn).join(", ")}`);
export const badChoice = (name: string, got: string): Text => both(`参数 ${name} 的取值“${got}”无效`, `invalid value "${got}" of the parameter ${name}`);
export const choices = (values: readonly string[]): Text => both(`可用取值：${values.join(", ")}`, `Values accepted: ${values.join(", ")}`);
export const urlTooLong = (max: number): Text => both(`请求网址过长（最多 ${max} 个字符）`, `the request URL is too long (at most ${max} characters)`);
export const urlTooLongHint = both("接口参数都很短；参数说明见 docs/api.md。", "The API's parameters are all short; see docs/api.md.");
export const notFound = (path: string): Text => both(`没有这个页面或接口：${path}`, `no such page or API endpoint: ${path}`);
export const notFoundHint = both("接口列表见 docs/api.md；看板在 / 。", "The endpoints are listed in docs/api.md; the dashboard is at /.");
export const internalError = both("内部错误（请报告此问题；详情见服务器输出）", "Internal error (please report it; details in the server's output)");

// ——— shared view words ———

export const nationalName = both("全国", "National");
/** Between items that may themselves contain commas (vintage labels). */
export const listSeparator = both("；", "; ");
/** "地区生产总值（亿元）" / "GDP (current prices) (100 million yuan)"; the unit is left out when the name already says it. */
/**
 * A series name with its unit: "地区生产总值（亿元）"; a name already ending in parentheses takes the
 * unit inside them ("人均地区生产总值（公布值，元/人）", "GDP (current prices, 100 million yuan)"); a name
 * that already states its unit is left as is ("…指数（上年=100）").
 */
export const legendTitle = (name: Text, unit: Text): Text => both(withUnit(name.zh, unit.zh, "（", "）", "，"), capitalise(withUnit(name.en, unit.en, " (", ")", ", ")));
function withUnit(name: string, unit: string, open: string, close: string, separator: string): string {
  if (unit === "" || name.includes(unit)) return name;
  return name.endsWith(close) ? `${name.slice(0, -close.length)}${separator}${unit}${close}` : `${name}${open}${unit}${close}`;
}
export const colCode = both("代码", "Code");
export const colRegion = both("地区", "Region");
export const colYear = both("年份", "Year");
export const colValue = (unit: Text): Text => both(`数值（${unit.zh}）`, `Value (${unit.en})`);
export const colSeries = legendTitle;
export const colRank = both("排名", "Rank");
export const colValueYear = both("数值所属年份", "Year of the value");
export const colVintage = both("数据版本", "Vintage");
export const colGroup = both("地区组", "Group");

// ——— map ———

export const mapTitle = (year: number, name: Text): Text => both(`${year}年各省份${name.zh}`, `${capitalise(name.en)} by province, ${year}`);
export const notRanked = both("不参与排名", "not ranked");
export const noDataIn = (year: number): Text => both(`${year}年无数据`, `no data for ${year}`);
export const valueWithUnit = (shown: string, unit: Text): Text => both(`${shown} ${unit.zh}`, `${shown} ${unit.en}`);
export const valueFromYear = (valueYear: number, year: number): Text => both(`数值为${valueYear}年（${year}年缺失），不参与排名`, `value of ${valueYear} (${year} missing), not ranked`);
export const rankOf = (rank: string, n: number): Text => both(`排名：${rank}（${n}个省份中）`, `rank: ${rank} of ${n}`);
export const vintageLine = (label: string): Text => both(`数据版本：${label}`, `vintage: ${label}`);
export const otherYearNote = (items: readonly { name: string; year: number }[], year: number): Text =>
  both(
    `注：${items.map((i) => `${i.name}（${i.year}年）`).join("、")}没有${year}年数据，地图显示最近年份的数值（斜线标记），不参与排名。`,
    `Note: ${items.map((i) => `${i.name} (${i.year})`).join(", ")} have no value for ${year}; the map shows the nearest year's value (hatched), not ranked.`,
  );
export const noApprovalNotice = both(
  "示意图：未提供审图号（启动时用 --map-approval 指定）；公开发布的地图须使用标准地图并标注审图号。",
  "Schematic map: no map approval number was given (start with --map-approval); a published map of China must use a standard base map and print its approval number.",
);
export const boundaryWarning = (code: string, message: Text): Text => both(`边界数据警告 [${code}]：${message.zh}`, `Boundary warning [${code}]: ${message.en}`);

// ——— compare groups ———

export const measureNames: Record<"level" | "share" | "realGrowth", Text> = {
  level: both("总量", "level"),
  share: both("占31个省份合计的比重", "share of the 31-province sum"),
  realGrowth: both("实际增速", "real growth"),
};

export const groupsTitle = (grouping: string, groupingEn: string, name: Text, measure: "level" | "share" | "realGrowth", years: readonly number[]): Text =>
  measure === "realGrowth"
    ? both(`${span(years, "zh")}${grouping}地区生产总值实际增速`, `Real GDP growth by ${groupingEn}, ${span(years, "en")}`)
    : measure === "share"
      ? both(`${span(years, "zh")}${grouping}${name.zh}占31个省份合计的比重`, `Shares of ${groupingEn} in the 31-province sum of ${name.en}, ${span(years, "en")}`)
      : both(`${span(years, "zh")}${grouping}${name.zh}`, `${capitalise(name.en)} by ${groupingEn}, ${span(years, "en")}`);

export const groupMethod = (measure: "level" | "share" | "realGrowth", ratio: boolean): Text =>
  measure === "realGrowth"
    ? both("方法：地区实际增速为所辖省份实际增速（按不变价格计算）以上年地区生产总值为权重的加权平均。", "Method: a group's real growth is the mean of its provinces' real growth (constant prices) weighted by previous-year GDP.")
    : measure === "share"
      ? both("方法：比重 = 地区组所辖省份之和 ÷ 31个省份合计 × 100（各省之和不等于全国数）；互斥分组的显示值按最大余数法舍入，合计为100.00。", "Method: share = sum of the group's provinces ÷ sum of the 31 provinces × 100 (the provinces do not add up to the national total); shares of a partition are rounded by largest remainder to add to 100.00.")
      : ratio
        ? both("方法：地区组数值 = 所辖省份分子之和 ÷ 分母之和（如人均地区生产总值 = 地区生产总值之和 ÷ 年末常住人口之和），不是各省数值的平均。", "Method: a group's value = sum of the provinces' numerators ÷ sum of their denominators (e.g. GDP per capita = ΣGDP ÷ Σyear-end population), not the mean of provincial values.")
        : both("方法：地区组数值为所辖省份之和；任一省份缺失时该组该年缺失（不以部分省份之和代替）。", "Method: a group's value is the sum of its provinces; when any province is missing the group's value is missing (never a partial sum).");

export const groupMissing = (group: string, years: readonly number[], names: readonly string[]): Text =>
  both(`注：${group}${years.join("、")}年缺少${listOf(names, "zh")}的数据，该组数值缺失。`, `Note: ${group} lacks data of ${listOf(names, "en")} in ${years.join(", ")}; its value is missing.`);
export const publishedTotalNote = (group: string, years: readonly number[]): Text =>
  both(`注：${group}${years.join("、")}年为资料来源公布的地区合计数，不是所辖省份之和。`, `Note: ${group} in ${years.join(", ")} is the total published for the group by the source, not a sum of its provinces.`);
export const groupTotalsDenominator = (years: readonly number[]): Text =>
  both(`注：${years.join("、")}年分省数据不全，比重的分母为各地区公布合计数之和。`, `Note: provincial data are incomplete in ${years.join(", ")}; the share denominator is the sum of the groups' published totals.`);
export const sharesOverlap = both("注：各地区组互有重叠或未覆盖全部省份，比重之和不等于100。", "Note: the groups overlap or do not cover every province, so the shares do not add up to 100.");
/** The membership line of a grouping with dated members: which members every year counts (see analysis `Membership`). */
export const membershipFixed = (year: number, clauses: readonly Text[]): Text =>
  both(
    `成员范围：各年均按${year}年的成员范围计算（与报告相同，比重的变化来自增长而非成员变动），成员纳入之前的年份亦然${clauses.length ? `；起始年份：${clauses.map((c) => c.zh).join("，")}` : ""}。`,
    `Membership: every year uses the ${year} members, as the report does (shares move with growth, not with members joining), also the years before a member joined${clauses.length ? `; starting years: ${list(clauses.map((c) => c.en), "en")}` : ""}.`,
  );
/** One clause of `membershipFixed`: a group's first year and the members that joined later ("长三角2010年起（安徽2019年起纳入）"). */
export const membershipStart = (group: Named, start: number | undefined, joined: readonly { names: readonly string[]; namesEn: readonly string[]; from: number }[]): Text => {
  const name = strategyInText(group);
  const later = (lang: Lang) => joined.map((j) => (lang === "zh" ? `${listOf(j.names, "zh")}${j.from}年起纳入` : `${list(j.namesEn, "en")} from ${j.from}`)).join(lang === "zh" ? "，" : "; ");
  return both(
    `${name.zh}${start !== undefined ? `${start}年起` : ""}${joined.length ? `（${later("zh")}）` : ""}`,
    `${name.en}${start !== undefined ? ` from ${start}` : ""}${joined.length ? ` (${later("en")})` : ""}`,
  );
};
export const membershipYearly = both("成员范围：各年按当年的成员范围计算（成员变动之年曲线跳变；战略提出前无数值）。", "Membership: each year uses the members of its time (a member joining shows as a jump; no value before a strategy began).");

export const membershipChange = (group: string, names: readonly string[], from?: number, to?: number): Text =>
  from !== undefined && to !== undefined
    ? both(`注：${group}的${listOf(names, "zh")}计入${from}~${to}年。`, `Note: ${group} includes ${listOf(names, "en")} in ${from}–${to}.`)
    : from !== undefined
      ? both(`注：${group}自${from}年起计入${listOf(names, "zh")}，此前各年按当年范围计算。`, `Note: ${group} includes ${listOf(names, "en")} from ${from}; earlier years use the membership of their time.`)
      : both(`注：${group}的${listOf(names, "zh")}计入至${to}年。`, `Note: ${group} includes ${listOf(names, "en")} until ${to}.`);

// ——— province profile ———

export const gdpName = both("地区生产总值", "GDP");
export const realGrowthName = both("实际增速", "Real growth");
export const profileTitle = (name: string): Text => both(`${name}概况`, `Profile of ${name}`);
export const profileGdpTitle = (name: string, a: number, b: number): Text => both(`${yearRange(a, b, "zh")}${name}地区生产总值及实际增速`, `GDP and real growth of ${name}, ${yearRange(a, b, "en")}`);
export const profileStructureTitle = (name: string, a: number, b: number): Text => both(`${yearRange(a, b, "zh")}${name}三次产业结构`, `Structure of the three industries of ${name}, ${yearRange(a, b, "en")}`);
export const realGrowthNote = both("注：地区生产总值按当年价格计算；增速按不变价格计算。", "Note: GDP at current prices; growth at constant prices.");
export const sectorNames: readonly Text[] = [both("第一产业", "Primary"), both("第二产业", "Secondary"), both("第三产业", "Tertiary")];
export const structureNote = both("注：三次产业增加值占三者合计的比重（%），按最大余数法舍入，合计为100.0。", "Note: value added of each industry as % of the three together, rounded by largest remainder to add to 100.0.");
export const profileRankNote = both(
  "注：排名为31个省份中的位次，按显示的数值（地区生产总值保留一位小数、增速保留一位小数、人均值取整）计算，相同者并列。",
  "Note: ranks among the 31 provinces on the values as displayed (GDP and growth to one decimal, per-capita values to the yuan); equal values share a rank.",
);
export const colNationalRank = both("全国排名", "national rank");
export const colStructure = both("三次产业结构（%）", "Industry structure (%)");
export const colRegionShare = (region: string): Text => both(`占${region}比重（%）`, `Share of ${region} (%)`);
export const colRegionRank = (region: string): Text => both(`${region}内排名`, `Rank in ${region}`);
export const profileSummary = (p: { name: string; region: string; year: number; gdp: string; nationalRank: string; regionRank: string; regionSize: number; regionShare: string }): Text =>
  both(
    `${p.name}属于${p.region}地区。${p.year}年地区生产总值${p.gdp}，居全国${p.nationalRank}，在${p.region}${p.regionSize}个省份中居${p.regionRank}，占${p.region}地区生产总值的${p.regionShare}%。`,
    `${p.name} belongs to the ${p.region} region. In ${p.year} its GDP was ${p.gdp}, ${p.nationalRank} of the 31 provinces and ${p.regionRank} of the ${p.regionSize} provinces of the ${p.region}, ${p.regionShare}% of the region's GDP.`,
  );

// ——— disparity ———

export const disparityTitle = (name: Text): Text => both(`省际${name.zh}差距`, `Provincial disparity of ${name.en}`);
export const noCompleteYears = (name: Text): Text => both(`没有31个省份都有数据的年份，无法计算${name.zh}的差距指标。`, `No year has data for all 31 provinces, so the disparity of ${name.en} cannot be computed.`);
export const relativeTitle = (name: Text, years: readonly number[]): Text => both(`${span(years, "zh")}省际${name.zh}相对差距`, `Relative disparity of provincial ${name.en}, ${span(years, "en")}`);
export const weightedCv = both("加权变异系数", "Weighted CV");
export const weightedGini = both("加权基尼系数", "Weighted Gini");
export const weightedTheil = both("加权泰尔指数T", "Weighted Theil T");
export const weightsNote = both("注：以年末常住人口加权；只含31个省份都有数据的年份。", "Note: weighted by year-end resident population; only years with data for all 31 provinces.");
export const decompositionTitle = (grouping: string, years: readonly number[]): Text => both(`${span(years, "zh")}人口加权泰尔指数T按${grouping}分解`, `Population-weighted Theil T decomposed by ${grouping}, ${span(years, "en")}`);
export const betweenGroups = both("组间", "Between groups");
export const withinGroup = (group: string): Text => both(`组内：${group}`, `Within: ${group}`);
export const totalPart = both("总体", "Total");
export const decompositionNote = both("注：泰尔指数T = 组间差距 + 各组组内差距的贡献（组内泰尔指数 × 该组收入份额），各部分相加等于总体。", "Note: Theil T = between-group part + each group's within contribution (its Theil T × its income share); the parts add up to the total.");
export const colPart = both("组成部分", "Part");
export const colTheil = both("泰尔指数T", "Theil T");
export const colContribution = both("贡献率（%）", "Contribution (%)");
export const moranSentence = (year: number, I: string, z: string, p: string, permutations: number): Text =>
  both(
    `${year}年全局莫兰指数 I = ${I}（随机化假设下 z = ${z}，p = ${p}；另作 ${permutations} 次置换检验），空间权重为省份陆地相邻关系（行标准化）。`,
    `Global Moran's I in ${year} = ${I} (randomisation z = ${z}, p = ${p}; ${permutations}-permutation test as well), on land contiguity of provinces (row-standardised weights).`,
  );
export const lisaTitle = (year: number, name: Text): Text => both(`${year}年${name.zh}局部空间自相关（LISA）聚类`, `Local spatial autocorrelation (LISA) clusters of ${name.en}, ${year}`);
export const lisaLegend = both("LISA 聚类", "LISA cluster");
export const lisaLabel = (id: string): Text =>
  ({
    notSignificant: both("不显著", "not significant"),
    HH: both("高—高", "high–high"),
    LL: both("低—低", "low–low"),
    HL: both("高—低", "high–low"),
    LH: both("低—高", "low–high"),
    noNeighbour: both("无陆地相邻省份", "no land neighbour"),
  })[id] ?? both(id, id);
export const lisaNote = (permutations: number, level: number): Text => both(`注：局部莫兰指数按 ${permutations} 次条件置换检验，p < ${level} 者按象限着色，其余为“不显著”。`, `Note: local Moran's I tested with ${permutations} conditional permutations; units with p < ${level} are coloured by quadrant, the others are "not significant".`);
export const islandsNote = (names: readonly string[]): Text => both(`注：${listOf(names, "zh")}没有陆地相邻省份，不参与空间自相关计算。`, `Note: ${listOf(names, "en")} has no land neighbour and is left out of the spatial statistics.`);
export const disparityMethod = (name: Text): Text =>
  both(`方法：${name.zh}的省际差距以年末常住人口加权的变异系数、基尼系数和泰尔指数T衡量（与报告相同）。`, `Method: provincial disparity of ${name.en} measured by the population-weighted coefficient of variation, Gini and Theil T (as in the report).`);

// ——— data page ———

export const coverageLegend = (n: number): Text =>
  both(`数字 = 有数据的省份数（${n} 为齐全）；+ = 另有全国值；全 = 只有全国值；空白 = 没有数据。`, `Number = provinces with data (${n} = complete); + = a national value too; N = national value only; blank = no data.`);

// ——— downloads ———

export const scopeShown = both("页面上显示的数据（当前选择的指标、年份与地区）", "the data as shown on the page (the indicator, year and regions chosen)");
export const scopeFull = both("所涉指标的完整序列（全部年份、全部省份及全国值，每行带来源与数据版本）", "the full series of the indicators involved (every year, every province and the national value, with source and vintage on every row)");
export const licenceNote = both(
  "数据的权利归原发布机构（见 sources）；再使用请遵守其条款并注明来源。地区合计、比重、增速、排名等为 regecon 按 notes 所述方法计算。",
  "The data belong to their producers (see sources); reuse them under the producers' terms and cite them. Group totals, shares, growth rates and ranks are computed by regecon with the methods given in notes.",
);
export const citation = (title: string, version: string): Text =>
  both(`${title}。regecon ${version}，数据来源见 metadata.json；下载自 regecon serve。`, `${title}. regecon ${version}; data sources in metadata.json; downloaded from regecon serve.`);

export const readme = (r: { title: string; scope: "shown" | "full"; dataFile: string; columns: readonly string[]; notes: readonly string[]; licence: Text; citation: Text }): Text => ({
  zh: `# ${r.title}

由 regecon 区域经济数据看板导出：${(r.scope === "shown" ? scopeShown : scopeFull).zh}。

## 文件
- \`${r.dataFile}\`：数据（列：${r.columns.join("、")}）。数值未经舍入；缺失值为空，不是 0。
- \`metadata.json\`：指标（中英文名称、单位）、来源与数据版本、方法说明、许可与引用方式。
- \`README.md\`：本说明。

## 方法与来源
${r.notes.map((n) => `- ${n}`).join("\n")}

## 许可
${r.licence.zh}

## 引用
${r.citation.zh}
`,
  en: `# ${r.title}

Exported from the regecon regional economy dashboard: ${(r.scope === "shown" ? scopeShown : scopeFull).en}.

## Files
- \`${r.dataFile}\`: the data (columns: ${r.columns.join(", ")}). Values are not rounded; missing values are empty, never 0.
- \`metadata.json\`: indicators (names in Chinese and English, units), sources and vintages, method notes, licence and how to cite.
- \`README.md\`: this file.

## Method and sources
${r.notes.map((n) => `- ${n}`).join("\n")}

## Licence
${r.licence.en}

## How to cite
${r.citation.en}
`,
});

// ——— the page ———

/** Every word of the page's own markup and scripts, by key (the page template uses {{key}}). */
export const pageWords = {
  appTitle: both("中国区域经济数据看板", "China regional economy dashboard"),
  tabMap: both("地图", "Map"),
  tabGroups: both("分组比较", "Compare groups"),
  tabProfile: both("省份概况", "Province profile"),
  tabDisparity: both("区域差距", "Disparity"),
  tabData: both("数据", "Data"),
  otherLanguage: both("English", "中文"),
  indicator: both("指标", "Indicator"),
  year: both("年份", "Year"),
  play: both("播放", "Play"),
  pause: both("暂停", "Pause"),
  ranking: both("排名", "Ranking"),
  rank: both("排名", "Rank"),
  region: both("地区", "Region"),
  value: both("数值", "Value"),
  grouping: both("分组", "Grouping"),
  measure: both("口径", "Measure"),
  membership: both("成员范围", "Membership"),
  membershipFixed: both("各年按末年成员（报告口径）", "Last year's members in every year (as the report)"),
  membershipYearly: both("各年按当年成员", "Members of each year"),
  measureLevel: measureNames.level,
  measureShare: measureNames.share,
  measureRealGrowth: measureNames.realGrowth,
  province: both("省份", "Province"),
  moranYear: both("年份（分解与空间自相关）", "Year (decomposition and spatial autocorrelation)"),
  decompositionTable: both("泰尔指数分解", "Theil decomposition"),
  moranHeading: both("空间自相关", "Spatial autocorrelation"),
  coverageTitle: both("数据覆盖（指标 × 年份）", "Coverage (indicator × year)"),
  importsTitle: both("数据版本（导入记录）", "Vintages (imports)"),
  vintages: both("数据版本", "Vintages"),
  noImports: both("数据直接读自数据目录，没有导入记录。", "The data are read from a data folder; there is no import history."),
  colVintageId: both("编号", "id"),
  colKind: both("类型", "kind"),
  colFile: both("文件", "file"),
  colImportedAt: both("导入时间", "imported"),
  colRows: both("行数（当前/全部）", "rows (current/all)"),
  downloads: both("下载", "Download"),
  dataAsShown: both("显示的数据", "Data as shown"),
  fullSeries: both("完整序列", "Full series"),
  chartImage: both("图", "Chart"),
  otherYearMark: both("斜线 = 数值取自相邻年份", "hatched = value from a nearby year"),
  loading: both("加载中…", "Loading…"),
  errorPrefix: both("出错了：", "Error: "),
  // the notice of a link (URL hash) naming a tab, indicator, year, region… the dashboard does not have;
  // each item follows as "indicator=zzz → 地区生产总值" (what the link named → what is shown instead)
  linkUnknown: both("链接中有看板没有的内容，已改为显示：", "The link names something the dashboard does not have; shown instead: "),
  linkUnknownSeparator: listSeparator,
  dataLabel: both("数据：", "Data: "),
  footer: both(
    "数字与年度报告使用同一数据库和同一分析代码计算；方法与来源见每幅图下方。接口说明：docs/api.md。",
    "Every number is computed from the same store with the same analysis code as the annual report; methods and sources are under each chart. API: docs/api.md.",
  ),
  nationalMark: both("全", "N"),
} satisfies Record<string, Text>;
