import type { Registry } from "../registry.js";
import type { CensusRevision } from "./census.js";
import type { CsvLine } from "./csvRecords.js";
import type { FileContent } from "./fileScan.js";
import type { SpreadsheetLimits } from "./spreadsheet.js";

/** Which layout a file was read as. */
export type ImportFormat = "nbs-classic-csv" | "nbs-2026-csv" | "nbs-2026-multi-csv" | "nbs-xls" | "nbs-xlsx" | "tidy-csv" | "tidy-xlsx" | "tidy-parquet" | "bulletin-text";

/** Options a user can give on `regecon import`. */
export interface ImportOptions {
  /** Indicator id from the catalogue, required when the file does not name its indicator. */
  indicator?: string;
  /** Tidy CSV only: allow indicator ids not in the catalogue (their unit column is then required). */
  allowNewIndicators?: boolean;
  /**
   * Tidy tables only: accept GB/T 2260 codes below province level (city and county panels) that are not
   * in the region registry. Without it they are refused (`REGION_BELOW_PROVINCE`): no report reads them,
   * and a mistyped province code (110100 for 110000) would otherwise vanish into an unnamed region.
   */
  allowSubprovincial?: boolean;
  /** Progress callback (fraction 0–1), used for large files. */
  onProgress?: (fraction: number) => void;
  /**
   * Size from which a plain UTF-8 tidy CSV is read and validated by DuckDB instead of the tidy parser
   * (default DIRECT_MIN_BYTES); tests set 0 to exercise that path on small files.
   */
  directMinBytes?: number;
  /**
   * A file DuckDB reads (`ParsedImport.direct`) is validated by the store while it inserts the rows, so
   * that DuckDB reads it once, instead of now (a read of its own). For a command importing one file,
   * where a refusal at import time writes nothing either.
   */
  validateAtImport?: boolean;
  /** Caps on reading XLS/XLSX (default SPREADSHEET_LIMITS); tests lower the time limit. */
  spreadsheetLimits?: SpreadsheetLimits;
}

/**
 * Accumulates validated observations as normalised CSV text (region_code, year, indicator, value,
 * unit, line) — the staging format the store loads with DuckDB's `read_csv`, so a 4.5-million-row
 * import never builds one JS object per observation.
 */
export class StagedRows {
  /**
   * @param keepText false when the store reads the source file itself (`DirectCsv`): only counts,
   * indicators and years are kept, no staging text is built.
   */
  constructor(private readonly keepText = true) {}

  private readonly chunks: string[] = [];
  private buf: string[] = [];
  count = 0;
  readonly indicators = new Map<string, string>();
  readonly years = new Set<number>();

  private lastUnit = "";
  private lastUnitText = "";
  private lastYear = -1;

  add(regionCode: string, year: number, indicator: string, value: number, unit: string, line: number): void {
    if (unit !== this.lastUnit) {
      this.lastUnit = unit;
      this.lastUnitText = csvText(unit);
    }
    if (this.keepText) this.buf.push(`${regionCode},${year},${indicator},${value},${this.lastUnitText},${line}\n`);
    this.count++;
    if (!this.indicators.has(indicator)) this.indicators.set(indicator, unit);
    if (year !== this.lastYear) {
      this.lastYear = year;
      this.years.add(year);
    }
    if (this.buf.length >= 65536) this.flush();
  }

  /** The staged rows parsed back (for tests and small files; units never contain commas or quotes here). */
  entries(): { regionCode: string; year: number; indicator: string; value: number; unit: string; line: number }[] {
    return this.text()
      .join("")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => {
        const [regionCode, year, indicator, value, unit, line] = l.split(",");
        return { regionCode: regionCode!, year: Number(year), indicator: indicator!, value: Number(value), unit: unit!, line: Number(line) };
      });
  }

  /** The staged text in chunks (after the last `add`). */
  text(): string[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.buf.length > 0) this.chunks.push(this.buf.join(""));
    this.buf = [];
  }
}

function csvText(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A large tidy CSV (`DIRECT_MIN_BYTES` and more, plain UTF-8: see `largeTidyCsv.ts`) that DuckDB reads
 * and validates itself, so that JavaScript never holds its rows: the store inserts it in one read
 * (`directInsert.ts`), or refuses it with the tidy parser's own error (`tidyCsvCheck.ts`).
 */
export interface DirectCsv {
  /** Absolute path of the file. */
  path: string;
  /** The header: its 1-based line (blank lines before it count) and its cells as written. */
  header: CsvLine;
  /** 0-based positions of the tidy columns; `unit` and `source` are -1 when the file has none. */
  columns: { region: number; year: number; indicator: number; value: number; unit: number; source: number };
  /** Some cell may carry padding `cleanCell` trims (`FileScan.padded`); when false no cell needs cleaning. */
  padded: boolean;
  /** The source cell of the first data line ("" when none or no source column): most files have one source throughout. */
  firstSource: string;
  /** The registry and options the file is read with: the store applies the same rules. */
  registry: Registry;
  options: ImportOptions;
  /** The same file read by the tidy parser (the path for small files): when DuckDB cannot read it. */
  parseWithTidyParser(): Promise<ParsedImport & { bytes: FileContent }>;
}

/** Default of `ImportOptions.directMinBytes`: 8 MiB. */
export const DIRECT_MIN_BYTES = 8 * 2 ** 20;

/** A file parsed and validated, ready to be written to the store as one vintage. */
export interface ParsedImport {
  file: string;
  format: ImportFormat;
  encoding?: string;
  /** 数据库：… line (分省年度数据, 年度数据), if any. */
  database?: string;
  /** 时间：… line, if any. */
  timeLabel?: string;
  /** Footnotes (注：…), continuation lines joined with newlines. */
  notes: string[];
  /** The 数据来源：… text (e.g. 国家统计局), or the tidy file's source column values. */
  sourceText?: string;
  census?: CensusRevision;
  /** NBS indicator names as the file wrote them, by indicator id. */
  indicatorLabels: Map<string, string>;
  rows: StagedRows;
  /**
   * Set when DuckDB reads the file itself instead of `rows`' staging text. Validated now unless
   * `ImportOptions.validateAtImport`: then `rows` (count, indicators, years), `newIndicators` and
   * `sourceText` are filled in by the store's import.
   */
  direct?: DirectCsv;
  /** Indicator ids not in the catalogue that the file defines (tidy CSV with allowNewIndicators). */
  newIndicators: Map<string, string>;
}
