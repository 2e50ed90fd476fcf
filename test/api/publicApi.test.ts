/**
 * The public library API as a user meets it: the BUILT package (`dist/`, which `npm test` and `npm ci`
 * build first) imported as `import … from "regecon"` in a separate Node process whose working directory
 * is the repository, so the name resolves through package.json "exports" (package self-reference)
 * exactly as it does from a project that installed regecon. Nothing here imports `src/`.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BUILT = path.join(ROOT, "dist", "index.js");
const TMP = mkdtempSync(path.join(tmpdir(), "regecon-api-"));

/** Run an ES module as `node --input-type=module -e CODE` in the repository; its stdout, or the failure. */
function runModule(code: string): string {
  assert.ok(existsSync(BUILT), `${BUILT} is missing: run \`npm run build\` (\`npm test\` and \`npm ci\` build it)`);
  // The child never touches the user's own store.
  const env = { ...process.env, REGECON_DB: path.join(TMP, "never-created.duckdb") };
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8", env });
  assert.equal(r.status, 0, `the module failed:\n${r.stderr}`);
  return r.stdout;
}

/** Names of the values (not types) `src/index.ts` exports, read with the TypeScript parser. */
function documentedValueNames(): string[] {
  const file = path.join(ROOT, "src", "index.ts");
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isExportDeclaration(st) || st.isTypeOnly || !st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
    for (const el of st.exportClause.elements) if (!el.isTypeOnly) names.push(el.name.text);
  }
  return names;
}

/**
 * The names the issue asks the API to offer (inequality with decomposition, convergence, spatial
 * autocorrelation, shares, ranks, group aggregates, registry, dataset loaders, report builder and
 * renderers, claim checker, errors, words): removing one from src/index.ts must fail here.
 */
const REQUIRED = [
  "theilT", "theilL", "inequalityIndices", "gini", "giniWeighted", "coefficientOfVariation", "williamsonCV", "theilDecomposition",
  "sigmaConvergence", "betaConvergence", "moranI", "localMoran", "contiguityWeights",
  "shareOfTotal", "competitionRank", "isTied", "roundShares",
  "groupLevel", "groupRealGrowth", "groupRatio", "growthPatternFacts", "theilByGrouping", "disparitySeries", "betaConvergenceOver", "moranOfYear",
  "Registry", "loadRegistry", "membersInYear", "Dataset", "loadFolderDataset", "DEFAULT_DATASET_DIR", "datasetFromStore", "Store",
  "buildReport", "renderHtml", "renderDocx", "renderMarkdown",
  "checkFile", "checkText",
  "RegeconError", "ERROR_CODES", "say",
];

test("the built package exports every value src/index.ts documents, and the required ones", () => {
  const out = runModule(`const api = await import("regecon"); console.log(JSON.stringify(Object.keys(api).sort()));`);
  const exported: string[] = JSON.parse(out);
  const documented = documentedValueNames();
  assert.ok(documented.length > 50, `src/index.ts exports ${documented.length} values`);
  assert.deepEqual(documented.filter((n) => !exported.includes(n)), [], "documented but missing from dist/index.js (rebuild?)");
  assert.deepEqual(REQUIRED.filter((n) => !documented.includes(n)), [], "required by the API but not exported by src/index.ts");
});

test("TypeScript resolves `regecon` to the built declarations through package.json exports", () => {
  const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
  const resolved = ts.resolveModuleName("regecon", path.join(ROOT, "user.mts"), options, ts.sys).resolvedModule;
  assert.equal(resolved?.resolvedFileName, path.join(ROOT, "dist", "index.d.ts"));
  assert.match(readFileSync(resolved.resolvedFileName, "utf8"), /TheilDecomposition/);
});

test("Theil T and its decomposition of a hand-made example give the hand-computed values", () => {
  // Three regions of equal population with values 1, 1, 4 (mean 2):
  //   T = (1/3)[0.5 ln 0.5 + 0.5 ln 0.5 + 2 ln 2] = (1/3)(−ln 2 + 2 ln 2) = ln 2 / 3 = 0.2310490602.
  // Groups A = {1, 4}, B = {1}: population shares W_A = 2/3, W_B = 1/3; income shares S_A = 5/6, S_B = 1/6.
  //   between = S_A ln(S_A/W_A) + S_B ln(S_B/W_B) = (5/6) ln(5/4) + (1/6) ln(1/2) = 0.0704285
  //   T_A over {1, 4} (mean 2.5) = (1/2)[0.4 ln 0.4 + 1.6 ln 1.6] = 0.1927448; T_B = 0
  //   within = S_A·T_A + S_B·T_B = (5/6)(0.1927448) = 0.1606207;  between + within = ln 2 / 3.
  const out = runModule(`
    import { theilT, theilDecomposition } from "regecon";
    const d = theilDecomposition([1, 1, 4], ["A", "B", "A"]);
    console.log(JSON.stringify({ t: theilT([1, 1, 4]), total: d.total, between: d.between, within: d.within }));`);
  const r = JSON.parse(out) as { t: number; total: number; between: number; within: number };
  const close = (x: number, y: number, what: string) => assert.ok(Math.abs(x - y) < 1e-6, `${what}: ${x} ≠ ${y}`);
  close(r.t, Math.LN2 / 3, "theilT");
  close(r.total, Math.LN2 / 3, "total");
  close(r.between, (5 / 6) * Math.log(5 / 4) + (1 / 6) * Math.log(1 / 2), "between");
  close(r.within, (5 / 6) * 0.5 * (0.4 * Math.log(0.4) + 1.6 * Math.log(1.6)), "within");
});

/**
 * The East's share of the 31-province GDP sum in 2024, computed here from data/nbs/gdp.csv alone:
 * the East (东部) is the NBS 2011 division's ten provinces 北京 天津 河北 上海 江苏 浙江 福建 山东 广东 海南.
 */
function eastShare2024(): number {
  const EAST = ["110000", "120000", "130000", "310000", "320000", "330000", "350000", "370000", "440000", "460000"];
  const [header, ...lines] = readFileSync(path.join(ROOT, "data", "nbs", "gdp.csv"), "utf8").trim().split(/\r?\n/);
  const col = (name: string) => header!.split(",").indexOf(name);
  const [code, year, indicator, value] = [col("region_code"), col("year"), col("indicator"), col("value")];
  let east = 0;
  let all = 0;
  let provinces = 0;
  for (const line of lines) {
    const f = line.split(",");
    if (f[year] !== "2024" || f[indicator] !== "gdp_current" || f[code] === "100000") continue;
    provinces++;
    all += Number(f[value]);
    if (EAST.includes(f[code]!)) east += Number(f[value]);
  }
  assert.equal(provinces, 31, "gdp.csv holds the 31 provinces' 2024 GDP");
  return (100 * east) / all;
}

test("the East's 2024 GDP share through the API equals the share computed from the CSV, and the built report says it", () => {
  const expected = eastShare2024(); // 52.396… %
  const out = runModule(`
    import { loadRegistry, loadFolderDataset, DEFAULT_DATASET_DIR, growthPatternFacts, buildReport, renderMarkdown, renderHtml } from "regecon";
    const registry = loadRegistry();
    const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
    const east = growthPatternFacts(dataset, registry, { year: 2024 }).regions.find((r) => r.id === "east");
    const zh = buildReport({ dataset, registry, year: 2024, lang: "zh", datasetLabel: "data/nbs" });
    const en = buildReport({ dataset, registry, year: 2024, lang: "en", datasetLabel: "data/nbs" });
    console.log(JSON.stringify({ share: east.share, shown: east.shareDisplay, zh: renderMarkdown(zh).markdown, en: renderHtml(en) }));`);
  const r = JSON.parse(out) as { share: number; shown: number; zh: string; en: string };
  assert.ok(Math.abs(r.share - expected) < 1e-9, `${r.share} vs ${expected}`);
  const shown = expected.toFixed(2); // 52.40: not on a rounding edge (52.3965), so toFixed is exact here
  assert.equal(r.shown.toFixed(2), shown);
  assert.ok(r.zh.includes(`东部地区生产总值`) && r.zh.includes(`占31个省份合计的${shown}%`), "the Chinese report states the share");
  assert.ok(r.en.includes(`${shown}% of the sum of the 31 provinces`), "the English report states the share");
});

test("checkFile checks a report's numbers against the bundled data", () => {
  const file = path.join(TMP, "claims.txt");
  writeFileSync(file, `2024年，东部地区生产总值占31个省份合计的${eastShare2024().toFixed(2)}%。\n2024年，东部地区生产总值占31个省份合计的60.00%。\n`);
  const out = runModule(`
    import { checkFile, DEFAULT_DATASET_DIR, RegeconError } from "regecon";
    const r = await checkFile(${JSON.stringify(file)}, { data: DEFAULT_DATASET_DIR, lang: "en" });
    let refused;
    try { await checkFile(${JSON.stringify(file)}, { data: DEFAULT_DATASET_DIR, db: "x.duckdb" }); } catch (e) { refused = e instanceof RegeconError && [e.code, e.exitCode, e.text.en]; }
    console.log(JSON.stringify({ verdicts: r.claims.map((c) => c.verdict), refused }));`);
  const r = JSON.parse(out) as { verdicts: string[]; refused: [string, number, string] };
  assert.deepEqual(r.verdicts, ["verified", "contradicted"]);
  assert.deepEqual(r.refused.slice(0, 2), ["BAD_ARGUMENT", 2]);
});

test("the README's library example runs as written and prints the figures the report prints", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.split(/^## As a library$/m)[1]?.split(/^## /m)[0];
  const code = section?.match(/```js\n([\s\S]*?)```/)?.[1];
  assert.ok(code, "README.md has a ```js block under '## As a library'");
  const out = runModule(code);
  assert.match(out, new RegExp(`^East: ${eastShare2024().toFixed(2)}% of GDP, real growth \\d+\\.\\d%$`, "m"));
  assert.match(out, /^Theil T of \[1, 1, 4\]: 0\.231049$/m); // ln 2 / 3, see the hand computation above
  assert.match(out, /^Theil T 0\.\d{4}, \d+\.\d% between the regions$/m);
  assert.match(out, /^# China's Regional Economy in 2024\b.* \(\d+ figure files\)$/m);
});
