/**
 * The large-file path (DuckDB reads and validates a tidy CSV: `largeTidyCsv.ts`, `tidyCsvCheck.ts`,
 * `directInsert.ts`) must decide and word exactly as the tidy parser (`tidyParser`), which reads files
 * below the size threshold. Each file below is read three ways, the path forced by the threshold
 * (`directMinBytes: 0`): by the tidy parser; by DuckDB validating before import; by DuckDB validating
 * while the store inserts (`validateAtImport`, what `regecon import FILE` does). All three must give the
 * same error (code, message and hint in both languages: file, line, column, value), or the same stored
 * rows and the same summary of the file.
 */
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { parseImportFile } from "../../../src/data/import/index.js";
import { validateDirect } from "../../../src/data/import/largeTidyCsv.js";
import { CROSS_SECTION_MIN_PROVINCES } from "../../../src/data/import/plausibility.js";
import { currentYear } from "../../../src/data/import/year.js";
import { AGGREGATE_FACTOR } from "../../../src/data/indicators.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { Store } from "../../../src/data/store/store.js";
import { RegeconError } from "../../../src/types/errors.js";

const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-large-tidy-"));
type Mode = "parser" | "duckdb" | "duckdb-at-import";
const MODES: Mode[] = ["parser", "duckdb", "duckdb-at-import"];
const stores = new Map<Mode, Store>();
before(async () => {
  for (const mode of MODES) stores.set(mode, await Store.open(path.join(tmp, mode, "regecon.duckdb"), registry));
});
after(() => {
  for (const s of stores.values()) s.close();
  rmSync(tmp, { recursive: true, force: true });
});

let n = 0;
function file(content: string | Buffer): string {
  const p = path.join(tmp, `f${++n}.csv`);
  writeFileSync(p, content);
  return p;
}

/** What reading and importing a file gave: the error, or the stored rows and what the file's summary says. */
type Outcome = { code: string; text?: unknown; hint?: unknown; rows?: unknown };

type Options = { allowNewIndicators?: boolean; allowSubprovincial?: boolean };

async function outcome(mode: Mode, f: string, options: Options): Promise<Outcome> {
  const store = stores.get(mode)!;
  try {
    let p = await parseImportFile(f, registry, mode === "parser" ? options : { ...options, directMinBytes: 0, validateAtImport: true });
    assert.equal(p.direct !== undefined, mode !== "parser", `${mode} reads ${f} ${mode === "parser" ? "with the parser" : "with DuckDB"}`);
    if (p.direct) {
      // DuckDB must decide itself: it may not hand the file to the tidy parser
      p.direct.parseWithTidyParser = () => Promise.reject(new Error(`${mode} left ${f} to the tidy parser`));
      if (mode === "duckdb") p = await validateDirect({ ...p, direct: p.direct });
    }
    const r = await store.importParsed(p, p.bytes);
    const rows = await store.rows("SELECT region_code, year, indicator, value, unit FROM observations WHERE vintage_id = $v ORDER BY ALL", { v: r.vintageId });
    const [vintage] = await store.rows("SELECT indicators, row_count, source_text FROM vintages WHERE vintage_id = $v", { v: r.vintageId });
    return {
      code: "ok",
      rows: {
        stored: rows.map((x) => JSON.stringify(x)),
        vintage,
        count: p.rows.count,
        indicators: [...p.rows.indicators],
        years: [...p.rows.years],
        newIndicators: [...p.newIndicators],
        sourceText: p.sourceText,
        superseded: r.superseded,
      },
    };
  } catch (e) {
    if (!(e instanceof RegeconError)) throw e;
    return { code: e.code, text: e.text, hint: e.hintText };
  }
}

/** Read and import `content` the three ways: the outcomes must agree, and be `expected` (an error code or "ok") when given. */
async function agree(content: string | Buffer, expected: string | undefined, options: Options = {}): Promise<Outcome> {
  const f = file(content);
  const [parser, ...duckdb] = await Promise.all(MODES.map((mode) => outcome(mode, f, options)));
  if (expected !== undefined) assert.equal(parser!.code, expected, JSON.stringify(parser));
  for (const [k, o] of duckdb.entries()) assert.deepEqual(o, parser, `${MODES[k + 1]} differs from the tidy parser`);
  return parser!;
}

const HEAD = "region,year,indicator,value,unit,source\n";
const Y = currentYear();
const provinces = registry.provinces.map((p) => p.code);

test("valid files: names in every spelling, codes of provinces, cities and counties, padding, BOM, CRLF, blank lines, extra and reordered columns, empty values, unit aliases, several sources", async () => {
  const lines = [
    "comment,Value,Unit,Region,Year,Indicator,source",
    "a, 49843.1 ,亿元, 北京市 ,2024,gdp_current,NBS",
    "b,18024,亿元,tianjin,2024,gdp_current,NBS",
    "c,,亿元,Hebei,2024,gdp_current,NBS",
    "",
    "   ",
    "d,105.5,,\u3000河北\u3000,2023,gdp_index_prev_year,",
    "e,91000,元,110000,2024,gdp_per_capita,统计公报",
    "f,3000.5,亿元,\tInner Mongolia\t,2024,va_primary,NBS",
    "g,1349083.5,亿元,全国,2024,gdp_current,NBS",
    "h,1200.5,亿元,500101,2024,gdp_current,县域统计",
    "i,36000,亿元,440300,2024,gdp_current_city,\u00a0城市统计\u00a0",
    "j,-4.5,%,北京,2024,fai_growth_excl_rural_jan_dec,NBS",
  ];
  const text = lines.join("\n") + "\n";
  const ok = await agree(`\uFEFF\n\n${text}`, "ok", { allowSubprovincial: true });
  assert.equal((ok.rows as { count: number }).count, 9);
  await agree(text.replace(/\n/g, "\r\n"), "ok", { allowSubprovincial: true });
  await agree(`region,year,indicator,value\n110000,${Y},gdp_current,1\n120000,1949,gdp_current,1`, "ok"); // year edges, no final line end
});

test("a file defining new indicators: unit from the first row, later rows may leave it empty", async () => {
  const text = HEAD + "北京,2024,my_balance,-3,亿元,\n北京,2023,my_balance,0,,\n天津,2024,my_ratio,1e5,倍,x\n天津,2023,my_balance,5,亿元,\n";
  await agree(text, "ok", { allowNewIndicators: true });
  await agree(text + "\n", "UNKNOWN_INDICATOR"); // (another file for the stores)
});

test("rows narrower or wider than the header: TRUNCATED_ROW and EXTRA_CELLS at their line", async () => {
  await agree(HEAD + "110000,2024,gdp_current,1,亿元,NBS\n120000,2024,gdp_current,2,亿元\n", "TRUNCATED_ROW");
  await agree(HEAD + "110000,2024,gdp_current,1,亿元,NBS\n120000,2024,gdp_current,,亿元\n", "TRUNCATED_ROW"); // width before the empty value
  await agree(HEAD + "110000,2024,gdp_current,1,亿元,NBS,extra\n", "EXTRA_CELLS");
  await agree(HEAD + "110000,2024,gdp_current,1,亿元,NBS,\n", "EXTRA_CELLS"); // a trailing comma: an empty extra cell
  await agree(HEAD + "110000,2024,gdp_current,1,亿元,NBS\n120000,2024,gdp_current,1,亿元,NBS,,,x,y\n", "EXTRA_CELLS"); // beyond what DuckDB's insert reads
});

test("unknown regions are listed all at once with their first line; an unknown region's row is not checked further", async () => {
  const e = await agree(HEAD + "990000,2024,gdp_current,1,亿元,\n000123,2099,gdp_current,1,亿元,\nAtlantis,2024,gdp_current,x,亿元,\n990000,2023,gdp_current,1,亿元,\n110000,2024,gdp_current,2,亿元,\n", "UNKNOWN_REGION_NAMES");
  assert.match((e.text as { zh: string }).zh, /990000（第2行）.*000123（第3行）.*Atlantis（第4行）/);
  // a row error anywhere comes first
  await agree(HEAD + "990000,2024,gdp_current,1,亿元,\n110000,2024,gdp_current,abc,亿元,\n", "NOT_NUMERIC");
});

test("codes below province level need allowSubprovincial; a grouping's city does not", async () => {
  const text = HEAD + "500101,2024,gdp_current,1,亿元,\n440300,2024,gdp_current_city,36000,亿元,\n500102,2024,gdp_current,2,亿元,\n500101,2023,gdp_current,3,亿元,\n";
  const e = await agree(text, "REGION_BELOW_PROVINCE");
  assert.match((e.text as { zh: string }).zh, /500101（第2行起，2 个）.*500102（第4行起，1 个）/);
  await agree(text + "\n", "ok", { allowSubprovincial: true });
});

test("a header ending in empty columns: a value beyond them is EXTRA_CELLS, also in a row without value", async () => {
  const head = "region,year,indicator,value,,\n";
  await agree(head + "110000,2024,gdp_current,1,,\n120000,2024,gdp_current,1,,\n", "ok");
  await agree(head + "110000,2024,gdp_current,1,,\n120000,2024,gdp_current,,,x\n", "EXTRA_CELLS");
});

test("a source text beyond the notes limit is NOTE_TOO_LONG; a line beyond the line limit is left to the parser", async () => {
  const rows = provinces.slice(0, 20).map((code, i) => `${code},2024,gdp_current,${1000 * (i + 1)},亿元,${String(i).padStart(4000, "s")}\n`);
  await agree(HEAD + rows.join(""), "NOTE_TOO_LONG");
  const long = file(HEAD + `110000,2024,gdp_current,1,亿元,${"x".repeat(2 ** 20)}\n`);
  const [parser, duckdb] = await Promise.all([outcome("parser", long, {}), parseImportFile(long, registry, { directMinBytes: 0 }).catch((e: RegeconError) => e)]);
  assert.equal(parser.code, "CSV_UNREADABLE");
  assert.ok(duckdb instanceof RegeconError && duckdb.code === "CSV_UNREADABLE" && duckdb.text.zh === (parser.text as { zh: string }).zh);
});

test("years: four digits from 1949 to the current year", async () => {
  for (const year of ["1948", String(Y + 1), "2024.0", "24", "02024", "２０２４"]) await agree(HEAD + `110000,2024,gdp_current,1,亿元,\n120000,${year},gdp_current,1,亿元,\n`, "BAD_YEAR");
  await agree(HEAD + `120000, 2024 ,gdp_current,1,亿元,\n`, "ok");
});

test("indicators and units: unknown ids, invalid new ids, a new indicator without unit, units that differ", async () => {
  await agree(HEAD + "110000,2024,gdp_current,1,亿元,\n110000,2024,gdp_nominal,1,亿元,\n", "UNKNOWN_INDICATOR");
  await agree(HEAD + "110000,2024,GDP-x,1,亿元,\n", "UNKNOWN_INDICATOR", { allowNewIndicators: true });
  await agree(HEAD + "110000,2024,my_balance,1,,\n110000,2023,my_balance,1,亿元,\n", "UNKNOWN_INDICATOR", { allowNewIndicators: true });
  await agree(HEAD + "110000,2024,gdp_current,1,万元,\n", "UNIT_MISMATCH");
  await agree(HEAD + "110000,2024,gdp_per_capita,91000,元/人,\n110000,2023,gdp_per_capita,90000,元,\n120000,2024,gdp_per_capita,1,美元,\n", "UNIT_MISMATCH");
  // the unit of a new indicator comes from its first row, several lines before the row that differs
  await agree(HEAD + "110000,2024,my_balance,1,亿元,\n120000,2024,gdp_current,1,亿元,\n110000,2023,my_balance,1,万元,\n", "UNIT_MISMATCH", { allowNewIndicators: true });
});

test("values: numbers only, finite, inside the plausible range of their indicator and scope (edges on both sides)", async () => {
  for (const v of ["abc", "0x10", "1_000", "inf", "５", "1e400", "-1e400", "--1"]) await agree(HEAD + `110000,2024,gdp_current,1,亿元,\n120000,2024,gdp_current,${v},亿元,\n`, "NOT_NUMERIC");
  await agree(HEAD + "110000,2024,gdp_current,500000,亿元,\n120000,2024,gdp_current,.5,亿元,\n130000,2024,gdp_current,+5e2,亿元,\n", "ok");
  await agree(HEAD + "110000,2024,gdp_current,500000.1,亿元,\n", "IMPLAUSIBLE_VALUE");
  await agree(HEAD + "110000,2024,gdp_current,0.4999,亿元,\n", "IMPLAUSIBLE_VALUE");
  await agree(HEAD + "110000,2024,gdp_current,1e-400,亿元,\n", "IMPLAUSIBLE_VALUE"); // 0 to both
  await agree(HEAD + `全国,2024,gdp_current,${AGGREGATE_FACTOR * 500000},亿元,\n`, "ok");
  await agree(HEAD + `全国,2024,gdp_current,${AGGREGATE_FACTOR * 500000 + 1},亿元,\n`, "IMPLAUSIBLE_VALUE");
  await agree(HEAD + "500101,2024,gdp_current,0,亿元,\n", "IMPLAUSIBLE_VALUE", { allowSubprovincial: true }); // a county level must be > 0
  await agree(HEAD + "500101,2024,gdp_current,500000,亿元,\n", "ok", { allowSubprovincial: true });
  await agree(HEAD + "500101,2024,gdp_real_growth,-60,%,\n", "ok", { allowSubprovincial: true }); // a county growth rate has no bound
  await agree(HEAD + "110000,2024,my_big,1e300,亿元,\n", "ok", { allowNewIndicators: true });
});

test("the first failing line decides, whichever the rule", async () => {
  await agree(HEAD + "110000,2024,gdp_current,1,亿元,\n120000,2024,gdp_current,1,万元,\n130000,1900,gdp_current,1,亿元,\n", "UNIT_MISMATCH");
  await agree(HEAD + "110000,2024,gdp_current,1,亿元,\n130000,1900,gdp_current,1,亿元,\n120000,2024,gdp_current,1,万元,\n", "BAD_YEAR");
  await agree(HEAD + "110000,2024,gdp_current,-1,亿元,\n120000,2024,gdp_current\n", "IMPLAUSIBLE_VALUE");
  // line numbers count blank lines, whatever the line ends
  const e = await agree(`\uFEFF\r\n\r\n${HEAD}\r\n110000,2024,gdp_current,1,亿元,\r\n   \r\n\r\n120000,2024,gdp_current,1,万元,\r\n`.replace(/(?<!\r)\n/g, "\r\n"), "UNIT_MISMATCH");
  assert.match((e.text as { en: string }).en, /line 8, column 5/);
});

test("cross-sections: 28 provinces of a level too alike are refused, 27 are not; percentages as fractions are refused", async () => {
  const section = (k: number) => HEAD + provinces.slice(0, k).map((code, i) => `${code},2024,gdp_current,${1000 + i},亿元,\n`).join("") + "全国,2024,gdp_current,100,亿元,\n";
  await agree(section(CROSS_SECTION_MIN_PROVINCES), "IMPLAUSIBLE_VALUE");
  await agree(section(CROSS_SECTION_MIN_PROVINCES - 1), "ok");
  // a percentage written as a fraction in every province
  await agree(HEAD + provinces.slice(0, CROSS_SECTION_MIN_PROVINCES).map((code, i) => `${code},2024,rd_intensity,${0.01 + i / 1000},%,\n`).join(""), "IMPLAUSIBLE_VALUE");
});

test("empty files and duplicates", async () => {
  await agree(HEAD, "EMPTY_EXPORT");
  await agree(HEAD + "110000,2024,gdp_current,,亿元,\n\n", "EMPTY_EXPORT");
  await agree(HEAD + "110000,2024,gdp_current,1,亿元,\n120000,2024,gdp_current,2,亿元,\n北京,2024,gdp_current,3,亿元,\n", "DUPLICATE_OBSERVATION");
});

test("random files of valid and broken rows: DuckDB and the tidy parser agree", async () => {
  const cell = {
    region: fc.constantFrom("110000", "北京", " beijing ", "500101", "990000", "全国", "440300", ""),
    year: fc.constantFrom("2024", "2023", "1948", String(Y + 1), "20x4", ""),
    indicator: fc.constantFrom("gdp_current", "gdp_per_capita", "my_new", "Bad-Id", ""),
    value: fc.constantFrom("1", "100.5", "", "-3", "abc", "1e400", "600000", " 7 "),
    unit: fc.constantFrom("亿元", "", "元", "万元", "元/人"),
  };
  const row = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(cell.region, cell.year, cell.indicator, cell.value, cell.unit).map((c) => c.join(",")) },
    { weight: 1, arbitrary: fc.constantFrom("", "110000,2024", "110000,2024,gdp_current,1,亿元,x") },
  );
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(row, { minLength: 0, maxLength: 8 }), fc.boolean(), fc.boolean(), async (rows, allowNewIndicators, allowSubprovincial) => {
      // blank lines at the end (skipped by both) make each file's bytes new to the stores
      await agree("region,year,indicator,value,unit\n" + rows.join("\n") + "\n".repeat(++run), undefined, { allowNewIndicators, allowSubprovincial });
    }),
    { numRuns: 25, seed: 13 },
  );
});

test("a tidy CSV above the tidy parser's limit that DuckDB cannot read directly (a CRLF line, a quote, not UTF-8) is FILE_TOO_LARGE at once, naming why; at the limit it is read", async () => {
  const { TIDY_PARSER_MAX_BYTES } = await import("../../../src/data/import/largeTidyCsv.js");
  const header = "region,year,indicator,value,unit,source\n";
  const line = "110000,2020,big_x,1.5,u,s\n";
  const body = (bytes: number) => line.repeat(Math.ceil((bytes - header.length) / line.length));
  const cases: [string, string, RegExp][] = [
    ["newlines", header + body(TIDY_PARSER_MAX_BYTES + 1).replace("\n", "\r\n"), /mixes line ends/],
    ["quotes", header + '110000,2020,big_x,1.5,u,"s"\n' + body(TIDY_PARSER_MAX_BYTES + 1), /double quotes/],
  ];
  for (const [what, content, why] of cases) {
    const f = file(content);
    await assert.rejects(parseImportFile(f, registry, { allowNewIndicators: true }), (e: unknown) => {
      assert.ok(e instanceof RegeconError, what);
      assert.equal(e.code, "FILE_TOO_LARGE");
      assert.match(e.text.en, why);
      assert.match(e.text.en, new RegExp(`${path.basename(f)} \\(32 MiB\\) is larger than the 32 MiB`));
      return true;
    });
  }
  // a smaller file of the same kind is read by the tidy parser
  const small = file(header + line.replace("\n", "\r\n") + "110000,2021,big_x,2.5,u,s\n" + '110000,2022,big_x,3.5,u,"s"\n');
  const read = await parseImportFile(small, registry, { allowNewIndicators: true, directMinBytes: 0 });
  assert.equal(read.rows.count, 3);
});
