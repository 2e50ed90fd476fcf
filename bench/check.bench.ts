/**
 * Issue #11 target: checking a 140 KB report takes under 1 s after start-up. The report is regecon's own,
 * generated from the bundled data for several years and joined until it reaches 140 KB (the reference
 * report is about that size; tests and benchmarks do not read it). Start-up (registry, vintages) is timed
 * apart; the check (extraction + verification against every vintage) is timed on its first run in the
 * process and as the median of three more, and printed as a ratio to a reference measured in the same
 * run on the same text: reading the Markdown as plain text and splitting it into sentences. The CPU time of
 * the first run is printed too: on a shared machine the wall time includes waiting for a core.
 */
import { checkText } from "../src/check/check.js";
import { markdownToText } from "../src/check/extract/markdown.js";
import { paragraphs } from "../src/check/extract/segments.js";
import { vintagesFromFolder } from "../src/check/verify/vintages.js";
import { loadFolderDataset } from "../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../src/data/paths.js";
import { loadRegistry } from "../src/data/registry.js";
import { buildReport } from "../src/report/build.js";
import { renderMarkdown } from "../src/report/markdown.js";
import { measure } from "./util.js";

const TARGET_BYTES = 140 * 1024;

export async function run(): Promise<void> {
  const registry = loadRegistry();
  const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  const years = dataset.years("gdp_current").filter((y) => y >= 2016).reverse();
  const parts: string[] = [];
  for (let i = 0; Buffer.byteLength(parts.join("\n"), "utf8") < TARGET_BYTES; i++) {
    const year = years[i % years.length]!;
    parts.push(renderMarkdown(buildReport({ dataset, registry, year, lang: "zh" }), { figureDir: "f" }).markdown);
  }
  const markdown = parts.join("\n");
  console.log(`report: ${(Buffer.byteLength(markdown, "utf8") / 1024).toFixed(0)} KB of Markdown (${parts.length} generated reports, years ${years.join(", ")})`);

  const startup = await measure(() => vintagesFromFolder(DEFAULT_DATASET_DIR, registry));
  console.log(`start-up (vintages: current, pre-census index, preliminary 2024): ${startup.ms.toFixed(0)} ms`);
  const views = startup.result;

  const reference = () => paragraphs(markdownToText(markdown)).reduce((n, p) => n + p.sentences.length, 0);
  const check = () => checkText("bench.md", markdownToText(markdown), views, registry, "zh");

  const ref0 = await measure(reference);
  const cpu0 = process.cpuUsage();
  const first = await measure(check);
  const cpu = process.cpuUsage(cpu0);
  const refs: number[] = [ref0.ms];
  const checks: number[] = [];
  for (let i = 0; i < 3; i++) {
    refs.push((await measure(reference)).ms);
    checks.push((await measure(check)).ms);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const r = first.result;
  console.log(`claims: ${r.claims.length} of ${r.numbersFound} numbers; ${JSON.stringify(r.byVerdict)}`);
  console.log(`reference (read Markdown as text + split sentences, ${ref0.result} sentences): median ${median(refs).toFixed(1)} ms`);
  console.log(`check, first run in the process: ${first.ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (${(first.ms / median(refs)).toFixed(0)}× the reference); peak RSS ${first.peakRssMiB.toFixed(0)} MiB`);
  console.log(`check, median of 3 more: ${median(checks).toFixed(0)} ms (${(median(checks) / median(refs)).toFixed(0)}× the reference)`);
  console.log(`target < 1000 ms after start-up: ${first.ms < 1000 ? "met" : "NOT met"} (first run)`);
}
