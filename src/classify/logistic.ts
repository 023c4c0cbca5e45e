/**
 * Logistic regression: the model that turns similarity features into a paraphrase probability.
 * Fitting is deterministic (full-batch gradient descent from zero weights, no sampling).
 */

export interface LogisticModel {
  weights: number[];
  bias: number;
}

export interface FitOptions {
  iterations?: number;
  learningRate?: number;
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i]! * (x[i] ?? 0);
  return sigmoid(z);
}

export function fitLogistic(xs: readonly (readonly number[])[], ys: readonly number[], options: FitOptions = {}): LogisticModel {
  const { iterations = 3000, learningRate = 0.5, l2 = 1e-4 } = options;
  const d = xs[0]?.length ?? 0;
  const n = xs.length;
  const w = new Float64Array(d);
  let b = 0;
  const grad = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let k = 0; k < n; k++) {
      const x = xs[k]!;
      let z = b;
      for (let i = 0; i < d; i++) z += w[i]! * x[i]!;
      const err = sigmoid(z) - ys[k]!;
      for (let i = 0; i < d; i++) grad[i]! += err * x[i]!;
      gb += err;
    }
    for (let i = 0; i < d; i++) w[i]! -= learningRate * (grad[i]! / n + l2 * w[i]!);
    b -= (learningRate * gb) / n;
  }
  return { weights: Array.from(w, (v) => Math.round(v * 1e6) / 1e6), bias: Math.round(b * 1e6) / 1e6 };
}
