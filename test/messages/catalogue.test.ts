/**
 * One home for words: user-facing text lives in the message catalogue (src/messages/). These tests read
 * the sources with the TypeScript parser:
 * - outside the catalogue, no string or template literal contains Chinese characters (comments and data
 *   files may); files still being moved are listed in PENDING, which must shrink to empty;
 * - inside the catalogue, every object literal with a `zh` text has an `en` text, and the English
 *   literal parts contain no Chinese (parameters may carry quoted data such as a province name).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Files not yet moved to the catalogue (relative to src/). Remove a file from here when it is done. */
const PENDING = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** Every string-ish literal node in a file (plain strings, template heads/middles/tails, no-substitution templates). */
function literals(sf: ts.SourceFile): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) out.push(n);
    n.forEachChild(visit);
  };
  visit(sf);
  return out;
}

const rel = (f: string) => path.relative(SRC, f).split(path.sep).join("/");
const inCatalogue = (f: string) => rel(f).startsWith("messages/");

test("outside the catalogue, no string literal holds Chinese text (except files still PENDING)", () => {
  const found: string[] = [];
  for (const file of files(SRC)) {
    if (inCatalogue(file) || PENDING.has(rel(file))) continue;
    const sf = parse(file);
    for (const n of literals(sf)) {
      if (!CJK.test(n.getText(sf))) continue;
      const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
      found.push(`${rel(file)}:${line + 1} ${n.getText(sf).slice(0, 60)}`);
    }
  }
  assert.deepEqual(found, []);
});

test("PENDING lists only files that exist and still hold Chinese literals (remove finished ones)", () => {
  const stale: string[] = [];
  for (const name of PENDING) {
    let sf: ts.SourceFile;
    try {
      sf = parse(path.join(SRC, name));
    } catch {
      stale.push(`${name} (no such file)`);
      continue;
    }
    if (!literals(sf).some((n) => CJK.test(n.getText(sf)))) stale.push(`${name} (has no Chinese literal: remove it from PENDING)`);
  }
  assert.deepEqual(stale, []);
});

test("every catalogue text has both languages, and the English literal parts contain no Chinese", () => {
  const problems: string[] = [];
  for (const file of files(SRC).filter(inCatalogue)) {
    const sf = parse(file);
    const visit = (n: ts.Node) => {
      if (ts.isObjectLiteralExpression(n)) {
        const props = new Map(n.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(sf), p.initializer] as const));
        if (props.has("zh") || props.has("en")) {
          const where = `${rel(file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
          if (!props.has("zh") || !props.has("en")) problems.push(`${where}: only one language`);
          const en = props.get("en");
          if (en) {
            for (const lit of [en, ...literals(en as unknown as ts.SourceFile)]) {
              if ((ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit) || ts.isTemplateHead(lit) || ts.isTemplateMiddle(lit) || ts.isTemplateTail(lit)) && CJK.test(lit.getText(sf)) && !isQuotedExample(lit.getText(sf))) {
                problems.push(`${where}: Chinese in the English text: ${lit.getText(sf).slice(0, 60)}`);
              }
            }
          }
        }
      }
      n.forEachChild(visit);
    };
    visit(sf);
  }
  assert.deepEqual(problems, []);
});

/**
 * English text may quote Chinese where the user must type or recognise it: a file name in an example
 * command, a term given with its Chinese original in parentheses or quotes (审图号, "注：").
 */
function isQuotedExample(literal: string): boolean {
  const withoutQuoted = literal
    .replace(/regecon [^\n`]*/g, "") // example command lines
    .replace(/\([^()]*\)|（[^（）]*）|“[^”]*”|"[^"]*"|「[^」]*」/g, ""); // parenthesised or quoted originals
  return !CJK.test(withoutQuoted.slice(1, -1));
}
