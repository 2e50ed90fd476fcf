import type { ReportDocument } from "../../src/types/document.js";
import { renderPie } from "../../src/charts/pie.js";
import { renderBarLine } from "../../src/charts/barLine.js";

/** A small Chinese report: one table and two figures (pie of 四大板块 GDP shares, bars + growth line). */
export function sampleDocument(): ReportDocument {
  const pie = renderPie({
    slices: [
      { name: "东部", value: 702356 },
      { name: "中部", value: 287156 },
      { name: "西部", value: 287350 },
      { name: "东北", value: 63451 },
    ],
  });
  const bars = renderBarLine({
    categories: ["2020", "2021", "2022", "2023", "2024"],
    bar: { name: "地区生产总值", unit: "亿元", values: [1013567, 1149237, 1204724, 1294272, 1349084] },
    line: { name: "实际增速", unit: "%", values: [2.2, 8.4, 3.1, 5.4, 5.0] },
  });
  return {
    title: "2024~2025年中国区域经济发展形势与展望",
    subtitle: "测试文档",
    lang: "zh",
    warnings: [],
    blocks: [
      { kind: "heading", level: 1, text: "一、区域经济运行总体态势" },
      { kind: "heading", level: 2, text: "（一）四大板块经济总量" },
      { kind: "paragraph", text: "2024年，东部地区生产总值占全国的比重超过一半，中部和西部地区比重相近，东北地区比重最低。" },
      {
        kind: "table",
        label: "表1",
        caption: "2023~2024年四大板块地区生产总值",
        header: ["地区", "2023年（亿元）", "2024年（亿元）", "比重（%）"],
        rows: [
          ["东部", "652084", "702356", "52.40"],
          ["中部", "269898", "287156", "21.42"],
          ["西部", "269325", "287350", "21.44"],
          ["东北", "59624", "63451", "4.73"],
        ],
        align: ["left", "right", "right", "right"],
        source: "资料来源：国家统计局。",
        notes: ["注：2024年为初步核算数。"],
      },
      { kind: "figure", label: "图1", caption: "2024年四大板块地区生产总值比重", ...pie, source: "资料来源：国家统计局。", notes: [] },
      { kind: "heading", level: 3, text: "1. 全国经济增长" },
      { kind: "figure", label: "图2", caption: "2020~2024年全国地区生产总值及实际增速", ...bars, source: "资料来源：国家统计局。", notes: ["注：增速按不变价格计算。"] },
      { kind: "note", text: "说明：本文档仅用于测试。" },
    ],
  };
}
