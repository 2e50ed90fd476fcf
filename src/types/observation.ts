/**
 * The atom of regecon: one published number with its provenance.
 *
 * `regionCode` is a GB/T 2260 six-digit code for a province (national = "100000"), or a group key
 * ("四大板块/东部") when a source publishes a group total directly.
 */
export interface Observation {
  regionCode: string;
  year: number;
  /** Indicator id from the catalogue, e.g. "gdp_current". */
  indicator: string;
  /** As published; never 0 for missing (missing observations are simply absent). */
  value: number;
  unit: string;
  /** Source id (see `SourceInfo`). */
  source: string;
  /** Vintage id: observations of one series must share it (see `SourceInfo.vintage`). */
  vintage: string;
}

/** Provenance of a source id. */
export interface SourceInfo {
  id: string;
  producer: string;
  title: string;
  /** English producer and title for English reports. */
  producerEn: string;
  titleEn: string;
  vintage: string;
  vintageLabel: string;
  vintageLabelEn: string;
  retrieved: string;
}

/** The national aggregate code used by NBS tables. */
export const NATIONAL_CODE = "100000";
