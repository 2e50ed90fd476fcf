import { test } from "node:test";
import assert from "node:assert/strict";
import { renderDocx } from "../../src/report/docx.js";
import { readZip } from "../helpers/zip.js";
import { sampleDocument } from "./sampleDocument.js";

test("DOCX: captions, sources, notes, East Asian fonts, one PNG per figure, A4", async () => {
  const doc = sampleDocument();
  const zip = readZip(await renderDocx(doc));
  const xml = zip.get("word/document.xml")!.toString("utf8");
  assert.ok(xml, "word/document.xml present");
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n").replace(/[\u200d\u2060]/g, "");
  for (const b of doc.blocks) {
    if (b.kind === "figure" || b.kind === "table") {
      assert.ok(text.includes(`${b.label} ${b.caption}`), `caption ${b.label}`);
      assert.ok(text.includes(b.source), `source of ${b.label}`);
      for (const n of b.notes) assert.ok(text.includes(n), `note of ${b.label}`);
    }
  }
  for (const cell of ["2023年（亿元）", "702356", "52.40"]) assert.ok(text.includes(cell), cell);
  // captions use Word's Caption style (lists of figures/tables and cross-references work)
  const captions = doc.blocks.filter((b) => b.kind === "figure" || b.kind === "table").length;
  assert.equal((xml.match(/<w:pStyle w:val="Caption"\/>/g) ?? []).length, captions);
  assert.match(zip.get("word/styles.xml")!.toString("utf8"), /w:styleId="Caption"/);
  // every run carries an East Asian font
  const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!).filter((r) => r.includes("<w:t"));
  assert.ok(runs.length > 10);
  for (const r of runs) assert.match(r, /w:eastAsia="(SimSun|SimHei)"/); // 宋体, 黑体
  // figures: caption above the image; one PNG per figure
  const figures = doc.blocks.filter((b) => b.kind === "figure").length;
  const media = [...zip.keys()].filter((k) => k.startsWith("word/media/") && !k.endsWith("/"));
  assert.equal(media.length, figures);
  assert.equal((xml.match(/<w:drawing>/g) ?? []).length, figures);
  for (const m of media) assert.deepEqual([...zip.get(m)!.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  assert.ok(xml.indexOf("图1 ") < xml.indexOf("<w:drawing>"));
  // headings use Word's heading styles; numbers right-aligned; A4 page
  assert.match(xml, /<w:pStyle w:val="Heading1"\/>/);
  assert.match(xml, /<w:pStyle w:val="Heading3"\/>/);
  assert.match(xml, /<w:jc w:val="right"\/>/);
  assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
});

test("DOCX: a table of twenty rows whose notes do not fit on its page keeps its rows together; only the notes row may break", async () => {
  const rows = Array.from({ length: 19 }, (_, i) => [`行${i + 1}`, String(i)]);
  const table = (notes: number) => ({
    kind: "table" as const,
    label: "表1",
    caption: "二十行的表",
    header: ["指标", "数值"],
    rows,
    align: ["left", "right"] as ("left" | "right")[],
    source: "资料来源：测试。",
    notes: Array.from({ length: notes }, () => `注：${"说明文字".repeat(60)}`),
  });
  const rowsOf = async (notes: number) => {
    const xml = readZip(await renderDocx({ title: "t", subtitle: "", lang: "zh", warnings: [], blocks: [table(notes)] })).get("word/document.xml")!.toString("utf8");
    return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
  };
  // Short notes: the whole block fits, every row unsplittable, every body row kept with the next.
  const whole = await rowsOf(1);
  assert.equal(whole.length, 21); // header, 19 rows, notes
  assert.ok(whole.every((r) => r.includes("<w:cantSplit/>")));
  // Notes of some 40 lines: the rows still kept with the next, the notes row free to continue on the next page.
  const long = await rowsOf(10);
  assert.ok(long.slice(1, 20).every((r) => r.includes("<w:keepNext/>")), "body rows kept together");
  assert.ok(!long.at(-1)!.includes("<w:cantSplit/>"), "notes row may break");
  assert.ok(long.slice(0, 20).every((r) => r.includes("<w:cantSplit/>")));
});
