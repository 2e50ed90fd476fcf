import { Parser } from "htmlparser2";

/** Elements that start a new line of text. */
const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "table", "section", "article", "blockquote", "figcaption", "caption", "header", "footer", "ul", "ol", "dt", "dd", "pre", "hr", "figure", "title", "details", "summary"]);
/** Elements whose content is not prose (chart text inside SVG, scripts, styles). */
const SKIPPED = new Set(["script", "style", "svg", "noscript", "template", "head"]);

/**
 * Plain text of an HTML page: block elements become lines, table cells are separated by tabs (a row
 * is one line), whitespace runs inside a line collapse to one space, entities are decoded; scripts,
 * styles and SVG (chart labels) are left out.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = "";
  let skip = 0;
  let cellInRow = 0;
  let inCell = 0;
  const endLine = () => {
    // trim spaces but keep tabs: an empty first cell of a row stays a cell
    const t = line.replace(/[ \u00a0]+/g, " ").replace(/ ?\t ?/g, "\t").replace(/^ +| +$/g, "");
    if (t !== "") lines.push(t);
    line = "";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skip++;
        if (skip > 0) return;
        if (name === "tr") cellInRow = 0;
        if (name === "td" || name === "th") {
          if (cellInRow++ > 0) line += "\t";
          inCell++;
        } else if (BLOCKS.has(name)) {
          // paragraphs inside a table cell stay in the cell (Word writes <td><p>…</p></td>)
          if (inCell > 0 && name !== "table" && name !== "tr") line += line.endsWith("\t") || line === "" ? "" : " ";
          else endLine();
        }
      },
      ontext(text) {
        if (skip === 0) line += text.replace(/[\n\r\t]+/g, " ");
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (name === "td" || name === "th") inCell = Math.max(0, inCell - 1);
        else if (skip === 0 && BLOCKS.has(name) && (inCell === 0 || name === "table" || name === "tr")) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  return lines.join("\n");
}
