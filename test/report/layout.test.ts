import { test } from "node:test";
import assert from "node:assert/strict";
import { columnWidths, COMPACT_PADDING_TW, HEADER_LINE_MIN_EM, LABEL_KEEP_WHOLE_EM, headerLineEm, lineWidthEm, type ColumnInput } from "../../src/report/layout/columns.js";
import { TEXT_AREA, tableKeep } from "../../src/report/layout/page.js";
import { textWidthEm, widestPieceEm } from "../../src/report/layout/measure.js";
import { joinKept, NO_BREAK, segments, WORD_JOINER } from "../../src/report/layout/noBreak.js";

// Table 4 and Table 18 of the English 2024 report (`regecon report --lang en`): nine columns, the widest
// tables of the report, with the widest numbers (thousands separators, ratios) and header words.
const STRATEGY_TABLE = {
  header: ["Strategy region", "Provinces", "GDP 2024 (billion yuan)", "Share of 31 provinces (%)", "Change since 2014 (pp)", "Real growth (%)", "GDP per capita (yuan)", "Structure 2019", "Structure 2024"],
  rows: [
    ["Beijing-Tianjin-Hebei", "3", "11,504.96", "8.60", "-0.49", "5.2", "105,309", "4.4:27.9:67.7", "4.3:26.8:68.9"],
    ["Yangtze River Delta", "4", "33,111.01", "24.75", "+1.13", "5.5", "139,128", "3.9:39.7:56.4", "3.5:37.7:58.9"],
    ["Yangtze River Economic Belt", "11", "62,872.07", "47.00", "+2.33", "5.3", "103,505", "6.6:38.8:54.6", "6.3:36.6:57.1"],
    ["Yellow River Basin", "9", "33,613.57", "25.13", "-0.47", "5.2", "80,423", "8.4:39.7:51.9", "8.1:39.1:52.9"],
  ],
  align: ["left", ...Array(8).fill("right")] as ("left" | "right")[],
};
const INCOME_TABLE = {
  header: ["Region", "Disposable income per capita (yuan)", "Consumption per capita (yuan)", "Retail sales (billion yuan)", "Retail sales, nominal growth (%)", "Provinces with falling FAI / provinces", "Budget revenue (billion yuan)", "Budget expenditure (billion yuan)", "Self-financing ratio (%)"],
  rows: [
    ["East", "52,433", "34,776", "24,338.55", "2.7", "1/10", "6,568.92", "9,949.08", "66.0"],
    ["Northeast", "35,031", "24,473", "1,990.67", "3.3", "0/3", "555.07", "1,798.75", "30.9"],
  ],
  align: ["left", ...Array(8).fill("right")] as ("left" | "right")[],
};
const WORD_TABLE = { availableTw: 8306, emTw: 180, paddingTw: 200 };

/** Every column wide enough for its widest header word and body word or number, on one line. */
function assertNothingBreaks(input: ColumnInput) {
  const { widths, paddingTw, whole } = columnWidths(input);
  assert.ok(whole);
  assert.equal(widths.reduce((a, b) => a + b, 0), input.availableTw);
  input.header.forEach((h, j) => {
    const room = (widths[j]! - paddingTw) / input.emTw;
    assert.ok(widestPieceEm(h, "heading", false) <= room, `header word of "${h}": ${widestPieceEm(h, "heading", false)} em > ${room} em`);
    for (const r of input.rows) {
      const cell = r[j]!;
      const need = input.align?.[j] === "right" ? textWidthEm(cell) : widestPieceEm(cell);
      assert.ok(need <= room, `"${cell}" in column "${h}": ${need} em > ${room} em`);
    }
  });
}

test("Latin widths are the fonts' advance widths: Times New Roman digits 0.5 em, comma and point 0.25 em", () => {
  assert.equal(textWidthEm("11,504.96"), 4);
  assert.equal(textWidthEm("-0.0038"), 0.333 + 5 * 0.5 + 0.25);
  // Arial Bold: "Consumption" C .722 o .611 n .611 s .556 u .611 m .889 p .611 t .333 i .278 o .611 n .611
  assert.ok(Math.abs(textWidthEm("Consumption", "heading") - 6.444) < 1e-9);
  assert.equal(textWidthEm("长江经济带"), 5);
});

test("a hyphenated name may break after its hyphens, a number never", () => {
  assert.equal(widestPieceEm("Beijing-Tianjin-Hebei"), textWidthEm("Beijing-")); // wider than "Tianjin-", "Hebei"
  assert.equal(widestPieceEm("GDP 11,504.96 billion"), textWidthEm("11,504.96"));
});

test("the widest English tables set every number and every word whole (narrower cell margins, then 8 pt, not broken numbers)", () => {
  assertNothingBreaks({ ...STRATEGY_TABLE, ...WORD_TABLE });
  assert.equal(columnWidths({ ...STRATEGY_TABLE, ...WORD_TABLE }).paddingTw, COMPACT_PADDING_TW);
  // Nine long header words ("Consumption", "expenditure", "Disposable") do not fit at 9 pt: docx.ts sets the table at 8 pt.
  assert.equal(columnWidths({ ...INCOME_TABLE, ...WORD_TABLE }).whole, false);
  assertNothingBreaks({ ...INCOME_TABLE, ...WORD_TABLE, emTw: 160 });
});

test("a table that fits with the usual cell margins keeps them", () => {
  const input = { header: ["Region", "GDP (billion yuan)"], rows: [["East", "70,085.80"]], align: ["left", "right"] as ("left" | "right")[], ...WORD_TABLE };
  assertNothingBreaks(input);
  assert.equal(columnWidths(input).paddingTw, 200);
});

test("the longest header word is the edge: one twip less and the header would break inside it", () => {
  const input = { header: ["Region", "Consumption"], rows: [["East", "1"]], align: ["left", "right"] as ("left" | "right")[], emTw: 180, paddingTw: 200 };
  const word = widestPieceEm("Consumption", "heading", false);
  // Available width exactly at the compact floor: Region's floor + Consumption's floor.
  const floor = (em: number) => Math.ceil((em + 0.15) * 180 + COMPACT_PADDING_TW);
  const availableTw = floor(textWidthEm("Region", "heading")) + floor(word);
  assertNothingBreaks({ ...input, availableTw });
  const tooNarrow = columnWidths({ ...input, availableTw: availableTw - 60 });
  assert.ok(tooNarrow.widths[1]! - tooNarrow.paddingTw < word * 180);
});

test("numbers, signs and ratios in English text are kept whole", () => {
  assert.deepEqual(segments("GDP was 11,504.96 billion"), [{ text: "GDP was ", keep: false }, { text: "11,504.96", keep: true }, { text: " billion", keep: false }]);
  assert.equal(joinKept("11,504.96"), "11,504.96"); // no joiner between digits: copies as the plain number
  assert.equal(joinKept("the coefficient is -0.0038"), `the coefficient is -${WORD_JOINER}0.0038`);
  assert.equal(joinKept("is −0.0038."), `is −${WORD_JOINER}0.0038.`);
  assert.equal(joinKept("structure 4.4:27.9:67.7"), `structure 4.4:${NO_BREAK}27.9:${NO_BREAK}67.7`);
});

// 表4, 表13 and 表18 of the Chinese 2024 report (`regecon report --data data/nbs`): row labels of eight and
// nine characters, short headers over narrow number columns.
const ZH_STRATEGY_TABLE = {
  header: ["战略区域", "省份数", "2024年地区生产总值（亿元）", "占31个省份合计（%）", "比2014年变化（个百分点）", "实际增速（%）", "人均地区生产总值（元/人）", "2019年三次产业结构", "2024年三次产业结构"],
  rows: [
    ["京津冀", "3", "115049.6", "8.60", "-0.49", "5.2", "105309", "4.4:27.9:67.7", "4.3:26.8:68.9"],
    ["长江经济带", "11", "628720.7", "47.00", "+2.33", "5.3", "103505", "6.6:38.8:54.6", "6.3:36.6:57.1"],
  ],
  align: ["left", ...Array(8).fill("right")] as ("left" | "right")[],
};
const ZH_GROWTH_TABLE = {
  header: ["指标", "地区", "2023年：板块均值或合计（%）", "2024年：板块均值或合计（%）", "2023年：省份增速简单平均（%）", "2024年：省份增速简单平均（%）"],
  rows: [
    ["居民人均可支配收入", "东部", "5.8", "4.9", "5.9", "4.9"],
    ["居民人均消费支出", "东部", "8.4", "5.1", "9.4", "5.1"],
    ["社会消费品零售总额", "东部", "7.1", "2.7", "7.9", "1.1"],
  ],
  align: ["left", "left", "right", "right", "right", "right"] as ("left" | "right")[],
};
const ZH_BACKTEST_TABLE = {
  header: ["情景", "回测次数", "省份增速平均绝对误差（个百分点）", "四大板块占比平均绝对误差（个百分点）", "南北占比平均绝对误差（个百分点）", "东西差距方向正确", "南北差距方向正确", "泰尔指数平均绝对误差", "变异系数平均绝对误差"],
  rows: [["惯性情景", "6", "3.06", "0.17", "0.16", "2/6", "4/6", "0.0017", "0.0057"]],
  align: ["left", ...Array(8).fill("right")] as ("left" | "right")[],
};

test("line widths of wrapping Chinese text: whole up to the minimum, never one character alone on the last line", () => {
  assert.equal(lineWidthEm(8, 8), 8); // the edge: eight characters stay whole
  assert.equal(lineWidthEm(3, 4), 3);
  assert.equal(lineWidthEm(9, 8), 9); // 8 + 1 would leave one character: whole
  assert.equal(lineWidthEm(10, 8), 8); // 8 + 2
  assert.equal(lineWidthEm(5, 4), 5); // 4 + 1 → whole
  assert.equal(lineWidthEm(9, 4), 5); // 4 + 4 + 1 → 5 + 4
  assert.equal(lineWidthEm(10, 4), 4); // 4 + 4 + 2
  assert.equal(headerLineEm("省份数"), 3);
  assert.equal(headerLineEm("回测次数"), HEADER_LINE_MIN_EM);
  assert.equal(headerLineEm("实际增速（%）"), 4); // the bracketed unit is kept whole on its own
  assert.equal(headerLineEm("泰尔指数平均绝对误差"), 4);
  assert.equal(headerLineEm("Real growth (%)"), 0); // Latin words are whole anyway
});

test("a Chinese row label of up to eight characters is never wrapped; a nine-character one not into 8 + 1", () => {
  for (const emTw of [180, 160]) {
    const input = { ...ZH_GROWTH_TABLE, ...WORD_TABLE, emTw };
    const { widths, paddingTw } = columnWidths(input);
    const room = (widths[0]! - paddingTw) / emTw;
    assert.equal(textWidthEm("居民人均消费支出"), LABEL_KEEP_WHOLE_EM);
    assert.ok(room >= textWidthEm("居民人均消费支出"), `${room} em`);
    assert.ok(room >= textWidthEm("居民人均可支配收入"), `${room} em: nine characters in 8 + 1`);
  }
  // Latin labels are not widened: they wrap between words.
  const en = columnWidths({ header: ["Indicator", "x"], rows: [["Per-capita consumption expenditure", "1"]], align: ["left", "right"], ...WORD_TABLE });
  assert.equal(en.whole, true);
});

test("Chinese headers over narrow columns wrap in lines of at least four characters, never one per line", () => {
  for (const table of [ZH_STRATEGY_TABLE, ZH_BACKTEST_TABLE]) {
    const { widths, paddingTw } = columnWidths({ ...table, ...WORD_TABLE });
    table.header.forEach((h, j) => {
      const room = (widths[j]! - paddingTw) / WORD_TABLE.emTw;
      assert.ok(room >= headerLineEm(h), `"${h}": ${room} em < ${headerLineEm(h)} em`);
      assert.ok(room >= 3, `"${h}": ${room} em`);
    });
  }
  // 省份数 and 回测次数 on one line
  const strategy = columnWidths({ ...ZH_STRATEGY_TABLE, ...WORD_TABLE });
  assert.ok((strategy.widths[1]! - strategy.paddingTw) / 180 >= textWidthEm("省份数", "heading"));
  const backtest = columnWidths({ ...ZH_BACKTEST_TABLE, ...WORD_TABLE });
  assert.ok((backtest.widths[1]! - backtest.paddingTw) / 180 >= textWidthEm("回测次数", "heading"));
});

test("table keeping: whole when all fits, the rows on one page when only the notes do not, else split", () => {
  const h = TEXT_AREA.height;
  assert.equal(tableKeep(8000, h), "whole"); // the edge: exactly the text height
  assert.equal(tableKeep(8000, h + 1), "rows"); // English 表17: 19 rows fit, their long notes do not
  assert.equal(tableKeep(h, h + 5000), "rows");
  assert.equal(tableKeep(h + 1, h + 5000), "split"); // 31 provinces with their notes
});
