import type { LisaQuadrant, LocalMoranUnit } from "../stats/spatial/localMoran.js";

/**
 * Which LISA cluster a province is drawn in on a cluster map (Anselin 1995; GeoDa's convention): its
 * Moran-scatterplot quadrant (HH, LL, HL, LH) when its local pseudo p-value is below
 * LISA_SIGNIFICANCE, else "notSignificant".
 */

/** Significance level of local clusters: 5%, the level the report uses for Moran's I. p must be below it. */
export const LISA_SIGNIFICANCE = 0.05;

export type LisaClass = LisaQuadrant | "notSignificant";

/** The cluster class of one unit (see the module comment). */
export function lisaClass(unit: Pick<LocalMoranUnit, "quadrant" | "pValue">): LisaClass {
  return unit.pValue < LISA_SIGNIFICANCE ? unit.quadrant : "notSignificant";
}
