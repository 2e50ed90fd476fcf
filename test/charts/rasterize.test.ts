import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { charactersOf, chartCharacters, rasterFontFiles, rasterizeSvgs, resvgOptions, startRasterizer, usesBold } from "../../src/charts/rasterize.js";
import { subsetFont } from "../../src/charts/fontSubset.js";

const snapshot = (name: string) => readFileSync(new URL(`../snapshots/${name}`, import.meta.url), "utf8");
/** The old way: every SVG rendered with the two full 8 MB fonts. */
const withFullFonts = (svg: string) => {
  const { regular, bold } = rasterFontFiles();
  return new Resvg(svg, resvgOptions([regular, bold])).render().asPng();
};

// A chart in Chinese with a bold title and a subscript-free label, to exercise the Bold subset too.
const BOLD_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="25" style="font-size:14px;font-weight:bold;font-family:Noto Sans SC">东部 52.40%</text><text x="10" y="50" style="font-size:12px;font-family:Noto Sans SC">&#x897F;部 &#20013;部</text></svg>`;

test("PNGs from the font subset are byte-identical to PNGs rendered with the full fonts", async () => {
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
  const { mkdtempSync, readdirSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  // a temporary folder of this test's own: other processes' rasterisers may be using the shared one
  const shared = process.env.TMPDIR;
  const own = mkdtempSync(path.join(tmpdir(), "regecon-raster-test-"));
  process.env.TMPDIR = own;
  try {
    const good = snapshot("barLine.svg");
    for (const svgs of [["<svg", good], [good, good + good, "<svg"]]) await assert.rejects(rasterizeSvgs(svgs));
    assert.deepEqual(readdirSync(own).filter((f) => f.startsWith("regecon-fonts-")), []);
  } finally {
    if (shared === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = shared;
    rmSync(own, { recursive: true, force: true });
  }
});

test("a rasteriser renders what it is given on worker threads while the caller goes on; same PNGs as the full fonts, in any order", async () => {
  const svgs = [snapshot("choropleth.svg"), snapshot("barLine.svg"), snapshot("choropleth.svg").replace("<svg ", '<svg data-copy="1" ')];
  const rasterizer = startRasterizer({ workers: 1, characters: charactersOf(svgs) });
  try {
    svgs.forEach(rasterizer.add);
    svgs.forEach(rasterizer.add); // added twice: rendered once
    const pngs = await Promise.all([...svgs].reverse().map(rasterizer.png));
    pngs.reverse().forEach((png, i) => assert.ok(png.equals(withFullFonts(svgs[i]!)), `figure ${i} differs from the full-font rendering`));
    assert.deepEqual(rasterizer.counts, { subset: 3, fullFonts: 0 });
    // Asked for without being added first: rendered on this thread.
    assert.ok((await rasterizer.png(BOLD_SVG)).equals(withFullFonts(BOLD_SVG)));
  } finally {
    await rasterizer.close();
  }
});

test("an SVG with characters outside the subset, or asking for bold, is rendered from the full fonts: same pixels", async () => {
  const latin = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="5" y="20" style="font-size:12px">East 52.40%</text></svg>';
  for (const workers of [0, 1]) {
    const rasterizer = startRasterizer({ workers, characters: charactersOf([latin]) });
    try {
      const [a, b] = await Promise.all([latin, BOLD_SVG].map(rasterizer.png));
      assert.ok(a!.equals(withFullFonts(latin)));
      assert.ok(b!.equals(withFullFonts(BOLD_SVG)));
      assert.deepEqual(rasterizer.counts, { subset: 1, fullFonts: 1 }, `with ${workers} worker(s)`);
    } finally {
      await rasterizer.close();
    }
  }
});

test("chartCharacters: ASCII, the catalogue's characters and the names given, each once, sorted", () => {
  const chars = chartCharacters('["龘州"]');
  for (const c of ["A", "~", "0", "东", "部", "增", "长", "（", "龘", "州"]) assert.ok(chars.includes(c), c);
  assert.equal(new Set(chars).size, chars.length);
  assert.equal([...chars].sort().join(""), chars);
  assert.ok(!chartCharacters().includes("龘"), "a name the catalogue does not write comes from the names given");
});

test("without a writable temporary folder the full fonts are used: same PNGs, no error", async () => {
  const shared = process.env.TMPDIR;
  process.env.TMPDIR = "/no-such-folder-regecon-test";
  try {
    const svgs = [snapshot("barLine.svg"), BOLD_SVG];
    for (const workers of [0, 1]) {
      const rasterizer = startRasterizer({ workers, characters: charactersOf(svgs) });
      try {
        const pngs = await Promise.all(svgs.map(rasterizer.png));
        pngs.forEach((png, i) => assert.ok(png.equals(withFullFonts(svgs[i]!)), `figure ${i} with ${workers} worker(s)`));
      } finally {
        await rasterizer.close();
      }
    }
  } finally {
    if (shared === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = shared;
  }
});

test("interrupted (SIGINT, SIGTERM) while rasterising, the process removes its temporary fonts and still ends by the signal", async () => {
  const { spawnSync } = await import("node:child_process");
  const { mkdtempSync, readdirSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const module = new URL("../../src/charts/rasterize.ts", import.meta.url).href;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const own = mkdtempSync(path.join(tmpdir(), "regecon-raster-signal-"));
    try {
      const code = `const { startRasterizer } = await import(${JSON.stringify(module)});
        const r = startRasterizer({ workers: 1 });
        r.add(${JSON.stringify(snapshot("barLine.svg"))});
        setTimeout(() => process.kill(process.pid, ${JSON.stringify(signal)}), 300);
        setTimeout(() => {}, 60000);`;
      const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { env: { ...process.env, TMPDIR: own }, encoding: "utf8", timeout: 60000 });
      assert.equal(child.signal, signal, child.stderr);
      assert.deepEqual(readdirSync(own).filter((f) => f.startsWith("regecon-fonts-")), []);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  }
});
