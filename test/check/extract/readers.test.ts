/** Document readers (Markdown, HTML) and sentence segmentation keep the text a claim's offsets refer to. */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { htmlToText } from "../../../src/check/extract/html.js";
import { markdownToText } from "../../../src/check/extract/markdown.js";
import { formatOf, readDocument } from "../../../src/check/extract/read.js";
import { paragraphs } from "../../../src/check/extract/segments.js";
import { scanNumbers } from "../../../src/check/extract/numbers.js";
import { RegeconError } from "../../../src/types/errors.js";

test("Markdown: headings, emphasis, escapes, images and table separators go; table rows become tab-separated cells", () => {
  const md = "# 标题\n\n**图1 东部**\n\n![图](a.png)\n\n| 地区 | 2024年增速（%） |\n| --- | ---: |\n| 东部 | 5.0 |\n\n注：income\\_per\\_capita\\_urban";
  assert.equal(markdownToText(md), "标题\n\n图1 东部\n\n\n地区\t2024年增速（%）\n东部\t5.0\n\n注：income_per_capita_urban");
});

test("HTML: blocks are lines, table cells tab-separated (paragraphs inside a cell stay in it), SVG and scripts left out, entities decoded", () => {
  const html = "<h1>标题</h1><p>东部&nbsp;700858.1亿元 &amp; 更多</p><svg><text>999</text></svg><script>var x=1</script><table><tr><td></td><td><p>组间</p></td><td><p>0.0303</p></td></tr></table>";
  assert.equal(htmlToText(html), "标题\n东部 700858.1亿元 & 更多\n\t组间\t0.0303");
});

test("sentences keep exact offsets into the text (property)", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom("东部", "2024年", "5.0%", "。", "；", "，", "\n", " ", "（见图1）", "”"), { maxLength: 40 }), (parts) => {
      const text = parts.join("");
      return paragraphs(text).every((p) => text.slice(p.start, p.end) === p.text && p.sentences.every((s) => text.slice(s.start, s.end) === s.text));
    }),
  );
});

test("numbers: units with spaces, approximate words, labels and URLs are not quantities", () => {
  const text = "经济总量 134.9 万亿元，约30%左右，见图1，PM2.5，5000多亿元，<https://x.cn/s?id=123>，第 5 名，1~7月";
  const { numbers, ranks, years } = scanNumbers(text);
  assert.deepEqual(
    numbers.map((n) => [text.slice(n.start, n.end), n.value, n.unit, n.approx]),
    [
      ["134.9 万亿元", 134.9, "万亿元", "exact"],
      ["30%", 30, "%", "about"],
      ["5000多亿元", 5000, "亿元", "over"],
    ],
  );
  assert.deepEqual(ranks.map((r) => r.rank), [5]);
  assert.deepEqual(years, []);
});

test("file types: txt, md, html, docx are read; others are refused with DOCUMENT_UNREADABLE", async () => {
  assert.equal(formatOf("a.DOCX"), "docx");
  assert.equal(formatOf("a.markdown"), "md");
  await assert.rejects(readDocument("report.pdf"), (e: unknown) => e instanceof RegeconError && e.code === "DOCUMENT_UNREADABLE");
  await assert.rejects(readDocument("missing.txt"), (e: unknown) => e instanceof RegeconError && e.code === "FILE_UNREADABLE");
});
