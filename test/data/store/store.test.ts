import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { parseImportFile } from "../../../src/data/import/index.js";
import { loadFolderDataset } from "../../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../../src/data/paths.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { datasetFromStore, defaultDbPath } from "../../../src/data/store/dataset.js";
import { Store } from "../../../src/data/store/store.js";
import { levelGrowth } from "../../../src/data/store/vintageBreaks.js";

const FIX = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-store-test-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const freshDb = () => path.join(tmp, `s${++n}`, "regecon.duckdb");
/** A new store, created as a writing command creates it (read-only opens never create a store at a --db path). */
async function createdDb(): Promise<string> {
  const db = freshDb();
  (await Store.open(db, registry)).close();
  return db;
}
const sortKey = (o: { indicator: string; regionCode: string; year: number }) => `${o.indicator}|${o.regionCode}|${o.year}`;

async function importFile(store: Store, file: string, indicator?: string, opts: { allowOlder?: boolean } = {}) {
  const p = await parseImportFile(file, registry, { indicator });
  return store.importParsed(p, p.bytes, opts);
}

test("default db path follows XDG / macOS / Windows conventions", () => {
  assert.equal(defaultDbPath({ XDG_DATA_HOME: "/x" }, "linux", "/home/u"), "/x/regecon/regecon.duckdb");
  assert.equal(defaultDbPath({}, "linux", "/home/u"), "/home/u/.local/share/regecon/regecon.duckdb");
  assert.equal(defaultDbPath({}, "darwin", "/Users/u"), "/Users/u/Library/Application Support/regecon/regecon.duckdb");
  assert.equal(defaultDbPath({ APPDATA: "C:\\Users\\u\\AppData\\Roaming" }, "win32", "C:\\Users\\u"), "C:\\Users\\u\\AppData\\Roaming\\regecon\\regecon.duckdb");
});

test("the Dataset from a fresh store equals the Dataset from the bundled data/nbs folder", async () => {
  const fromStore = await datasetFromStore(await createdDb(), registry);
  const fromFolder = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  const a = fromStore.all().sort((x, y) => sortKey(x).localeCompare(sortKey(y)));
  const b = fromFolder.all().sort((x, y) => sortKey(x).localeCompare(sortKey(y)));
  assert.equal(a.length, b.length);
  assert.deepEqual(a, b);
  assert.deepEqual(new Map([...fromStore.sources].sort()), new Map([...fromFolder.sources].sort()));
  // the city members of 粤港澳大湾区 are read from the store too (data/nbs/city_gdp.csv: 香港 2024 31750.94 亿港元)
  assert.equal(fromStore.value("gdp_current_hkd", "810000", 2024), 31750.94);
});

test("a Dataset of named indicators holds those series only, equal to the whole Dataset's (the report reads the catalogue's)", async () => {
  const db = await createdDb();
  const whole = await datasetFromStore(db, registry);
  const some = await datasetFromStore(db, registry, undefined, undefined, ["gdp_current", "population_year_end", "no_such_indicator"]);
  assert.deepEqual(some.indicators(), ["gdp_current", "population_year_end"]);
  for (const id of some.indicators()) assert.deepEqual(some.observations(id), whole.observations(id));
  assert.ok(whole.indicators().length > 10);
});

test("each raw export imports into the store and the current series reproduces the bundled values", async () => {
  const db = freshDb();
  const store = await Store.open(db, registry);
  const bundled = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  try {
    const r1 = await importFile(store, path.join(FIX, "raw-exports/classic-gbk_地区生产总值.csv"));
    assert.equal(r1.rows, 589);
    // same keys and values as bundled 2006–2024 provincial gdp_current: nothing superseded, bundled stays current
    assert.equal(r1.superseded, 0);
    assert.equal(r1.supersededIdentical, 589);
    const r2 = await importFile(store, path.join(FIX, "raw-exports/new-platform-utf8_地区生产总值指数.csv"), "gdp_index_prev_year");
    assert.equal(r2.rows, 279);
    const r3 = await importFile(store, path.join(FIX, "raw-exports/new-platform-utf8_分省年度数据2024-多指标.csv"));
    assert.equal(r3.rows, 434);
    const r4 = await importFile(store, path.join(FIX, "raw-exports/classic-gbk_城镇单位就业人员.csv"));
    assert.equal(r4.rows, 527);
  } finally {
    store.close();
  }
  const ds = await datasetFromStore(db, registry);
  let compared = 0;
  for (const o of ds.all()) {
    const b = bundled.get(o.indicator, o.regionCode, o.year);
    if (b) {
      assert.equal(o.value, b.value, `${o.indicator} ${o.regionCode} ${o.year}`);
      compared++;
    }
  }
  assert.ok(compared >= 6551 - 0, `compared ${compared}`);
  // identical values keep their (bundled) vintage, so the series does not become a mix of vintages
  assert.equal(ds.get("gdp_current", "110000", 2024)!.vintage, "nbs-db-post5census");
  assert.equal(ds.get("gdp_index_prev_year", "110000", 2023)!.vintage, "nbs-db-post5census");
  // a new series: the import (the fourth, after one bundled vintage per source id) is its only vintage
  const bundledVintages = new Set(bundled.all().map((o) => o.source)).size;
  assert.equal(ds.get("employment_urban_units", "110000", 2023)!.vintage, `import-${bundledVintages + 4}`);
});

test("re-import supersedes older vintages but keeps them queryable; growth across the break is flagged", async () => {
  const db = freshDb();
  const store = await Store.open(db, registry);
  try {
    const xls = await importFile(store, path.join(FIX, "raw-exports/classic-xls_分省年度数据.xls"), undefined, { allowOlder: true });
    assert.equal(xls.rows, 155);
    assert.equal(xls.replacedNewerCensus, 155); // 4th-census file over 5th-census bundled values, allowed explicitly
    const old = await store.rows("SELECT count(*) AS n FROM observations_all WHERE NOT is_current AND indicator = 'gdp_current'");
    assert.equal(old[0]!.n, 155); // bundled 2015–2019 values superseded by the (pre-5th-census) XLS
    const newer = await importFile(store, path.join(FIX, "raw-exports/classic-gbk_地区生产总值.csv"));
    // the 5th-census CSV replaces the XLS values (different) and leaves the bundled ones (identical) current
    assert.deepEqual([...newer.supersededVintages], [xls.vintageId]);
    assert.equal(newer.superseded, 155);
    assert.equal(newer.supersededIdentical, 434);
    const v = await store.rows(`SELECT superseded_by, current_rows, census_name FROM vintages_view WHERE vintage_id = ${xls.vintageId}`);
    assert.deepEqual(v[0], { superseded_by: newer.vintageId, current_rows: 0, census_name: "第四次全国经济普查" });
    const all = await store.rows("SELECT count(*) AS n FROM observations_all WHERE indicator = 'gdp_current' AND region_code = '110000' AND year = 2019");
    assert.equal(all[0]!.n, 3); // bundled, XLS, GBK CSV: all kept
  } finally {
    store.close();
  }
  // a file that only updates one year leaves a break in the series, and growth across it is flagged
  const one = path.join(tmp, "one-year.csv");
  writeFileSync(one, "region,year,indicator,value,unit,source\n北京市,2024,gdp_current,50000,亿元,test\n");
  const s2 = await Store.open(db, registry);
  try {
    const r = await importFile(s2, one);
    assert.equal(r.mixedSeries[0]?.indicator, "gdp_current");
    const breaks = await s2.rows("SELECT * FROM series_breaks WHERE indicator = 'gdp_current' AND region_code = '110000'");
    // bundled → the GBK CSV (2015–2019, which replaced the XLS values) → bundled (2020–2023) → the one-year file (2024)
    assert.equal(breaks.length, 3);
  } finally {
    s2.close();
  }
  const ds = await datasetFromStore(db, registry);
  assert.equal(levelGrowth(ds, "gdp_current", "110000", 2024).acrossVintageBreak, true);
  assert.equal(levelGrowth(ds, "gdp_current", "110000", 2023).acrossVintageBreak, false);
});

test("an XLS built by the test (BIFF8, classic layout) imports", async () => {
  const aoa = [["数据库：分省年度数据"], ["指标：地区生产总值(亿元)"], ["时间：最近2年"], ["地区", "2024年", "2023年"], ["北京市", 49670.2, 47353.7], ["海南省", "", 7590.2], ["数据来源：国家统计局"]];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), "分省年度数据");
  const file = path.join(tmp, "built.xls");
  writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "biff8" }) as Buffer);
  const p = await parseImportFile(file, registry);
  assert.equal(p.format, "nbs-xls");
  assert.deepEqual(p.rows.entries().map((e) => [e.regionCode, e.year, e.value]), [["110000", 2024, 49670.2], ["110000", 2023, 47353.7], ["460000", 2023, 7590.2]]);
});

const BROKEN: [string, string, RegExp][] = [
  ["truncated.csv", "TRUNCATED_ROW", /truncated\.csv 第7行：只有2列，表头有6列/],
  ["truncated-in-note.csv", "TRUNCATED_FILE", /truncated-in-note\.csv 第9行：引号未闭合/],
  ["wrong-encoding.csv", "BAD_ENCODING", /wrong-encoding\.csv 第1行第\d+个字符：无法按 UTF-8 解码/],
  ["utf16.csv", "UNSUPPORTED_ENCODING", /utf16\.csv：文件是 UTF-16/],
  ["duplicated-province.csv", "DUPLICATE_REGION", /duplicated-province\.csv 第8行：地区“天津市”重复（第6行已有）/],
  ["unknown-province.csv", "UNKNOWN_REGION_NAMES", /北平市（第6行）、Atlantis（第8行）/],
  ["non-numeric.csv", "NOT_NUMERIC", /non-numeric\.csv 第6行第4列（2022年）：“一万”不是数值/],
  ["header-without-years.csv", "HEADER_WITHOUT_YEARS", /header-without-years\.csv 第4行第2列：表头“北京”不是年份/],
  ["tidy-duplicate.csv", "DUPLICATE_OBSERVATION", /tidy-duplicate\.csv 第2、4行：gdp_current 110000 2024 出现多次/],
];

test("every broken fixture fails with file, line and problem, and the store is unchanged", async () => {
  const store = await Store.open(freshDb(), registry);
  try {
    const before = await store.fingerprint();
    for (const [file, code, message] of BROKEN) {
      await assert.rejects(
        async () => importFile(store, path.join(FIX, "broken", file)),
        (e: any) => {
          assert.equal(e.code, code, `${file}: ${e.message}`);
          assert.match(e.message, message);
          assert.ok(e.hintText?.zh && e.hintText.en, `${file} has a hint`);
          return true;
        },
      );
      assert.deepEqual(await store.fingerprint(), before, `${file} left the store unchanged`);
    }
    // importing the same file twice is refused too, without changes
    await importFile(store, path.join(FIX, "nbs-small/classic-small-gbk.csv"));
    const mid = await store.fingerprint();
    await assert.rejects(() => importFile(store, path.join(FIX, "nbs-small/classic-small-gbk.csv")), (e: any) => e.code === "ALREADY_IMPORTED");
    assert.deepEqual(await store.fingerprint(), mid);
  } finally {
    store.close();
  }
});

test("an import whose census revision is older than the current values is refused (OLDER_VINTAGE), store unchanged", async () => {
  const store = await Store.open(freshDb(), registry);
  try {
    const census = await store.rows("SELECT vintage, census FROM vintages WHERE vintage IN ('nbs-db-post5census', 'nbs-db-pre5census') GROUP BY ALL ORDER BY vintage");
    // data/nbs/sources.csv labels: 第五次全国经济普查修订后 → 5; 修订前 → still on the 4th census
    assert.deepEqual(census, [{ vintage: "nbs-db-post5census", census: 5 }, { vintage: "nbs-db-pre5census", census: 4 }]);
    const before = await store.fingerprint();
    await assert.rejects(
      () => importFile(store, path.join(FIX, "raw-exports/classic-xls_分省年度数据.xls")),
      (e: any) => {
        assert.equal(e.code, "OLDER_VINTAGE");
        assert.match(e.message, /classic-xls_分省年度数据\.xls：文件注释表明数据为第四次全国经济普查修订后的数据，早于库中现有数据（第五次全国经济普查修订后）/);
        assert.match(e.message, /替代 155 个现有值（版本 nbs-db-post5census（#1）155 个），数据库未改动/);
        assert.match(e.hintText.zh, /--allow-older/);
        return true;
      },
    );
    assert.deepEqual(await store.fingerprint(), before);
    const gd = await store.rows("SELECT value FROM observations_current WHERE indicator = 'gdp_current' AND region_code = '440000' AND year = 2019");
    assert.deepEqual(gd, [{ value: 110468.1 }]); // data/nbs (5th-census revision), not the XLS's 107671.07
    // a newer-census file over the same keys is fine
    const r = await importFile(store, path.join(FIX, "raw-exports/classic-gbk_地区生产总值.csv"));
    assert.equal(r.replacedNewerCensus, 0);
  } finally {
    store.close();
  }
});

test("the same data re-encoded (GBK → UTF-8) is a new vintage whose superseded values are reported as identical", async () => {
  const store = await Store.open(freshDb(), registry);
  try {
    const gbk = path.join(FIX, "raw-exports/classic-gbk_地区生产总值.csv");
    const first = await importFile(store, gbk);
    assert.equal(first.superseded, 0);
    assert.deepEqual(first.supersededFrom, [{ vintageId: 1, vintage: "nbs-db-post5census", census: 5, count: 589, identical: 589 }]);
    const utf8 = path.join(tmp, "地区生产总值-utf8.csv");
    writeFileSync(utf8, new TextDecoder("gb18030").decode(readFileSync(gbk)), "utf8");
    const again = await importFile(store, utf8);
    assert.equal(again.superseded, 0);
    assert.equal(again.supersededIdentical, 589);
    // the bundled values stayed current through both imports
    assert.deepEqual(again.supersededFrom.map((f) => [f.vintage, f.count, f.identical]), [["nbs-db-post5census", 589, 589]]);
    // a changed value is counted as changed
    const one = path.join(tmp, "changed.csv");
    writeFileSync(one, "region,year,indicator,value,unit,source\n北京市,2024,gdp_current,1,亿元,test\n北京市,2023,gdp_current,47353.7,亿元,test\n");
    const changed = await importFile(store, one);
    assert.equal(changed.superseded, 1); // 2024 changed to 1
    assert.equal(changed.supersededIdentical, 1); // 2023 as before: keeps its vintage
  } finally {
    store.close();
  }
});

test("an import's source title is short (数据库（文件名）), the indicator list stays in the vintages table", async () => {
  const store = await Store.open(freshDb(), registry);
  try {
    const multi = "new-platform-utf8_分省年度数据2024-多指标.csv";
    const r = await importFile(store, path.join(FIX, "raw-exports", multi));
    const tidy = path.join(tmp, "short-title.csv");
    writeFileSync(tidy, "region,year,indicator,value,unit\n北京,1990,gdp_current,1,亿元\n");
    const t = await importFile(store, tidy);
    const sources = await store.sources();
    assert.equal(sources.get(r.sourceId)!.title, `分省年度数据（${multi}）`);
    assert.equal(sources.get(r.sourceId)!.titleEn, `分省年度数据 (${multi})`);
    assert.equal(sources.get(t.sourceId)!.title, "导入文件（short-title.csv）");
    assert.equal(sources.get(t.sourceId)!.titleEn, "imported file (short-title.csv)");
    const [v] = await store.rows(`SELECT indicators FROM vintages WHERE vintage_id = ${r.vintageId}`);
    assert.match(v!.indicators as string, /gdp_current/);
    assert.match(v!.indicators as string, /va_finance/);
    // alreadyImported finds the vintage of a byte-identical file (the CLI reports it as unchanged)
    assert.deepEqual((await store.alreadyImported(readFileSync(tidy)))?.vintageId, t.vintageId);
    assert.equal(await store.alreadyImported(Buffer.from("other")), undefined);
  } finally {
    store.close();
  }
});

test("a large plain tidy CSV is read by DuckDB directly: the same observations as through staging text; duplicates name their lines", async () => {
  // BOM, a blank line before the header, extra and reordered columns, names and codes, spaces around
  // cells, an empty value (missing), a blank line inside: everything the tidy parser tolerates.
  const text =
    "\uFEFF\nsource,Region,year,indicator,value,unit,comment\n" +
    "NBS, 北京市 ,2024,gdp_current, 49843.1 ,亿元,a\n" +
    "NBS,120000,2024,gdp_current,18024,亿元,b\n" +
    "NBS,Hebei,2024,gdp_current,,亿元,missing\n" +
    "\n" +
    "NBS,130000,2023,gdp_index_prev_year,105.5,,\n" +
    "NBS,650000,2024,va_primary,3000.5,亿元,c\n";
  const file = path.join(tmp, "direct.csv");
  writeFileSync(file, text);
  const viaText = await parseImportFile(file, registry, {});
  const direct = await parseImportFile(file, registry, { directMinBytes: 0 });
  assert.equal(viaText.direct, undefined);
  assert.ok(direct.direct, "the direct path is taken for a plain UTF-8 file");
  const rowsOf = async (p: Awaited<ReturnType<typeof parseImportFile>>) => {
    const store = await Store.open(freshDb(), registry);
    try {
      const r = await store.importParsed(p, p.bytes);
      return (await store.rows(`SELECT region_code, year, indicator, value, unit FROM observations WHERE vintage_id = ${r.vintageId} ORDER BY ALL`)).map((x) => JSON.stringify(x));
    } finally {
      store.close();
    }
  };
  const a = await rowsOf(viaText);
  assert.equal(a.length, 4);
  assert.deepEqual(await rowsOf(direct), a);

  const dupFile = path.join(tmp, "direct-dup.csv");
  writeFileSync(dupFile, "region,year,indicator,value\n110000,2024,gdp_current,1\n120000,2024,gdp_current,2\n北京,2024,gdp_current,3\n");
  const dup = await parseImportFile(dupFile, registry, { directMinBytes: 0 });
  assert.ok(dup.direct);
  const store = await Store.open(freshDb(), registry);
  try {
    const before = await store.fingerprint();
    await assert.rejects(store.importParsed(dup, dup.bytes), (e: unknown) => e instanceof Error && /第2、4行：gdp_current 110000 2024 出现多次/.test(e.message));
    assert.deepEqual(await store.fingerprint(), before);
  } finally {
    store.close();
  }
});

test("files DuckDB would read otherwise than the tidy parser (quotes, GBK, mixed line endings) are read by the parser", async () => {
  const cases: [string, Uint8Array | string][] = [
    ["quoted.csv", 'region,year,indicator,value\n"110000",2024,gdp_current,1\n'],
    ["gbk.csv", Buffer.concat([Buffer.from("region,year,indicator,value\n"), Buffer.from([0xb1, 0xb1, 0xbe, 0xa9]), Buffer.from(",2024,gdp_current,1\n")])],
    ["mixed.csv", "region,year,indicator,value\r\n110000,2024,gdp_current,1\n"],
  ];
  for (const [name, content] of cases) {
    const file = path.join(tmp, name);
    writeFileSync(file, content);
    const p = await parseImportFile(file, registry, { directMinBytes: 0 });
    assert.equal(p.direct, undefined, name);
    assert.equal(p.rows.count, 1, name);
  }
});

test("a store filled from other bundled data (an older regecon release) is reported, not silently used as current", async () => {
  const db = await createdDb();
  const warnings: string[] = [];
  await datasetFromStore(db, registry, (w) => warnings.push(w.code));
  assert.equal(warnings.length, 0, "a fresh store holds this version's bundled data");
  const store = await Store.open(db, registry);
  await store.conn.run("UPDATE meta SET value = 'older-release' WHERE key = 'bundled_loaded'");
  store.close();
  await datasetFromStore(db, registry, (w) => warnings.push(w.code));
  assert.deepEqual(warnings, ["BUNDLED_DATA_CHANGED"]);
});
