/**
 * Logistic regression: the model that turns similarity features into a paraphrase probability.
 * Fitting is deterministic: Newton's method (iteratively reweighted least squares) from zero
 * weights with a small L2 penalty on the weights, no sampling. Weights may be constrained to be
 * non-negative (the alignment's pruning bound needs that of the subsequence features).
 */

export interface LogisticModel {
  weights: number[];
  bias: number;
}

export interface FitOptions {
  iterations?: number;
  /** L2 penalty on the weights (not the bias), per example. */
  l2?: number;
  /** Indices of weights that must not be negative (set to 0 and refitted without them if they would be). */
  nonNegative?: readonly number[];

}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i]! * (x[i] ?? 0);
  return sigmoid(z);
}

/** Solve the symmetric positive-definite system A x = b (Cholesky). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const l = a.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j]![j]!;
    }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * y[k]!;
    y[i] = s / l[i]![i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k]![i]! * x[k]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}

function newton(xs: readonly (readonly number[])[], ys: readonly number[], active: readonly number[], iterations: number, l2: number): Float64Array {
  // Parameters: weights of the active features, then the bias.
  const d = active.length + 1;
  const n = xs.length;
  const theta = new Float64Array(d);
  const row = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    const h = Array.from({ length: d }, () => new Float64Array(d));
    const g = new Float64Array(d);
    for (let k = 0; k < n; k++) {
      const x = xs[k]!;
      for (let i = 0; i < active.length; i++) row[i] = x[active[i]!]!;
      row[d - 1] = 1;
      let z = 0;
      for (let i = 0; i < d; i++) z += theta[i]! * row[i]!;
      const p = sigmoid(z);
      const err = p - ys[k]!;
      const w = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        g[i]! += err * row[i]!;
        const hi = h[i]!;
        const wi = w * row[i]!;
        for (let j = 0; j <= i; j++) hi[j]! += wi * row[j]!;
      }
    }
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) h[j]![i] = h[i]![j]!;
    for (let i = 0; i < d - 1; i++) {
      g[i]! += n * l2 * theta[i]!;
      h[i]![i]! += n * l2;
    }
    h[d - 1]![d - 1]! += 1e-9;
    const step = solve(h, g);
    let change = 0;
    for (let i = 0; i < d; i++) {
      theta[i]! -= step[i]!;
      change = Math.max(change, Math.abs(step[i]!));
    }
    if (change < 1e-9) break;
  }
  return theta;
}

export function fitLogistic(xs: readonly (readonly number[])[], ys: readonly number[], options: FitOptions = {}): LogisticModel {
  const { iterations = 50, l2 = 1e-3, nonNegative = [] } = options;
  const d = xs[0]?.length ?? 0;
  let active = Array.from({ length: d }, (_, i) => i);
  let theta = newton(xs, ys, active, iterations, l2);
  // Constrained weights that come out negative are fixed at zero, one at a time (the most negative
  // first), and the rest refitted.
  for (;;) {
    let worst = -1;
    let worstValue = 0;
    active.forEach((f, i) => {
      const wrong = nonNegative.includes(f) ? -theta[i]! : 0;
      if (wrong > worstValue) {
        worst = f;
        worstValue = wrong;
      }
    });
    if (worst < 0) break;
    active = active.filter((f) => f !== worst);
    theta = newton(xs, ys, active, iterations, l2);
  }
  const weights = new Array<number>(d).fill(0);
  active.forEach((f, i) => (weights[f] = theta[i]!));
  const round = (v: number) => Math.round(v * 1e6) / 1e6 + 0;
  return { weights: weights.map(round), bias: round(theta[active.length]!) };
}
