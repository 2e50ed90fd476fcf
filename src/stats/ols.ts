import { twoSidedTPValue } from "./distributions.js";

/** Result of an ordinary least-squares fit. */
export interface OlsResult {
  /** Coefficients in the order of the columns of X. */
  coefficients: number[];
  /** Classical (homoskedastic) standard errors √(s² (X'X)⁻¹)ⱼⱼ, s² = RSS/(n − k). */
  standardErrors: number[];
  tValues: number[];
  /** Two-sided p-values from Student t with n − k degrees of freedom. */
  pValues: number[];
  residuals: number[];
  rSquared: number;
  /** Residual degrees of freedom n − k. */
  df: number;
  /** s² = RSS / (n − k). */
  residualVariance: number;
  n: number;
}

/**
 * Ordinary least squares y = Xb + e by the normal equations (Cholesky of X'X), with classical
 * standard errors, t statistics and two-sided p-values (as R `summary(lm(y ~ ...))`).
 *
 * Input: `X` as rows (n × k, include a column of 1s for an intercept), `y` of length n, n > k.
 * R² is centred (1 − RSS/TSS) when X has an intercept column, uncentred otherwise.
 * Throws RangeError on shape mismatch, non-finite input, n ≤ k, or a rank-deficient X
 * (e.g. collinear dummies). Source: any econometrics text, e.g. Greene, Econometric Analysis, ch. 4.
 */
export function ols(X: readonly (readonly number[])[], y: readonly number[]): OlsResult {
  const n = y.length;
  if (X.length !== n) throw new RangeError(`ols: X has ${X.length} rows but y has ${n} values`);
  const k = X[0]?.length ?? 0;
  if (k === 0) throw new RangeError("ols: X has no columns");
  if (n <= k) throw new RangeError(`ols: need more observations (${n}) than coefficients (${k})`);
  for (let i = 0; i < n; i++) {
    const row = X[i]!;
    if (row.length !== k) throw new RangeError(`ols: row ${i} of X has ${row.length} columns, expected ${k}`);
    if (!Number.isFinite(y[i]!) || row.some((v) => !Number.isFinite(v))) throw new RangeError(`ols: non-finite value in row ${i}`);
  }
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const row = X[i]!;
    for (let a = 0; a < k; a++) {
      xty[a]! += row[a]! * y[i]!;
      for (let b = 0; b <= a; b++) xtx[a]![b]! += row[a]! * row[b]!;
    }
  }
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) xtx[a]![b] = xtx[b]![a]!;
  const inv = invertSymmetricPositive(xtx);
  const coefficients = inv.map((r) => r.reduce((s, v, j) => s + v * xty[j]!, 0));
  const residuals = y.map((yi, i) => yi - X[i]!.reduce((s, v, j) => s + v * coefficients[j]!, 0));
  const rss = residuals.reduce((s, e) => s + e * e, 0);
  const df = n - k;
  const s2 = rss / df;
  const standardErrors = inv.map((r, j) => Math.sqrt(Math.max(0, s2 * r[j]!)));
  const tValues = coefficients.map((b, j) => b / standardErrors[j]!);
  const pValues = tValues.map((t) => (Number.isFinite(t) ? twoSidedTPValue(t, df) : 0));
  const hasIntercept = X[0]!.some((_, j) => X.every((row) => row[j] === 1));
  const ybar = hasIntercept ? y.reduce((a, b) => a + b, 0) / n : 0;
  const tss = y.reduce((s, v) => s + (v - ybar) ** 2, 0);
  return { coefficients, standardErrors, tValues, pValues, residuals, rSquared: tss > 0 ? 1 - rss / tss : 0, df, residualVariance: s2, n };
}

/** Inverse of a symmetric positive-definite matrix via Cholesky; throws RangeError when singular. */
function invertSymmetricPositive(A: number[][]): number[][] {
  const k = A.length;
  const L = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const scale = A.reduce((m, r, i) => Math.max(m, Math.abs(r[i]!)), 0);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i]![j]!;
      for (let m = 0; m < j; m++) s -= L[i]![m]! * L[j]![m]!;
      if (i === j) {
        if (!(s > 1e-12 * scale)) throw new RangeError("ols: X'X is singular (collinear columns, e.g. a dummy for every group plus an intercept)");
        L[i]![i] = Math.sqrt(s);
      } else L[i]![j] = s / L[j]![j]!;
    }
  }
  // inverse of L (lower triangular), then A⁻¹ = L⁻ᵀ L⁻¹
  const Li = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    Li[i]![i] = 1 / L[i]![i]!;
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let m = j; m < i; m++) s -= L[i]![m]! * Li[m]![j]!;
      Li[i]![j] = s / L[i]![i]!;
    }
  }
  const inv = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let m = Math.max(i, j); m < k; m++) s += Li[m]![i]! * Li[m]![j]!;
      inv[i]![j] = s;
    }
  return inv;
}
