import { test } from "node:test";
import assert from "node:assert/strict";
import { loadRegistry, membersInYear } from "../../src/data/registry.js";
import { RegeconError } from "../../src/types/errors.js";

const registry = loadRegistry();

test("31 provinces with unique GB/T 2260 codes", () => {
  assert.equal(registry.provinces.length, 31);
  assert.equal(new Set(registry.provinces.map((p) => p.code)).size, 31);
  assert.ok(registry.provinces.every((p) => /^\d{2}0000$/.test(p.code)));
});

test("every spelling of a name resolves to the same code", () => {
  for (const n of ["内蒙古自治区", "内蒙古", "蒙", "Inner Mongolia", "inner mongolia", "Nei Mongol", " 内蒙古\t"]) {
    assert.equal(registry.lookup(n), "150000", n);
  }
  assert.equal(registry.lookup("新疆维吾尔自治区"), "650000");
  assert.equal(registry.lookup("全国"), "100000");
  assert.equal(registry.lookup("火星"), undefined);
});

test("resolveNames lists every unmatched name in one error", () => {
  assert.deepEqual(registry.resolveNames(["北京市", "沪"]), ["110000", "310000"]);
  assert.throws(
    () => registry.resolveNames(["北京市", "火星", "Atlantis"]),
    (e: unknown) => e instanceof RegeconError && e.code === "UNKNOWN_REGION_NAMES" && e.message.includes("火星") && e.message.includes("Atlantis"),
  );
});

test("groupings: 四大板块 10/6/12/3 and 南北 15/16 partition the 31 provinces (DOMAIN notes)", () => {
  const four = registry.grouping("四大板块").groups.map((g) => [g.name, membersInYear(g, 2024).length]);
  assert.deepEqual(four, [["东部", 10], ["中部", 6], ["西部", 12], ["东北", 3]]);
  const ns = Object.fromEntries(registry.grouping("南北").groups.map((g) => [g.name, membersInYear(g, 2024).length]));
  assert.deepEqual(ns, { 北方: 15, 南方: 16 });
  for (const name of ["四大板块", "南北"]) {
    const all = registry.grouping(name).groups.flatMap((g) => membersInYear(g, 2024)).sort();
    assert.deepEqual(all, registry.provinces.map((p) => p.code).sort());
  }
});

test("strategy groupings carry validity periods: 长三角 adds 安徽 from 2019", () => {
  const yrd = registry.group("长三角");
  assert.deepEqual(membersInYear(yrd, 2018).sort(), ["310000", "320000", "330000"]);
  assert.deepEqual(membersInYear(yrd, 2019).sort(), ["310000", "320000", "330000", "340000"]);
  assert.equal(membersInYear(registry.group("长江经济带"), 2024).length, 11);
  assert.equal(membersInYear(registry.group("黄河流域"), 2024).length, 9);
  assert.equal(membersInYear(registry.group("京津冀"), 2024).length, 3);
  // 粤港澳大湾区 is city-level: no province members.
  assert.equal(membersInYear(registry.group("粤港澳大湾区"), 2024).length, 0);
});

test("city members: 9 Guangdong cities and the two SARs, with English names from cities.csv; never provinces", () => {
  assert.deepEqual(registry.cityCodes(), ["440100", "440300", "440400", "440600", "441300", "441900", "442000", "440700", "441200", "810000", "820000"]);
  assert.deepEqual(registry.city("810000"), { code: "810000", name: "香港", nameEn: "Hong Kong", level: "city", validFrom: 2019, validTo: undefined });
  assert.equal(registry.city("440300")?.nameEn, "Shenzhen");
  assert.equal(registry.city("440000"), undefined, "a province is not a city");
  assert.equal(registry.city("440500"), undefined, "汕头 is in no grouping");
  assert.ok(registry.cityCodes().every((c) => !registry.isProvince(c)));
  assert.equal(registry.provinces.length, 31);
});

test("unknown grouping names the available ones", () => {
  assert.throws(() => registry.grouping("五大板块"), (e: unknown) => e instanceof RegeconError && e.code === "UNKNOWN_GROUPING" && (e.hintText?.zh ?? "").includes("四大板块"));
});

test("adjacency: 68 land pairs, 海南 has none", () => {
  assert.equal(registry.adjacency.length, 68);
  assert.ok(!registry.adjacency.some(([a, b]) => a === "460000" || b === "460000"));
});
