import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { runCli } from "../helpers/cli.js";
import { readZip } from "../helpers/zip.js";

const run = runCli;

const dir = mkdtempSync(path.join(tmpdir(), "regecon-cli-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test("regecon report writes the HTML report and reports what it wrote (--json)", async () => {
  const out = path.join(dir, "r.html");
  const r = await run(["report", "--year", "2024", "--out", out, "--json"]);
  assert.equal(r.code, 0, r.err);
  const summary = JSON.parse(r.out);
  assert.equal(summary.ok, true);
  // html and docx by default, side by side.
  assert.deepEqual(summary.outputs, [out, out.replace(/\.html$/, ".docx")]);
  assert.ok(summary.figures >= 4);
  assert.ok(summary.warnings.some((w: { code: string }) => w.code === "MAP_NO_APPROVAL_NUMBER"));
  assert.equal(readFileSync(out.replace(/\.html$/, ".docx")).subarray(0, 2).toString(), "PK");
  const html = readFileSync(out, "utf8");
  assert.match(html, /图1/);
  assert.match(html, /表1/);
});

test("--lang en writes English; --format md writes Markdown with its figures; 审图号 printed under maps", async () => {
  const md = path.join(dir, "r.md");
  const m = await run(["report", "--format", "md", "--out", md, "--map-approval", "GS(2024)0650号"]);
  assert.equal(m.code, 0, m.err);
  assert.match(readFileSync(md, "utf8"), /审图号：GS\(2024\)0650号/);
  assert.ok(existsSync(path.join(dir, "r_figures", "fig1.svg")));
  assert.doesNotMatch(m.err, /MAP_NO_APPROVAL_NUMBER/);
  const out = path.join(dir, "en.html");
  const r = await run(["report", "--lang", "en", "--format", "html", "--out", out]);
  assert.equal(r.code, 0, r.err);
  assert.match(readFileSync(out, "utf8"), /Figure 1/);
});

test("bad input: clear message, exit 2, no output file left", async () => {
  const cases: [string[], RegExp][] = [
    [["report", "--year", "1990"], /1990.*\n.*2006~2024年/],
    [["report", "--year", "20x4"], /四位年份/],
    [["report", "--data", path.join(dir, "nope")], /数据目录不存在/],
    [["report", "--bogus"], /bogus/],
    [["report", "--lang", "fr"], /zh 或 en/],
    [["report", "--format", "pdf"], /未知的输出格式：pdf/],
    [["report", "--boundaries", path.join(dir, "none.json")], /无法读取边界文件/],
    [["nosuchcommand"], /未知命令/],
  ];
  // Sequential: runs share the captured process.stdout/stderr.
  const results: { r: Awaited<ReturnType<typeof run>>; out: string }[] = [];
  for (const [i, [args]] of cases.entries()) {
    const out = path.join(dir, `bad${i}.html`);
    results.push({ r: await run([...args, ...(args[0] === "report" ? ["--out", out] : [])]), out });
  }
  results.forEach(({ r, out }, i) => {
    const [args, message] = cases[i]!;
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.err, message, args.join(" "));
    assert.equal(existsSync(out), false);
    assert.equal(existsSync(out.replace(/\.html$/, ".docx")), false);
  });
  assert.ok(!readdirSync(dir).some((f) => f.includes(".tmp-")));
});

test("an --out that cannot be written ends at once with WRITE_FAILED naming the path and why, exit 2 (under /proc it used to hang)", () => {
  // Node 20's recursive mkdir never returns under /proc: a child process with a timeout, so the hang fails the test.
  const ROOT = fileURLToPath(new URL("../../", import.meta.url));
  const started = Date.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/bin.ts"), "report", "--out", "/proc/x/y.html", "--lang", "en", "--json"], { encoding: "utf8", cwd: ROOT, timeout: 90_000 });
  assert.equal(r.signal, null, `killed after ${Date.now() - started} ms: the command hung`);
  assert.equal(r.status, 2, r.stderr);
  assert.equal(JSON.parse(r.stdout).error.code, "WRITE_FAILED");
  assert.match(r.stderr, /^Error: cannot write the output file \/proc\/x\/y\.html: its folder does not exist and cannot be made$/m);
  // refused before the report is built: no rendering progress line
  assert.doesNotMatch(r.stderr, /Rendering|html, docx/);
});

test("an --out under a file (not a folder) is refused before the report is built, nothing left", async () => {
  const file = path.join(dir, "plain-file");
  writeFileSync(file, "x");
  const r = await run(["report", "--out", path.join(file, "r.html"), "--lang", "en"]);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, new RegExp(`Error: cannot write the output file ${path.join(file, "r.html").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: part of the path is a file, not a folder\n`));
  assert.doesNotMatch(r.err, /\.tmp-\d/, "the temporary file's name is not the user's business");
  const zh = await run(["report", "--out", path.join(file, "r.html")]);
  assert.match(zh.err, /^错误：无法写入输出文件 .*r\.html：路径中有一段是文件，不是文件夹$/m);
  assert.doesNotMatch(r.err, /html, docx/);
  assert.equal(readFileSync(file, "utf8"), "x");
});

test("with --lang en, errors that have English wording print it; --json puts the error on stdout", async () => {
  const r = await run(["report", "--year", "1990", "--lang", "en", "--json"]);
  assert.equal(r.code, 2);
  assert.match(r.err, /^Error: The data have no GDP \(gdp_current\) for 1990\nHint: Years available: 2006–2024/m);
  const json = JSON.parse(r.out);
  assert.equal(json.ok, false);
  assert.equal(json.error.code, "YEAR_NOT_AVAILABLE");
  assert.match(json.error.message.en, /for 1990/);
});

test("--help prints usage in the chosen language", async () => {
  assert.match((await run(["report", "--help"])).out, /用法：regecon report/);
  assert.match((await run(["report", "--help", "--lang", "en"])).out, /Usage: regecon report/);
  // --lang before the command name reaches the command (help and progress lines in English)
  assert.match((await run(["--lang", "en", "report", "--help"])).out, /Usage: regecon report/);
  assert.match((await run(["--lang=en", "report", "--help"])).out, /Usage: regecon report/);
  assert.match((await run(["--help"])).out, /report/);
});

test("the \"Wrote …\" line lists every file and the figures folder that --format md creates", async () => {
  const base = path.join(dir, "wrote");
  for (const lang of ["zh", "en"] as const) {
    const r = await run(["report", "--format", "md,html", "--out", base, "--no-maps", "--lang", lang]);
    assert.equal(r.code, 0, r.err);
    const folder = `${base}_figures${path.sep}`;
    assert.ok(existsSync(folder));
    assert.ok(r.out.includes(`${base}.md`) && r.out.includes(`${base}.html`) && r.out.includes(folder), r.out);
  }
  const json = JSON.parse((await run(["report", "--format", "md", "--out", base, "--no-maps", "--json"])).out);
  assert.deepEqual(json.outputs, [`${base}.md`]);
  assert.equal(json.figureFolder, `${base}_figures`);
});

/**
 * Chinese characters an English report may contain: quoted data the user typed (the 审图号 given with
 * --map-approval) and the term 审图号 given with its English name, so a reader knows what to ask for.
 */
const QUOTED_IN_ENGLISH = ["GS(2024)0650号", "(审图号)"];
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g;
const chineseIn = (text: string) => {
  let rest = text;
  for (const q of QUOTED_IN_ENGLISH) rest = rest.split(q).join("");
  return [...new Set(rest.match(CJK) ?? [])];
};

test("--lang en: the report (Markdown, HTML, Word text) and the command's output contain no Chinese outside quoted data", async () => {
  const base = path.join(dir, "english");
  const withApproval = await run(["report", "--lang", "en", "--format", "md,html,docx", "--out", base, "--map-approval", "GS(2024)0650号"]);
  assert.equal(withApproval.code, 0, withApproval.err);
  const md = readFileSync(`${base}.md`, "utf8");
  assert.match(md, /Map approval number \(审图号\): GS\(2024\)0650号/);
  const docText = [...readZip(readFileSync(`${base}.docx`)).get("word/document.xml")!.toString("utf8").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n").replace(/[\u200d\u2060]/g, ""); // the no-break joiners of layout/noBreak.ts
  const figures = readdirSync(`${base}_figures`).map((f) => readFileSync(path.join(`${base}_figures`, f), "utf8")).join("\n");
  for (const [what, text] of [["md", md], ["html", readFileSync(`${base}.html`, "utf8")], ["docx", docText], ["figures", figures], ["stdout", withApproval.out], ["stderr", withApproval.err]] as const) {
    assert.deepEqual(chineseIn(text), [], `${what} has Chinese outside quoted data`);
  }
  // Without a 审图号 every report warns about the maps: in English too.
  const noApproval = await run(["report", "--lang", "en", "--format", "md", "--out", base]);
  assert.equal(noApproval.code, 0, noApproval.err);
  assert.match(noApproval.err, /Warning \[MAP_NO_APPROVAL_NUMBER\]: No map approval number/);
  assert.deepEqual(chineseIn(noApproval.err + noApproval.out), []);
  assert.deepEqual(chineseIn(readFileSync(`${base}.md`, "utf8")), []);
});

/**
 * A tidy data folder made from the bundled data: GDP 2022–2024 and the GDP index 2023–2024 for the 31
 * provinces, plus `extra` rows (e.g. a partial release of a later year).
 */
function tidyFolder(name: string, extra: string[]): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  copyFileSync(path.join(DEFAULT_DATASET_DIR, "sources.csv"), path.join(folder, "sources.csv"));
  const keep = (file: string, years: number[]) => {
    const [header, ...rows] = readFileSync(path.join(DEFAULT_DATASET_DIR, file), "utf8").trim().split(/\r?\n/);
    return [header!, ...rows.filter((r) => years.includes(Number(r.split(",")[2])))];
  };
  writeFileSync(path.join(folder, "gdp.csv"), [...keep("gdp.csv", [2022, 2023, 2024]), ...extra].join("\n") + "\n");
  writeFileSync(path.join(folder, "growth.csv"), keep("growth.csv", [2023, 2024]).join("\n") + "\n");
  return folder;
}

test("default year: the latest year with GDP and growth for all 31 provinces, not a partial later release; report and progress say why", async () => {
  const folder = tidyFolder("partial-2025", ["110000,北京,2025,gdp_current,52000,亿元,NBS_PROV_GDP_2025V", "440000,广东,2025,gdp_current,146000,亿元,NBS_PROV_GDP_2025V"]);
  const base = path.join(dir, "partial");
  const json = await run(["report", "--data", folder, "--format", "md", "--out", base, "--no-maps", "--json"]);
  assert.equal(json.code, 0, json.err);
  assert.equal(JSON.parse(json.out).year, 2024);
  assert.equal(JSON.parse(json.out).yearReason, "complete");
  const zh = await run(["report", "--data", folder, "--format", "md", "--out", base, "--no-maps"]);
  assert.equal(zh.code, 0, zh.err);
  assert.match(zh.err, /报告年份为2024年：31个省份地区生产总值和实际增速数据齐全的最近年份；2025年的数据不全，未作为报告年份/);
  const md = readFileSync(`${base}.md`, "utf8");
  assert.match(md, /2024~2025年中国区域经济发展形势与展望/);
  assert.match(md, /## 数据说明[^]*报告年份为2024年/); // why this year: in the data notes
  const en = await run(["report", "--data", folder, "--format", "md", "--out", base, "--no-maps", "--lang", "en"]);
  assert.match(en.err, /Report year 2024: the latest year with GDP and real growth for all 31 provinces; 2025 is incomplete and not used/);
  // A year named by the user is taken as given (and then the report does not explain it).
  const given = await run(["report", "--data", folder, "--year", "2025", "--format", "md", "--out", base, "--no-maps", "--json"]);
  assert.equal(JSON.parse(given.out).year, 2025);
  assert.doesNotMatch(readFileSync(`${base}.md`, "utf8"), /报告年份为/);
});

test("DATA_MISSING in a --data run names the CSV file to add to that folder, not regecon import", async () => {
  const folder = path.join(DEFAULT_DATASET_DIR, "..", "report-2024-prelim");
  const r = await run(["report", "--data", folder, "--format", "md", "--out", path.join(dir, "prelim"), "--no-maps", "--json"]);
  assert.equal(r.code, 0, r.err);
  const missing = JSON.parse(r.out).warnings.filter((w: { code: string }) => w.code === "DATA_MISSING").map((w: { message: string }) => w.message);
  assert.ok(missing.length > 0);
  for (const w of missing) assert.doesNotMatch(w, /regecon import/);
  assert.ok(missing.some((w: string) => w.includes(`${path.join(folder, "population_year_end.csv")}（indicator 列为 population_year_end，unit 列为 万人）`)), missing.join("\n"));
});

test("Word figures rendered while the report is built (worker threads) are the PNGs of rendering the finished report, and all come from the font subset", async () => {
  const { loadBoundaries } = await import("../../src/charts/boundaries.js");
  const { chartCharacters, charactersOf } = await import("../../src/charts/rasterize.js");
  const { loadFolderDataset } = await import("../../src/data/folder.js");
  const { loadRegistry } = await import("../../src/data/registry.js");
  const { buildReport } = await import("../../src/report/build.js");
  const { renderDocx } = await import("../../src/report/docx.js");
  const out = path.join(dir, "overlap.docx");
  const r = await run(["report", "--data", DEFAULT_DATASET_DIR, "--year", "2024", "--format", "docx", "--out", out, "--json"]);
  assert.equal(r.code, 0, r.err);
  const media = (bytes: Buffer) => [...readZip(bytes).entries()].filter(([k]) => k.startsWith("word/media/")).map(([k, v]) => `${k} ${v.length}`).sort();
  const registry = loadRegistry();
  const subset = new Set(chartCharacters(JSON.stringify([registry.provinces, registry.groupings]))); // as the CLI does
  for (const lang of ["zh", "en"] as const) {
    const doc = buildReport({ dataset: loadFolderDataset(DEFAULT_DATASET_DIR, registry), registry, year: 2024, lang, map: { boundaries: loadBoundaries(registry) } });
    const outside = [...charactersOf(doc.blocks.flatMap((b) => (b.kind === "figure" ? [b.svg] : [])))].filter((c) => !subset.has(c));
    assert.deepEqual(outside, [], `${lang}: characters of the charts outside the CLI's font subset (those figures would be rendered from the full fonts, slowly)`);
    if (lang === "zh") assert.deepEqual(media(readFileSync(out)), media(await renderDocx(doc)));
  }
});
