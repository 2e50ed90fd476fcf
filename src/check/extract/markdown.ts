/**
 * Plain text of a Markdown document, one paragraph per line: headings lose their `#`, emphasis and
 * backslash escapes are dropped, links keep their text, images and table separator rows are left
 * out, table rows become tab-separated cells, quote markers and hard-break spaces are removed.
 * Consecutive non-blank lines of a paragraph stay separate lines (regecon writes one paragraph per line).
 */
export function markdownToText(md: string): string {
  const out: string[] = [];
  for (const raw of md.split("\n")) {
    let line = raw.trimEnd();
    if (/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(line)) continue; // an image alone on its line
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table separator
    line = line.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/^\s*>\s?/, "");
    if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line
        .trim()
        .replace(/^\|/, "")
        .replace(/\|$/, "")
        .split(/(?<!\\)\|/)
        .map((c) => c.trim())
        .join("\t");
    }
    line = line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\*\*([^*]+)\*\*/g, "$1")
      .replace(/__([^_]+)__/g, "$1")
      .replace(/(?<![*\w])\*([^*\n]+)\*(?!\w)/g, "$1")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, "$1");
    out.push(line);
  }
  return out.join("\n");
}
