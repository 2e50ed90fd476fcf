/**
 * The words of Chinese statistical prose that the claim reader of `regecon check` recognises: units,
 * approximate words, indicator names, and the cue words of shares, growth, changes in points, ranks,
 * counts and milestones, as NBS communiqués and regional reports write them. They are the reader's
 * vocabulary, not text shown to users, but they are words of the language, so they live in the
 * catalogue (one home for words); src/check/extract builds its patterns from them.
 */
/** What a number measures, from its unit. */
export type UnitClass = "currency" | "people" | "percent" | "points" | "multiple" | "count" | "rank" | "plain" | "other";

/** A unit as printed after a number: its class, the factor to the class's base unit, and that base unit. */
export interface UnitWord {
  unit: string;
  unitClass: UnitClass;
  scale: number;
  baseUnit: string;
}

/**
 * Units, longest first where one is a prefix of another. Currency is based on 亿元 (levels) except
 * 元 and 元/人 (per-capita amounts, base 元); US dollars on 千美元 (the NBS trade tables' unit);
 * people on 万人; shares and rates on %.
 */
export const UNITS: readonly UnitWord[] = [
  { unit: "万亿元", unitClass: "currency", scale: 10000, baseUnit: "亿元" },
  { unit: "亿元", unitClass: "currency", scale: 1, baseUnit: "亿元" },
  { unit: "万元", unitClass: "currency", scale: 10000, baseUnit: "元" },
  { unit: "元/人", unitClass: "currency", scale: 1, baseUnit: "元" },
  { unit: "元", unitClass: "currency", scale: 1, baseUnit: "元" },
  { unit: "万亿美元", unitClass: "currency", scale: 1e9, baseUnit: "千美元" },
  { unit: "亿美元", unitClass: "currency", scale: 1e5, baseUnit: "千美元" },
  { unit: "万美元", unitClass: "currency", scale: 10, baseUnit: "千美元" },
  { unit: "千美元", unitClass: "currency", scale: 1, baseUnit: "千美元" },
  { unit: "美元", unitClass: "currency", scale: 0.001, baseUnit: "千美元" },
  { unit: "亿港元", unitClass: "currency", scale: 1, baseUnit: "亿港元" },
  { unit: "亿澳门元", unitClass: "currency", scale: 1, baseUnit: "亿澳门元" },
  { unit: "亿人", unitClass: "people", scale: 10000, baseUnit: "万人" },
  { unit: "万人", unitClass: "people", scale: 1, baseUnit: "万人" },
  { unit: "个百分点", unitClass: "points", scale: 1, baseUnit: "个百分点" },
  { unit: "百分点", unitClass: "points", scale: 1, baseUnit: "个百分点" },
  { unit: "%", unitClass: "percent", scale: 1, baseUnit: "%" },
  { unit: "％", unitClass: "percent", scale: 1, baseUnit: "%" },
  { unit: "倍", unitClass: "multiple", scale: 1, baseUnit: "倍" },
];

/** Units of things regecon holds no statistics about (counted, not checked): they end a number's unit. */
export const OTHER_UNITS: readonly string[] = [
  "亿千瓦时", "万千瓦时", "千瓦时", "万千瓦", "千瓦", "亿吨", "万吨", "吨", "万辆", "辆", "万台", "台", "万家", "家", "万户", "户",
  "万平方米", "平方米", "平方公里", "公里", "千米", "米", "万亩", "亩", "微克/米³", "微克/立方米", "亿立方米", "立方米", "万件", "件",
  "万套", "套", "万人次", "人次", "人", "项", "条", "座", "所", "天", "小时", "岁", "万个", "个", "次", "批", "类", "元/吨", "℃", "°C", "摄氏度", "万标箱", "标箱", "TEU",
];

/** Words after a count that make it a count of provinces (有7个省份, 6个省市, 3个省区). */
export const PROVINCE_NOUNS: readonly string[] = ["省（自治区、直辖市）", "省（区、市）", "省(区、市)", "省份", "省市", "省区", "地区", "省"];

/** Approximate words before a number, with what they mean for the interval. */
export const APPROX_BEFORE: readonly { word: string; approx: "about" | "nearly" | "over" | "under" }[] = [
  { word: "大约", approx: "about" },
  { word: "约为", approx: "about" },
  { word: "约", approx: "about" },
  { word: "接近", approx: "nearly" },
  { word: "将近", approx: "nearly" },
  { word: "逼近", approx: "nearly" },
  { word: "近", approx: "nearly" },
  { word: "超过", approx: "over" },
  { word: "超", approx: "over" },
  { word: "逾", approx: "over" },
  { word: "突破", approx: "over" },
  { word: "高于", approx: "over" },
  { word: "不足", approx: "under" },
  { word: "不到", approx: "under" },
  { word: "低于", approx: "under" },
];

/** Approximate words after a number (before or after its unit). */
export const APPROX_AFTER: readonly { word: string; approx: "about" | "over" | "under" }[] = [
  { word: "左右", approx: "about" },
  { word: "上下", approx: "about" },
  { word: "以上", approx: "over" },
  { word: "有余", approx: "over" },
  { word: "多", approx: "over" },
  { word: "余", approx: "over" },
  { word: "以下", approx: "under" },
  { word: "级别", approx: "over" },
  { word: "级", approx: "over" },
];

/** Chinese numeral characters and their values (零〇 0 … 九 9, 两 2). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Multipliers inside a Chinese numeral (十 10, 百 100, 千 1000); 万 and 亿 end a section. */
export const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const CHINESE_LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
/** Decimal point in Chinese numerals (五点二). */
export const CHINESE_POINT = "点";
/** "百分之" before a Chinese or Arabic number: a percentage. */
export const PERCENT_PREFIX = "百分之";
/** Words that are not numbers although made of numeral characters (十四五 is the plan's name). */
export const NOT_NUMERALS: readonly string[] = ["十四五", "十五五", "十三五", "一带一路", "一体化", "一是", "二是", "三是", "四是", "五是", "一批", "一方面", "之一", "一些", "一定", "一系列", "一半", "统一", "第一产业", "第二产业", "第三产业", "三次产业", "一般", "一季度", "二季度", "三季度", "四季度", "万亿级", "千亿级", "百亿级", "三中全会", "二十届", "二十大"];

/** Fractions written in words: 一半 (half), N成 (tenths). */
export const HALF = "一半";

/** How years are written: "2024年", "2024 年", "2023年末", and relative years. */
export const YEAR_SUFFIX = "年";
export const PREVIOUS_YEAR_WORDS: readonly string[] = ["上年", "去年", "上一年", "前一年"];
/** Words that mark the comparison year of a change: 比2023年, 较上年, 与2023年相比, 同比 (same period of the previous year). */
export const COMPARED_WITH: readonly string[] = ["比", "较", "与", "相比", "同比"];
export const YEAR_ON_YEAR = "同比";

/** Names of the nation as a subject. */
export const NATIONAL_WORDS: readonly string[] = ["全国", "我国", "中国", "国内"];
/** A national comparator: 全国平均水平, 全国水平, 全国平均. */
export const NATIONAL_AVERAGE_WORDS: readonly string[] = ["全国平均水平", "全国平均", "全国水平"];

/**
 * Group names as prose writes them, mapped to the registry's group names (data/regions/groupings.csv).
 * The registry names themselves (东部, 长三角 …) are recognised too, with 地区/板块 after them.
 */
export const GROUP_ALIASES: readonly { word: string; group: string }[] = [
  { word: "东部地区", group: "东部" },
  { word: "中部地区", group: "中部" },
  { word: "西部地区", group: "西部" },
  { word: "东北地区", group: "东北" },
  { word: "东北板块", group: "东北" },
  { word: "南方地区", group: "南方" },
  { word: "北方地区", group: "北方" },
  { word: "南部地区", group: "南方" },
  { word: "北部地区", group: "北方" },
  { word: "京津冀地区", group: "京津冀" },
  { word: "长三角地区", group: "长三角" },
  { word: "长江三角洲", group: "长三角" },
  { word: "大湾区", group: "粤港澳大湾区" },
];

/**
 * One-character abbreviations of provinces (粤, 苏, 桂 …) are read only at the start of a clause and right
 * before an indicator word ("桂经济增长4.2%"); these are left out even there, being common words first
 * (新经济, 黑色, 青年, 云经济 …).
 */
export const AMBIGUOUS_ABBREVIATIONS = "新黑青宁云贵吉甘藏晋蒙秦陇蜀京津";
/** What may stand right after a one-character abbreviation: an indicator word. */
export const AFTER_ABBREVIATION = ["经济", "地区生产总值", "生产总值", "GDP", "增速", "人均"];
/** What may stand right before it: the start of the text or of a clause. */
export const BEFORE_ABBREVIATION = "，。；、：,;: \t";
/** What may stand before a list of unknown place names ("火星和金星的经济总量"): a clause start. */
export const BEFORE_NAME_LIST = "，。；：,;: \t";
/** The possessive between a name and its quantity (金星的经济总量). */
export const POSSESSIVE = "的";
/** Words after a place name that make it a city or county the registry does not hold (金昌市). */
export const SUBNATIONAL_SUFFIXES: readonly string[] = ["市", "县", "州", "盟"];
/** Words ending in 市/区 that are not place names (城市, 地区, 市场 …). */
export const NOT_PLACE_NAMES: readonly string[] = ["城市", "地区", "市场", "超市", "都市", "社区", "园区", "城区", "市区", "辖区", "新区", "湾区", "示范区", "试验区", "自贸区", "山区", "林区", "牧区", "库区", "景区", "片区", "开发区", "经济区", "功能区", "直辖市", "矿区", "流域", "省区", "县区", "自治区", "特区", "实验区", "先行区", "引领区", "集聚区", "核心区", "主城区", "老城区", "郊区", "街区", "厂区", "校区", "保税区", "综试区", "高新区", "经开区", "民族地区", "边疆地区", "城乡", "城镇", "农村", "乡村", "各市", "全市", "本市", "县域", "三州", "亚洲", "欧洲", "美洲", "非洲", "澳洲", "全州"];

/**
 * Indicator names as prose writes them, longest first within a family. `indicator` is a catalogue id
 * (data/indicators.csv) or a derived quantity of the checker (urbanisation_rate,
 * urban_rural_income_ratio, self_financing_ratio, structure, and disparity indices `index:…`).
 */
export const INDICATOR_WORDS: readonly { word: string; indicator: string }[] = [
  { word: "人均地区生产总值", indicator: "gdp_per_capita" },
  { word: "人均国内生产总值", indicator: "gdp_per_capita" },
  { word: "人均生产总值", indicator: "gdp_per_capita" },
  { word: "人均GDP", indicator: "gdp_per_capita" },
  { word: "地区生产总值", indicator: "gdp_current" },
  { word: "本地生产总值", indicator: "gdp_current" },
  { word: "国内生产总值", indicator: "gdp_current" },
  { word: "生产总值", indicator: "gdp_current" },
  { word: "地区生产总量", indicator: "gdp_current" },
  { word: "生产总量", indicator: "gdp_current" },
  { word: "GDP", indicator: "gdp_current" },
  { word: "经济总量", indicator: "gdp_current" },
  { word: "经济规模", indicator: "gdp_current" },
  { word: "经济增速", indicator: "gdp_current" },
  { word: "经济增长", indicator: "gdp_current" },
  { word: "经济", indicator: "gdp_current" },
  { word: "三次产业结构", indicator: "structure" },
  { word: "产业结构", indicator: "structure" },
  { word: "第一产业增加值", indicator: "va_primary" },
  { word: "第二产业增加值", indicator: "va_secondary" },
  { word: "第三产业增加值", indicator: "va_tertiary" },
  { word: "工业增加值", indicator: "va_industry" },
  { word: "建筑业增加值", indicator: "va_construction" },
  { word: "金融业增加值", indicator: "va_finance" },
  { word: "常住人口城镇化率", indicator: "urbanisation_rate" },
  { word: "城镇化率", indicator: "urbanisation_rate" },
  { word: "年末常住人口", indicator: "population_year_end" },
  { word: "常住人口", indicator: "population_year_end" },
  { word: "人口", indicator: "population_year_end" },
  { word: "年末总人口", indicator: "population_year_end_total_national" },
  { word: "城镇人口", indicator: "population_urban" },
  { word: "乡村人口", indicator: "population_rural" },
  { word: "城乡居民收入比", indicator: "urban_rural_income_ratio" },
  { word: "城乡收入比", indicator: "urban_rural_income_ratio" },
  { word: "城镇居民人均可支配收入", indicator: "income_per_capita_urban" },
  { word: "农村居民人均可支配收入", indicator: "income_per_capita_rural" },
  { word: "居民人均可支配收入", indicator: "income_per_capita_all" },
  { word: "人均可支配收入", indicator: "income_per_capita_all" },
  { word: "城镇居民人均消费支出", indicator: "consumption_per_capita_urban" },
  { word: "农村居民人均消费支出", indicator: "consumption_per_capita_rural" },
  { word: "居民人均消费支出", indicator: "consumption_per_capita_all" },
  { word: "人均消费支出", indicator: "consumption_per_capita_all" },
  { word: "社会消费品零售总额", indicator: "retail_sales" },
  { word: "消费品零售总额", indicator: "retail_sales" },
  { word: "社零总额", indicator: "retail_sales" },
  { word: "零售总额", indicator: "retail_sales" },
  { word: "社会消费品零售", indicator: "retail_sales" },
  { word: "地方一般公共预算收入", indicator: "fiscal_revenue_general_budget" },
  { word: "一般公共预算收入", indicator: "fiscal_revenue_general_budget" },
  { word: "地方一般公共预算支出", indicator: "fiscal_expenditure_general_budget" },
  { word: "一般公共预算支出", indicator: "fiscal_expenditure_general_budget" },
  { word: "财政自给率", indicator: "self_financing_ratio" },
  { word: "固定资产投资", indicator: "fai_growth_excl_rural_jan_dec" },
  { word: "货物进出口总额", indicator: "trade_total" },
  { word: "进出口总额", indicator: "trade_total" },
  { word: "外贸进出口", indicator: "trade_total" },
  { word: "进出口", indicator: "trade_total" },
  { word: "出口总额", indicator: "exports_by_source" },
  { word: "出口", indicator: "exports_by_source" },
  { word: "进口总额", indicator: "imports_by_destination" },
  { word: "进口", indicator: "imports_by_destination" },
  { word: "研究与试验发展（R&D）经费投入强度", indicator: "rd_intensity" },
  { word: "研究与试验发展(R&D)经费投入强度", indicator: "rd_intensity" },
  { word: "研究与试验发展经费投入强度", indicator: "rd_intensity" },
  { word: "R&D经费投入强度", indicator: "rd_intensity" },
  { word: "R&D投入强度", indicator: "rd_intensity" },
  { word: "经费投入强度", indicator: "rd_intensity" },
  { word: "投入强度", indicator: "rd_intensity" },
  { word: "研究与试验发展（R&D）经费", indicator: "rd_expenditure" },
  { word: "研究与试验发展(R&D)经费", indicator: "rd_expenditure" },
  { word: "研究与试验发展经费", indicator: "rd_expenditure" },
  { word: "R&D经费", indicator: "rd_expenditure" },
  { word: "研发经费", indicator: "rd_expenditure" },
  { word: "人口加权变异系数", indicator: "index:cvWeighted" },
  { word: "加权变异系数", indicator: "index:cvWeighted" },
  { word: "变异系数", indicator: "index:cvWeighted" },
  { word: "人口加权泰尔指数", indicator: "index:theilT" },
  { word: "泰尔指数", indicator: "index:theilT" },
  { word: "标准差", indicator: "index:sd" },
  { word: "极差", indicator: "index:range" },
  { word: "全局莫兰指数", indicator: "index:moranI" },
  { word: "莫兰指数", indicator: "index:moranI" },
];

/**
 * Endings of a quantity noun the reader does not know (发电量, 成交额, 转化率, 产值 …): when such a noun
 * stands before a number and is not one of INDICATOR_WORDS, the number is about something regecon does not
 * hold, and the indicator context of the sentence is dropped instead of guessed.
 */
export const QUANTITY_NOUN_ENDINGS: readonly string[] = ["量", "额", "值", "率", "数", "营收", "收入", "支出", "规模", "浓度", "面积", "比例", "产值", "指数", "价", "金", "资金", "成本", "贡献率", "经费", "消费", "能耗", "排放", "装机", "投资", "公司", "企业", "产业"];

/** Shares: 占全国的52.40%, 占比为, 比重为, 所占份额. */
export const SHARE_WORDS: readonly string[] = ["占", "占比", "比重", "份额", "所占"];
/** Growth: 增长5.0%, 增速为5.0%, 同比增长, 增幅, 下降4.5% (negative growth). */
export const GROWTH_WORDS: readonly string[] = ["增长", "增速", "增幅", "增长率", "增速为", "名义增长", "实际增长"];
export const DECLINE_WORDS: readonly string[] = ["下降", "减少", "下滑", "降低", "负增长"];
/** Direction of a change in points: up (提高 …) or down (回落 …). */
export const UP_WORDS: readonly string[] = ["提高", "上升", "增加", "提升", "回升", "加快", "扩大", "上涨", "多", "增长", "高出"];
export const DOWN_WORDS: readonly string[] = ["下降", "回落", "降低", "减少", "放缓", "收窄", "缩小", "下滑", "少", "下跌", "低"];
/** Comparator words of a gap: 高于/低于全国平均水平0.6个百分点, 相差2.2个百分点. */
export const ABOVE_WORDS: readonly string[] = ["高于", "高出", "快于", "超过", "超出"];
export const BELOW_WORDS: readonly string[] = ["低于", "慢于", "落后于"];
export const DIFFERENCE_WORDS: readonly string[] = ["相差", "差距为", "差距", "差"];
export const UNCHANGED_WORDS: readonly string[] = ["持平"];

/** Ranks: 居全国第3位, 列第4, 排第5名, 位居, 并列第3, 首位, 第一, 前十. */
export const RANK_VERBS: readonly string[] = ["居", "列", "排", "位居", "位列", "位于", "排名", "排在", "名列"];
export const RANK_PREFIX = "第";
export const RANK_SUFFIXES: readonly string[] = ["位", "名"];
export const TIED_WORD = "并列";
export const FIRST_PLACE_WORDS: readonly string[] = ["首位", "榜首", "首"];
export const TOP_WORD = "前";
/** 最快/最高 (rank 1 within the subject's group or the nation), 最慢/最低 (last). */
export const HIGHEST_WORDS: readonly string[] = ["最快", "最高", "最大", "最多", "之首"];
export const LOWEST_WORDS: readonly string[] = ["最慢", "最低", "最小", "最少"];

/** Milestones: 首次突破9万亿元, 迈上130万亿元新台阶, 站上, 跨越. */
export const FIRST_TIME = "首次";
/** "全国首个超过14万亿元的省份": the first province ever to pass a threshold. */
export const FIRST_AMONG = "首个";
/** "区内最高与最低增速相差2.2个百分点": the spread between the highest and the lowest member. */
export const SPREAD = /最高与最低|最快与最慢|最大与最小|最高和最低|最快和最慢/;
export const MILESTONE_WORDS: readonly string[] = ["突破", "迈上", "跨越", "站上", "超过", "达到", "迈过"];
export const MILESTONE_AFTER = "新台阶";

/** From/to: 由39.0%变化至43.2%, 从75%提升到98.1%, 由2019年的A调整至B. */
export const FROM_WORDS: readonly string[] = ["由", "从"];
export const TO_WORDS: readonly string[] = ["变化至", "变化到", "调整至", "调整为", "调整到", "提高至", "提高到", "提升至", "提升到", "上升至", "上升到", "下降至", "下降到", "降至", "降到", "增至", "增加至", "增加到", "减至", "变为", "降低至", "降低到", "扩大至", "扩大到", "缩小至", "缩小到", "增长至", "增长到", "至", "到"];
/** Direction words of a from/to (略有下降，分别由…下降到…; 由…升至…): up or down. */
export const DIRECTION_UP_WORDS: readonly string[] = ["上升", "提高", "提升", "增长", "增加", "增至", "升至", "扩大", "回升", "上涨"];
export const DIRECTION_DOWN_WORDS: readonly string[] = ["下降", "降低", "减少", "降至", "回落", "缩小", "下滑", "下跌"];
/** Two regions compared: "A与B…之比" (ratio), "差额"/"之差" (difference), "前者是后者的N倍" (ratio). */
export const RELATIVE_WORDS: readonly { word: string; op: "ratio" | "difference" }[] = [
  { word: "之比", op: "ratio" },
  { word: "差额", op: "difference" },
  { word: "之差", op: "difference" },
];
export const PAIR_JOINERS: readonly string[] = ["与", "和", "同"];
export const FORMER_TO_LATTER = /前者是后者的$/;
/** Words of a change of a rate (回落1.4个百分点): before a % right after 比上年 they suggest 个百分点 was meant. */
export const POINTS_CHANGE_WORDS: readonly string[] = ["回落", "提高", "加快", "放缓", "回升"];
/** To-words of a from/to that state no direction: the values changed (变化至, 调整为). */
export const NEUTRAL_TO_WORDS: readonly string[] = ["变化至", "变化到", "变化为", "变为", "调整至", "调整为", "调整到"];
/** 内地: a city group's mainland cities (粤港澳大湾区内地9市), without the SARs. */
export const MAINLAND = "内地";
/** "分别" distributes a list of subjects over a list of numbers, in order. */
export const RESPECTIVELY = "分别";
/** Words that distribute like 分别: 分列 ("广东、江苏、山东和浙江分列全国第1至4位"). */
export const RESPECTIVELY_WORDS: readonly string[] = [RESPECTIVELY, "分列"];
/** A count of provinces relative to the national rate: 增速高于全国 / 低于全国. */
export const COUNT_HAS = "有";

/** Separators: sentence ends, clause separators, list separators, brackets. */
export const SENTENCE_ENDS = "。！？!?；;";
export const CLAUSE_SEPARATORS = "，,：:；;";
export const LIST_SEPARATORS = "、和及与";
export const OPEN_BRACKETS = "（(";
export const CLOSE_BRACKETS = "）)";

// ---- patterns of the grammar (src/check/extract), built from the words above or written out here ----

/** Extra rank verb of "稳居全国首位". */
export const RANK_VERBS_EXTRA: readonly string[] = ["稳居"];
/**
 * Indicator of growth rates, ranks and counts when the text names none: in regional-economy prose 增速
 * alone is economic (GDP) growth.
 */
export const DEFAULT_GROWTH_INDICATOR = "gdp_current";
/** Growth cues including falls (下降4.5% is a growth rate of −4.5); 减少 is a change of a level, not a rate. */
export const GROWTH_OR_FALL_WORDS: readonly string[] = [...GROWTH_WORDS, ...DECLINE_WORDS.filter((d) => d !== "减少")];
/** Comparisons with the previous year: 比上年, 较上年. */
export const COMPARED_WITH_PREVIOUS: readonly string[] = PREVIOUS_YEAR_WORDS.flatMap((x) => [`比${x}`, `较${x}`, `与${x}相比`, `同${x}相比`]);
/** Notes and source lines under a figure or table (注：…, 资料来源：…, footnote marks). */
export const NOTE_LINE = /^\s*(注[：:]|资料来源|数据来源|来源[：:]|Notes?[：:]|Sources?[：:]|[（(]?注[）)]|\^?[①②③④⑤⑥⑦⑧⑨⑩])/;
/** "31个省份中", "12个省份里": a count introducing members, not the 31-province sum. */
export const MEMBERS_AFTER = /^(中|里)/;
/** A year that is the comparison base: 比2023年, 与2023年相比. */
export const BASE_YEAR_BEFORE = /(比|较|与|同|相对于)(修订后的|修订前的|调整后的)?$/;
export const BASE_YEAR_AFTER = /^(相比|比较)/;
/** A year that starts a from/to: 由2019年的, 从2012年的. */
export const FROM_YEAR_BEFORE = /(由|从)$/;
/** The start of a streak, not a claim year: 自2006年以来, 2006年以来. */
export const SINCE_YEAR_AFTER = /^\s*(以来|来)/;
/** A region used as comparator: 全国平均水平, 31个省份加权平均水平, 与全国持平. */
export const COMPARATOR_AFTER = /^(的)?(平均|加权平均|水平)/;
export const COMPARED_BEFORE = /(高于|低于|超过|快于|慢于|与|和|同)$/;
export const COMPARED_AFTER = /^(的)?(平均|水平|持平|相当)/;
/** A region right after these is compared with, not described: 略高于中部地区, 仅次于东部地区. */
export const COMPARATOR_BEFORE = /(高于|低于|次于|快于|慢于|不及|超过|领先于|落后于)$/;
/** The denominator of a share: 占全国的, 占京津冀地区生产总值的. */
export const DENOMINATOR_BEFORE = /占$|占了$|占到$/;
/** 全国 as the scope of a rank or count, not its subject: 居全国第3位, 全国首个, 全国经济总量前十. */
export const SCOPE_AFTER = /^(第|前|首|排名|排|居(?!民)|各|的首|范围|层面|平均|水平|经济总量前|增速前)/;
export const SCOPE_BEFORE = /(居|列|排|位居|位列|领跑|在|并列)$/;
/** 第N before these is not a rank (第五次普查, 第一产业, 第三季度). */
export const NOT_RANK_AFTER = /^(次|届|季|批|条|章|节|部|阶段|轮|产业|个|类|名单|梯队|方阵)/;
/** Context that makes 前N (top N) and 第N ranks. */
export const TOP_CONTEXT_BEFORE = /(居|列|排|位居|位列|全国|进入|跻身)/;
export const TOP_CONTEXT_AFTER = /^(位|名|的)/;
export const RANK_CONTEXT_BEFORE = /(居|列|排|位居|位列|全国|并列|名列)/;
export const RANK_SUFFIX_CHAR = /^[位名]/;
/** 第五大省: an ordinal rank. */
export const ORDINAL_AFTER = /^大/;
/** Nothing but an opening bracket: a figure right after "2023年（" is that year's. */
export const BRACKET_OPENING = /^\s*[（(]\s*$/;
/** A bracketed aside: （…） or (…). */
export const ASIDE = /（[^（）]*）|\([^()]*\)/g;
/** What may stand between a comparator and its bracketed value: 平均水平（5.0%）. */
export const AVERAGE_LEVEL = /^(的)?(加权)?(平均)?(增速|增长率)?(水平)?$/;
/** What may stand between the regions of a list: 、和及与. */
export const LIST_GAP = /^[、和及与\s,，]*$/;
/** A from-word that starts a from/to construction: 由39.0%…, 由2019年的4.4:… */
export const FROM_START = /^\s*((19|20)\d{2}\s*年的?)?\s*[-\d.]/;
export const NUMBER_IN_CLAUSE = /^[^，。；]*?\d/;
/** The separator of a structure a:b:c. */
export const STRUCTURE_SEPARATOR = /^[:：]$/;
/** A slope, not a level: 每年下降0.0007. */
export const PER_YEAR_BEFORE = /每年\S{0,3}$/;
/** A fall right before a rate: 下降4.5%. */
export const FALL_BEFORE = /(下降|减少|下滑|负增长)\s*$/;
export const APPROX_TAIL = /[约近超逾]+$/;
/** 均在5万亿元以上 after a count: the figure is about the counted provinces. */
export const EACH_BEFORE = /均\S{0,3}$/;
/** "超过10万亿元的省份": a threshold of a count. */
export const THRESHOLD_OF_COUNT_AFTER = /^(级别|级|以上|以下)?的(省份|省市|省区|省（区、市）|省\(区、市\)|省有|省（)/;
/** A comparison with another year in the clause (比上年增加2969.7亿元). */
export const COMPARED_IN_CLAUSE = /(比|较|同比)/;
/** Table header of a count of member provinces. */
export const PROVINCE_COUNT_HEADER = /省份数$/;
/** Counts of provinces growing faster or slower than the nation. */
export const GROWTH_IN_CLAUSE = /(增速|增长)/;
export const ABOVE_NATIONAL = /(高于|超过|快于)(全国|31个省份)/;
export const BELOW_NATIONAL = /(低于|慢于)(全国|31个省份)/;
/** "居全国前五位的依次是广东、江苏…": the regions of a top N named after it. */
export const LISTED_AFTER_TOP = /^\s*[位名]?的?(省份|地区|省市)?(依次是|依次为|分别是|分别为|是|为|有)/;
/** Words between a list of regions and a figure that make the figure their sum, not each one's (合计超过…). */
export const SUM_OF_LIST = /合计|共计|总和|之和|加起来|合起来|总计/;
/** 并列 right before a rank. */
export const TIED_BEFORE = /并列(全国)?$/;
export const TIED_NEAR = /并列\S{0,3}$/;
/** What a rank ranks by: growth words or level words, whichever comes last. */
export const RANK_BY_GROWTH_WORDS: readonly string[] = ["增速", "增长", "增幅"];
export const RANK_BY_LEVEL_WORDS: readonly string[] = ["经济总量", "生产总值", "GDP", "总量", "规模"];
/** Suffixes of group names in prose: 东部地区, 东北板块. */
export const GROUP_SUFFIXES: readonly string[] = ["地区", "板块"];
/** Characters before a city name (的金昌市) and after a word that is no place (市场, 城镇). */
export const PLACE_PRECEDERS = "的在和与、，及如是省";
export const NOT_PLACE_AFTER = "场镇";
/** Characters after an unknown quantity noun: a verb, a comparison or a number follows (发电量达到…). */
export const QUANTITY_FOLLOWERS = "为达占约近超仅已由从均比是同提下上增减攀跃预分居位列排，,（( ";
/** Years: 2024年, 2024 年, 2014~2024年, 2014-2024年, 2014年至2024年. */
export const YEAR_SPAN = /((?:19|20)\d{2})\s*(?:年\s*)?[~～—–\-至到]\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年/g;
/** Units of time (counted, not checked). */
export const TIME_UNITS: readonly string[] = ["年", "个月", "月", "日", "周", "季度"];
/** Text right before a number that makes it a label (图1, 表2, 附表2, B.1, PM2.5, GE(1), p=0.067). */
export const LABEL_BEFORE = /(?:图|表|附表|见|B\.|[A-Za-z_.]|[A-Za-z][(（]|[=/#@&])\s*$/;
/** Links (their digits are not numbers of the text). */
export const URL = /<?https?:\/\/[^\s>）)]+>?/g;
/** 第 or 前 before a numeral (with spaces): a rank. */
export const RANK_LEAD = /(第|前)\s*$/;
export const RANK_SUFFIX_AFTER = /^\s*[位名]/;
/** "第1至4位": the end of a range of ranks after 第N. */
export const RANK_RANGE_AFTER = /^\s*[至到~～—–-]\s*第?\s*(\d+)\s*[位名]?/;
/** Month spans and dates (1~7月, 12月): not quantities. */
export const MONTH_AFTER = /^\s*[~～—–-]\s*\d+\s*月|^\s*[月日]/;
/**
 * A range of two figures ("5万亿~10万亿元", "5%~6%", "3万亿至5万亿元之间"): what may stand between them
 * (the first figure's own unit prefix, then a dash or tilde; 至/到 only when 之间 follows the second).
 */
export const RANGE_BETWEEN = /^(万亿|亿|万|千)?\s*[~～—–-]\s*$/;
export const RANGE_BETWEEN_WORDED = /^(万亿|亿|万|千)?\s*[至到]\s*$/;
export const RANGE_WORD = "之间";
export const RANGE_AFTER = new RegExp(`^\\s*${RANGE_WORD}`);
/** "9.37、12.90和8.33个百分点": figures of a list before the one that carries the unit share it. */
export const SHARED_UNIT_GAP = /^\s*[、和及与]\s*$/;
/** A sign right after a letter is an operator, not a signed number ("N+1万亿元" in a definition). */
export const OPERAND_BEFORE = /[A-Za-z]$/;
/** 5000多亿元: 多 or 余 between a number and its unit makes a band up to the next unit of its last digit. */
export const BAND_WORDS: readonly string[] = ["多", "余", "级", "级别"];
/** Approximate words that state a size band a list of regions falls in (在10万亿元以上, 为4万亿元级, 不足1万亿元). */
export const BAND_APPROX_WORDS: readonly string[] = ["以上", "以下", "级", "级别", "不足", "不到", "超过"];
/** The unit word of counts: 个. */
export const COUNT_UNIT = "个";
/** "有6个" counts only when the clause ends after 个. */
export const COUNT_END = /^[，,。；;、）)]|^$/;
/** 多 before these is part of another word (多元, 多人), not a band. */
export const NOT_BAND_FOLLOWERS = /[元人倍]/;
export const TRAILING_LARGE_UNITS = /[万亿]+$/;
/** 前 after these is not "top" (之前, 以前, 此前, 目前, 提前). */
export const NOT_TOP_BEFORE = /[之以此目提]/;
/** Closing quotes and brackets that stay with the sentence before them. */
export const SENTENCE_CLOSERS = "”’」』）)";
/** Tables: caption (表1, 附表2, Table 1), unit line (单位：%), numeric and year cells, unit in brackets. */
export const TABLE_CAPTION = /^\s*(附?表\s*\d+|Table\s+\d+)/;
export const TABLE_UNIT_LINE = /^\s*单位[:：]\s*(.+)$/;
export const NUMERIC_CELL = /^[-+−]?\d[\d,]*(\.\d+)?%?$|^\d+(\.\d+)?([:：]\d+(\.\d+)?){2}$/;
export const YEAR_CELL = /^(19|20)\d{2}\s*年?$/;
export const UNIT_IN_BRACKETS = /[（(]([^（）()]*)[）)]\s*$/;
export const LIST_SPLIT = /[，,、]/;
/** A table column of changes (变化, 比2014年变化, 增减): read with the column on its left. */
export const CHANGE_HEADER = /^(变化|比|较|增减)/;
export const CHANGE_WORDS = /变化|增减/;
/** A table column of ranks (位次, 排名): read with the column on its left, its cells as ranks (12, 并列17, 第1位). */
export const RANK_HEADER = /^(位次|排名|名次|排位)$/;
export const RANK_CELL = /^(并列)?第?\s*(\d+)\s*[位名]?$/;
export const TIED_WORD_CELL = "并列";
/** A table column of shares (占31个省份合计（%）, 占比, 比重). */
export const SHARE_HEADER = /^占|占比|比重/;
/** A table column giving each row's unit (单位): its cell is the unit of the row's figures. */
export const UNIT_HEADER = /^单位$/;
/** Joiners of the sentence made for a table cell: caption：row header value。 */
export const CAPTION_JOINER = "：";
export const CLAUSE_JOINER = "，";
export const SENTENCE_END = "。";
/** Bulletins: the title line (…统计公报), the producer line (来源：国家统计局), footnotes ([1]…, 注：…). */
/** The title line: a short line ending in 统计公报 (a footnote mark after it allowed), not a note mentioning one. */
export const BULLETIN_TITLE = /^[^注：:]{0,60}统计公报\s*(\[\d+\])?\s*$/;
export const BULLETIN_PRODUCER = /^\s*来源[：:]\s*(\S+)/;
export const BULLETIN_FOOTNOTE = /^\s*(\[\d+\]|注[：:])/;
/** A year inside a table header ("2024年R&D经费", "修订后2023年…"). */
export const YEAR_IN_HEADER = /((?:19|20)\d{2})\s*年/g;
/** Row headers of a table that stand for the whole (a disparity index of all provinces). */
export const TOTAL_ROW_WORDS: readonly string[] = ["总体", "合计", "总计", "全国", "全部"];
/** Periods shorter than a year (前三季度, 上半年, 1~7月): figures for them are not annual statistics. */
export const SUBANNUAL = /季度|上半年|下半年|[0-9一二三四五六七八九十]+\s*[~～—–-]\s*[0-9一二三四五六七八九十]+\s*月|[0-9]+月份?/;
/** Average annual growth over a span (年均增长, 年均增速): a compound rate, not one year's. */
export const ANNUAL_AVERAGE = /年均/;
/** "第五大省": an ordinal of size. */
export const ORDINAL_OF_SIZE = /^大/;
/** "1~12月": January to December, a whole year. */
export const WHOLE_YEAR_MONTHS = /^1\s*[~～—–-]\s*12\s*月/;
/** Characters that do not occur in the city and county names before 市/县 ("个省市", "推进以县", "多元化县"). */
export const NOT_PLACE_CHARS = "年个各以为化加推提明缓组支依补并所全本该每其省区三一二四五六七八九十这那进强升持善实施入好新大小";
/** Methods a text names for a group's value (the last one before a figure applies). */
export const METHOD_NAMES: readonly { pattern: RegExp; method: "populationWeighted" | "unweighted" | "sum" }[] = [
  { pattern: /人口加权/g, method: "populationWeighted" },
  { pattern: /简单平均|不加权/g, method: "unweighted" },
  { pattern: /板块合计|区域合计|按合计/g, method: "sum" },
];
/** Projections, scenarios and targets: figures about what may be, not statistics (推算2025年…, 情景假设, 预计下降). */
export const PROJECTION = /推算|预计|预测|情景|将达到|有望|预期|展望/;
