import type { Text } from "../types/text.js";

/**
 * Words about the user's growth-targets file (`regecon outlook --targets FILE`, template
 * data/templates/growth-targets.csv): its errors and hints.
 */

const TEMPLATE = "data/templates/growth-targets.csv";

/** `reason`: fileProblem. */
export const targetsUnreadable = (file: string, reason: Text): Text => ({
  zh: `无法读取增长目标文件 ${file}：${reason.zh}`,
  en: `cannot read the growth-targets file ${file}: ${reason.en}`,
});

/** Why a file cannot be read, from the system's error code (ENOENT, EISDIR, EACCES …). */
export const fileProblem = (code: string | undefined): Text =>
  code === "ENOENT"
    ? { zh: "文件不存在", en: "the file does not exist" }
    : code === "EISDIR"
      ? { zh: "这是一个文件夹，不是文件", en: "it is a folder, not a file" }
      : code === "EACCES" || code === "EPERM"
        ? { zh: "没有读取权限", en: "permission denied" }
        : { zh: `系统错误 ${code ?? "未知"}`, en: `system error ${code ?? "unknown"}` };

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

/** The targets' GDP-weighted mean is more than `max` points from the national path (all numbers formatted). */
export const targetsShiftImplausible = (year: number, meanTarget: string, national: string, shift: string, max: number): Text => ({
  zh: `${year}年各省增长目标的加权平均为 ${meanTarget}%，全国路径为 ${national}%，需把每个目标平移 ${shift} 个百分点才能与全国路径一致，超过 ${max} 个百分点的上限：目标与全国路径对增长水平的设定明显不同，目标情景无法如实反映这些目标`,
  en: `the GDP-weighted mean of the provincial growth targets for ${year} is ${meanTarget}% against a national path of ${national}%: every target would have to be shifted by ${shift} points, more than the limit of ${max} points, so the targets and the national path describe different levels of growth and the targets scenario cannot represent them`,
});

/** A target shifted to the national path leaves the plausible range. */
export const shiftedTargetImplausible = (year: number, code: string, target: string, shifted: string, min: number, max: number): Text => ({
  zh: `${year}年地区 ${code} 的增长目标 ${target}% 平移到全国路径后为 ${shifted}%，超出合理范围 ${min}%~${max}%`,
  en: `the ${year} growth target of region ${code}, ${target}%, becomes ${shifted}% when shifted to the national path, outside the plausible range ${min}% to ${max}%`,
});

export const targetsInconsistentHint = (year: number): Text => ({
  zh: `检查增长目标文件中${year}年的数值与单位（%）；文件可给出当年的全国增长目标（region 写“全国”），目标情景即以它为全国路径。`,
  en: `Check the ${year} targets and their unit (%) in the growth-targets file; the file can give the national target of that year (region National), which the targets scenario then uses as its national path.`,
});
