import type { Text } from "../types/text.js";

/**
 * Words about the user's growth-targets file (`regecon outlook --targets FILE`, template
 * data/templates/growth-targets.csv): its errors and hints.
 */

const TEMPLATE = "data/templates/growth-targets.csv";

export const targetsUnreadable = (file: string, reason: string): Text => ({
  zh: `无法读取增长目标文件 ${file}：${reason}`,
  en: `cannot read the growth-targets file ${file}: ${reason}`,
});

export const targetsUnreadableHint: Text = {
  zh: `检查 --targets 的路径；格式见模板 ${TEMPLATE}。`,
  en: `Check the path given to --targets; the format is in the template ${TEMPLATE}.`,
};

export const targetsNotCsv = (file: string, reason: string): Text => ({
  zh: `增长目标文件 ${file} 不是有效的 CSV：${reason}`,
  en: `the growth-targets file ${file} is not valid CSV: ${reason}`,
});

export const targetsNotCsvHint: Text = {
  zh: "检查引号是否成对、每行列数是否与表头一致；以 # 开头的行是说明，会被忽略。",
  en: "Check that quotes are paired and every row has as many cells as the header; lines starting with # are instructions and are ignored.",
};

export const targetsMissingColumns = (file: string, missing: readonly string[], found: readonly string[]): Text => ({
  zh: `增长目标文件 ${file} 缺少列 ${missing.join(", ")}（表头为 ${found.join(", ") || "空"}）`,
  en: `the growth-targets file ${file} lacks the column(s) ${missing.join(", ")} (header: ${found.join(", ") || "empty"})`,
});

export const targetsColumnsHint = (required: readonly string[]): Text => ({
  zh: `表头应为 ${required.join(",")}（可另加 note 列），参照模板 ${TEMPLATE}。`,
  en: `The header must be ${required.join(",")} (a note column may follow); see the template ${TEMPLATE}.`,
});

export const targetsUnknownRegions = (file: string, items: readonly { line: number; name: string }[]): Text => ({
  zh: `增长目标文件 ${file} 中无法识别的地区：${items.map((i) => `第${i.line}行“${i.name}”`).join("、")}`,
  en: `unknown regions in the growth-targets file ${file}: ${items.map((i) => `line ${i.line} "${i.name}"`).join(", ")}`,
});

export const targetsUnknownRegionsHint: Text = {
  zh: "region 列可写省份全称、简称、单字简称、英文或六位代码，全国写“全国”；名称表见 data/regions/provinces.csv。",
  en: "The region column takes a province's full or short name, one-character abbreviation, English name or six-digit code, and “全国” (or National) for the national target; see data/regions/provinces.csv.",
};

export const targetsBadYear = (file: string, line: number, value: string): Text => ({
  zh: `增长目标文件 ${file} 第${line}行：year 应为四位年份，收到“${value}”`,
  en: `growth-targets file ${file}, line ${line}: year must be a four-digit year, got "${value}"`,
});

export const targetsBadYearHint: Text = { zh: "例如 2025。", en: "e.g. 2025." };

export const targetsNotNumeric = (file: string, line: number, value: string): Text => ({
  zh: `增长目标文件 ${file} 第${line}行：target 应为数字（单位 %），收到“${value}”`,
  en: `growth-targets file ${file}, line ${line}: target must be a number (in %), got "${value}"`,
});

export const targetsNotNumericHint: Text = {
  zh: "“5%左右”写 5，“5.5%以上”写 5.5，区间目标写中值；原文措辞可写入 note 列。",
  en: "Write 5 for “5%左右” (about 5%), 5.5 for “5.5%以上” (above 5.5%) and the midpoint of a range; the original wording can go in the note column.",
};

export const targetsImplausible = (file: string, line: number, value: number, min: number, max: number): Text => ({
  zh: `增长目标文件 ${file} 第${line}行：增长目标 ${value}% 不在合理范围 ${min}%~${max}% 内`,
  en: `growth-targets file ${file}, line ${line}: the growth target ${value}% is outside the plausible range ${min}% to ${max}%`,
});

export const targetsImplausibleHint: Text = {
  zh: "target 是地区生产总值实际增长目标，单位为 %（5% 写 5，不写 0.05 或 105）。",
  en: "target is the real GDP growth target in % (write 5 for 5%, not 0.05 or 105).",
};

export const targetsMissingSource = (file: string, line: number): Text => ({
  zh: `增长目标文件 ${file} 第${line}行：source 为空`,
  en: `growth-targets file ${file}, line ${line}: the source cell is empty`,
});

export const targetsMissingSourceHint: Text = {
  zh: "每个目标都要注明出处，例如“2025年北京市政府工作报告”，报告的资料来源行会引用它。",
  en: "Every target needs its source, e.g. “2025年北京市政府工作报告” (the 2025 government work report of Beijing); the report's source line cites it.",
};

/** The national row of a targets file, as named in messages. */
export const nationalRegion: Text = { zh: "全国", en: "China (national)" };

export const targetsDuplicate = (file: string, region: Text, year: number, lines: readonly number[]): Text => ({
  zh: `增长目标文件 ${file}：${region.zh} ${year}年的目标出现多次（第${lines.join("、")}行）`,
  en: `growth-targets file ${file}: ${region.en} has more than one target for ${year} (lines ${lines.join(", ")})`,
});

export const targetsDuplicateHint: Text = {
  zh: "每个地区每年只保留一个目标。",
  en: "Keep one target per region and year.",
};

export const targetsNotScalable = (year: number, mean: string): Text => ({
  zh: `${year}年各省增长目标的加权平均为 ${mean}%，不为正，无法按全国路径等比例缩放`,
  en: `the weighted mean of the provincial growth targets for ${year} is ${mean}%, not positive, so they cannot be scaled to the national path`,
});

export const targetsNotScalableHint: Text = {
  zh: "检查增长目标文件中的数值与单位（%）。",
  en: "Check the values and the unit (%) in the growth-targets file.",
};
