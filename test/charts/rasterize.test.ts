import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { charactersOf, rasterFontFiles, rasterizeSvgs, resvgOptions, usesBold } from "../../src/charts/rasterize.js";
import { subsetFont } from "../../src/charts/fontSubset.js";

const snapshot = (name: string) => readFileSync(new URL(`../snapshots/${name}`, import.meta.url), "utf8");
/** The old way: every SVG rendered with the two full 8 MB fonts. */
const withFullFonts = (svg: string) => {
  const { regular, bold } = rasterFontFiles();
  return new Resvg(svg, resvgOptions([regular, bold])).render().asPng();
};

// A chart in Chinese with a bold title and a subscript-free label, to exercise the Bold subset too.
const BOLD_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="25" style="font-size:14px;font-weight:bold;font-family:Noto Sans SC">东部 52.40%</text><text x="10" y="50" style="font-size:12px;font-family:Noto Sans SC">&#x897F;部 &#20013;部</text></svg>`;

test("PNGs from the per-document font subset are byte-identical to PNGs rendered with the full fonts", async () => {
  const svgs = [snapshot("choropleth.svg"), snapshot("barLine.svg"), BOLD_SVG];
  const pngs = await rasterizeSvgs(svgs);
  assert.equal(pngs.length, svgs.length);
  svgs.forEach((svg, i) => assert.ok(pngs[i]!.equals(withFullFonts(svg)), `figure ${i} differs from the full-font rendering`));
  assert.deepEqual([...pngs[2]!.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  assert.deepEqual(await rasterizeSvgs([]), []);
});

test("the subset keeps the characters the SVGs show, numeric references included; bold only when asked for", async () => {
  const chars = charactersOf([BOLD_SVG]);
  for (const c of ["东", "西", "中", "%", "5", " ", "~"]) assert.ok(chars.includes(c), c);
  assert.equal(new Set(chars).size, chars.length);
  assert.equal(usesBold([BOLD_SVG]), true);
  assert.equal(usesBold([snapshot("barLine.svg"), '<text style="font-weight:normal">x</text>']), false);
  assert.equal(usesBold(['<text font-weight="700">x</text>']), true);
  const full = readFileSync(rasterFontFiles().regular);
  const small = await subsetFont(full, "东部");
  assert.ok(small.length < full.length / 50, `subset of 2 characters is ${small.length} bytes`);
  assert.equal(small.subarray(0, 4).toString("latin1"), "OTTO"); // still an OpenType (CFF) font
});

test("a malformed SVG rejects, whichever thread renders it, and leaves no temporary font files", async () => {
  const { readdirSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const before = readdirSync(tmpdir()).filter((f) => f.startsWith("regecon-fonts-")).length;
  const good = snapshot("barLine.svg");
  for (const svgs of [["<svg", good], [good, good + good, "<svg"]]) await assert.rejects(rasterizeSvgs(svgs));
  assert.equal(readdirSync(tmpdir()).filter((f) => f.startsWith("regecon-fonts-")).length, before);
});
