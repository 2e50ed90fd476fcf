/** Document readers (Markdown, HTML) and sentence segmentation keep the text a claim's offsets refer to. */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { htmlToText } from "../../../src/check/extract/html.js";
import { markdownToText } from "../../../src/check/extract/markdown.js";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { parseBulletinFile } from "../../../src/check/bulletin/parsed.js";
import { documentText, formatOf, readDocument } from "../../../src/check/extract/read.js";
import { loadRegistry } from "../../../src/data/registry.js";
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
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "regecon-dir-")), "x.txt");
  mkdirSync(dir);
  await assert.rejects(readDocument(dir), (e: unknown) => e instanceof RegeconError && e.code === "FILE_UNREADABLE" && /is a directory/.test(e.text.en));
});

test("text is decoded as the importer and bulletins decode it: UTF-8 (BOM or not), GBK, UTF-16 with a BOM or by its NUL bytes (F12)", async () => {
  const text = "2024年，北京常住人口2183万人。\n2024年，广东地区生产总值141488.9亿元。\n";
  const encodings: [string, Buffer][] = [
    ["utf-8", Buffer.from(text, "utf8")],
    ["utf-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ["GBK", iconv.encode(text, "gbk")],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")])],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")])],
    ["UTF-16LE without BOM", iconv.encode(text, "utf-16le")],
    ["UTF-16BE without BOM", iconv.encode(text, "utf-16be")],
  ];
  for (const [name, bytes] of encodings) assert.equal(await documentText(bytes, "txt", "report.txt"), text, name);
});

test("a binary file is refused with exit 2 and says it is not text, for check and for bulletins (F12)", async () => {
  // an ELF header and a zip header: NUL bytes on both bytes of the pairs, so not UTF-16
  const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3e, 0x00, 0x01, 0x00, 0x00, 0x00]);
  await assert.rejects(documentText(elf, "md", "notes.md"), (e: unknown) => e instanceof RegeconError && e.code === "UNSUPPORTED_ENCODING" && e.exitCode === 2 && /不是文本文件/.test(e.text.zh) && /not a text file/.test(e.text.en));
  // bytes that are neither UTF-8 nor GBK, without NUL
  const noise = Buffer.from([0x81, 0x20, 0x80, 0x41, 0xfe, 0x20, 0x81, 0x7f, 0xff]);
  await assert.rejects(documentText(noise, "txt", "noise.txt"), (e: unknown) => e instanceof RegeconError && e.code === "BAD_ENCODING" && e.exitCode === 2);
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-bulletin-"));
  const file = path.join(dir, "bin.txt");
  writeFileSync(file, elf);
  assert.throws(() => parseBulletinFile(file, loadRegistry()), (e: unknown) => e instanceof RegeconError && e.code === "UNSUPPORTED_ENCODING" && /not a text file/.test(e.text.en) && !/CSV/.test(e.text.en));
});
