import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "../../src/report/markdown.js";
import { sampleDocument } from "./sampleDocument.js";

test("Markdown: headings, pipe table with right-aligned numbers, figures as SVG files", () => {
  const doc = sampleDocument();
  const { markdown, files } = renderMarkdown(doc);
  assert.match(markdown, /^# 2024~2025年中国区域经济发展形势与展望\n/);
  assert.match(markdown, /\n## 一、区域经济运行总体态势\n/);
  assert.match(markdown, /\n#### 1\. 全国经济增长\n/);
  assert.match(markdown, /\*\*表1 2023~2024年四大板块地区生产总值\*\*/);
  assert.match(markdown, /\| 地区 \| 2023年（亿元） \| 2024年（亿元） \| 比重（%） \|\n\| --- \| ---: \| ---: \| ---: \|/);
  assert.match(markdown, /!\[图1 2024年四大板块地区生产总值比重\]\(figures\/fig1\.svg\)/);
  assert.match(markdown, /!\[图2 [^\]]*\]\(figures\/fig2\.svg\)/);
  assert.match(markdown, /资料来源：国家统计局。  \n注：增速按不变价格计算。/);
  assert.deepEqual(files.map((f) => f.path), ["figures/fig1.svg", "figures/fig2.svg"]);
  const fig1 = doc.blocks.find((b) => b.kind === "figure")!;
  assert.equal(files[0]!.content, fig1.kind === "figure" ? fig1.svg : "");
  assert.deepEqual(renderMarkdown(doc, { figureDir: "img/" }).files.map((f) => f.path), ["img/fig1.svg", "img/fig2.svg"]);
});
