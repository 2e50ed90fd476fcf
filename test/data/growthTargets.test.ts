import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readGrowthTargets } from "../../src/data/growthTargets.js";
import { loadRegistry } from "../../src/data/registry.js";
import { RegeconError } from "../../src/types/errors.js";

const registry = loadRegistry();
const FIXTURE = fileURLToPath(new URL("../fixtures/outlook/growth-targets-TEST-DATA.csv", import.meta.url));
const TEMPLATE = fileURLToPath(new URL("../../data/templates/growth-targets.csv", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "regecon-targets-"));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

function refused(text: string, code: string, pattern: RegExp): void {
  assert.throws(
    () => readGrowthTargets(file(`${code}.csv`, text), registry),
    (e: unknown) => e instanceof RegeconError && e.code === code && pattern.test(e.text.zh) && !/[\u4e00-\u9fff]/.test(e.text.en.replace(/“[^”]*”|"[^"]*"|\([^)]*\)/g, "")),
  );
}

test("the test fixture reads: provinces by code, the national row as 100000, targets in %, sources kept", () => {
  const t = readGrowthTargets(FIXTURE, registry);
  assert.equal(t.targets.length, 10);
  assert.deepEqual(t.targets[0], { code: "110000", year: 2024, target: 5, source: "TEST DATA (made up)", line: 5 });
  assert.equal(t.targets.find((x) => x.code === "100000")?.year, 2025);
  assert.equal(t.targets.find((x) => x.code === "540000")?.target, 7);
});

test("the shipped template has the header and instructions but no targets", () => {
  assert.deepEqual(readGrowthTargets(TEMPLATE, registry).targets, []);
});

test("names in any spelling, a trailing %, a BOM and a note column are accepted", () => {
  const t = readGrowthTargets(file("ok.csv", "\uFEFFregion,year,target,source,note\nInner Mongolia,2025,5.0%,report,约5%\n440000,2025,5,report,\n蒙,2026,4.5,report,\n"), registry);
  assert.deepEqual(t.targets.map((x) => [x.code, x.year, x.target]), [["150000", 2025, 5], ["440000", 2025, 5], ["150000", 2026, 4.5]]);
});

test("a refused file says what and where, in both languages", () => {
  refused("region,year,target\n北京,2025,5\n", "CSV_MISSING_COLUMNS", /缺少列 source/);
  refused("region,year,target,source\n北平,2025,5,x\n京,2025,5,x\nAtlantis,2025,5,x\n", "UNKNOWN_REGION_NAMES", /第2行“北平”.*第4行“Atlantis”/);
  refused("region,year,target,source\n北京,25,5,x\n", "BAD_YEAR", /第2行/);
  refused("region,year,target,source\n北京,2025,5%左右,x\n", "NOT_NUMERIC", /“5%左右”/);
  refused("region,year,target,source\n北京,2025,105,x\n", "IMPLAUSIBLE_VALUE", /105%/);
  refused("region,year,target,source\n北京,2025,5,\n", "MISSING_SOURCE", /第2行/);
  refused("region,year,target,source\n北京,2025,5,x\nBeijing,2025,5.5,y\n", "DUPLICATE_OBSERVATION", /北京 2025年.*第2、3行/);
  refused('region,year,target,source\n"北京,2025,5,x\n', "CSV_UNREADABLE", /不是有效的 CSV/);
  assert.throws(() => readGrowthTargets(path.join(dir, "none.csv"), registry), (e: unknown) => e instanceof RegeconError && e.code === "FILE_UNREADABLE");
});
