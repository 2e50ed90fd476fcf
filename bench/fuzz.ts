/**
 * Issue #9's fuzz run: 1,000 seeded mutations of the real exports through `regecon import` (see
 * test/helpers/importFuzz.ts). Prints crashes (the run would stop), internal errors, store changes on
 * refusal, accepted imports with values not in their file, accepted/refused counts and time.
 * `npm run fuzz` (not part of `npm run bench`: it takes tens of minutes on 2 cores); `FUZZ_COUNT=N` and
 * `FUZZ_FROM=K` choose other mutations.
 */
import { runFuzz } from "../test/helpers/importFuzz.js";

async function run(): Promise<void> {
  const from = Number(process.env.FUZZ_FROM ?? 0);
  const count = Number(process.env.FUZZ_COUNT ?? 1000);
  let done = 0;
  const s = await runFuzz({
    from,
    to: from + count,
    seconds: Infinity,
    onResult: (r) => {
      if (++done % 50 === 0) process.stderr.write(`  ${done}/${count} mutations\n`);
      if ((r.code !== 0 && r.code !== 2) || r.storeChanged || r.valuesNotInFile.length > 0) process.stderr.write(`  FAILURE ${JSON.stringify(r)}\n`);
    },
  });
  const { failures, ...totals } = s;
  console.log(`fuzz ${s.mutations} mutations (${from}…${from + count - 1}) in ${s.seconds.toFixed(0)} s: ${s.accepted} accepted, ${s.refused} refused; crashes 0 (the run completed), internal errors ${s.internalErrors}, store changes on refusal ${s.storeChangesOnRefusal}, accepted imports with values not in the file ${s.acceptedWithForeignValues}`);
  console.log(JSON.stringify(totals, null, 2));
  if (failures.length > 0) console.log(`failures: ${JSON.stringify(failures, null, 2)}`);
}

await run();
