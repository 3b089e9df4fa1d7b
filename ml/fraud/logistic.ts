/**
 * L2-regularised logistic regression on the standardised encoded features: the additive model that
 * sits beside the forest (see "Additive model beside the forest" in ml/fraud/README.md).
 *
 * Fitted by Newton's method (iteratively reweighted least squares): the penalised log-likelihood is
 * strictly concave, so Newton converges in a handful of steps from zero and the result does not
 * depend on a learning rate or a step count. With ≈ 70 features a step is one 71×71 Cholesky
 * solve. Written here rather than taken from npm: ml-logistic-regression fits by plain gradient
 * descent with a fixed step count and no standardisation or intercept-free penalty, and nothing else
 * on the registry is smaller than these 100 lines. Deterministic (no randomness at all).
 */

/** A fitted model: p = σ(intercept + Σ coefficients[j] · (x[j] − means[j]) / scales[j]). */
export interface LogisticModel {
  means: number[];
  /** Standard deviation per column; 1 for constant columns (their coefficient stays 0). */
  scales: number[];
  coefficients: number[];
  intercept: number;
  /** Penalty: λ · Σ coefficients² / 2 added to the negative log-likelihood summed over rows (intercept not penalised). */
  l2: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves A x = b for symmetric positive definite A (Cholesky); A and b are not modified. */
export function solveSymmetricPositive(a: readonly number[][], b: readonly number[]): number[] {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 0)) throw new Error("Matrix is not positive definite");
        l[i][i] = Math.sqrt(sum);
      } else {
        l[i][j] = sum / l[j][j];
      }
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
    y[i] = sum / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
}

function standardised(row: readonly number[], means: readonly number[], scales: readonly number[], columns: readonly number[]): number[] {
  return columns.map((c) => (row[c] - means[c]) / scales[c]);
}

/**
 * Fits the model on rows × columns of `matrix` (labels 0/1). `columns` restricts the columns used
 * (the others get coefficient 0); default all. Stops when no coefficient moves by more than 1e-8
 * or after 50 Newton steps.
 */
export function fitLogistic(matrix: readonly number[][], labels: readonly number[], l2: number, columns?: readonly number[]): LogisticModel {
  const n = matrix.length;
  const width = matrix[0]?.length ?? 0;
  const means = new Array<number>(width).fill(0);
  const scales = new Array<number>(width).fill(1);
  for (let j = 0; j < width; j++) {
    let sum = 0;
    for (const row of matrix) sum += row[j];
    means[j] = sum / n;
    let squares = 0;
    for (const row of matrix) squares += (row[j] - means[j]) ** 2;
    const sd = Math.sqrt(squares / n);
    scales[j] = sd > 1e-12 ? sd : 1;
  }
  const used = (columns ?? Array.from({ length: width }, (_, j) => j)).filter((c) => scales[c] !== 1 || matrix.some((r) => r[c] !== means[c]));
  const z = matrix.map((row) => [1, ...standardised(row, means, scales, used)]);
  const d = used.length + 1;
  // Start at the base rate so the first step is already small for unbalanced labels.
  const rate = Math.min(Math.max(labels.reduce((a, b) => a + b, 0) / Math.max(n, 1), 1e-6), 1 - 1e-6);
  let beta = new Array<number>(d).fill(0);
  beta[0] = Math.log(rate / (1 - rate));
  for (let step = 0; step < 50; step++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < n; i++) {
      const zi = z[i];
      let eta = 0;
      for (let j = 0; j < d; j++) eta += beta[j] * zi[j];
      const p = sigmoid(eta);
      const w = Math.max(p * (1 - p), 1e-10);
      const residual = labels[i] - p;
      for (let j = 0; j < d; j++) {
        gradient[j] += residual * zi[j];
        const wz = w * zi[j];
        for (let k = 0; k <= j; k++) hessian[j][k] += wz * zi[k];
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) hessian[k][j] = hessian[j][k];
      if (j > 0) {
        gradient[j] -= l2 * beta[j];
        hessian[j][j] += l2;
      }
    }
    hessian[0][0] += 1e-9; // keeps the solve defined if every row has the same label
    const delta = solveSymmetricPositive(hessian, gradient);
    beta = beta.map((b, j) => b + delta[j]);
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  const coefficients = new Array<number>(width).fill(0);
  used.forEach((c, k) => (coefficients[c] = beta[k + 1]));
  return { means, scales, coefficients, intercept: beta[0], l2 };
}

/** Fraud probability of one encoded row. */
export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  let eta = model.intercept;
  for (let j = 0; j < model.coefficients.length; j++) {
    if (model.coefficients[j] !== 0) eta += (model.coefficients[j] * (row[j] - model.means[j])) / model.scales[j];
  }
  return sigmoid(eta);
}

/**
 * How a model combines its parts (model format 2): probability = forestWeight · forest +
 * (1 − forestWeight) · logistic. `logistic` is null exactly when forestWeight is 1 (forest only,
 * which is also what a format-1 file without a blend means).
 */
export interface ModelBlend {
  forestWeight: number;
  logistic: LogisticModel | null;
}

/** The blended probability, given the forest's probability of the same encoded row. */
export function blendProbability(blend: ModelBlend | undefined, forestProbability: number, row: readonly number[]): number {
  if (!blend || !blend.logistic || blend.forestWeight >= 1) return forestProbability;
  const additive = predictLogistic(blend.logistic, row);
  return blend.forestWeight <= 0 ? additive : blend.forestWeight * forestProbability + (1 - blend.forestWeight) * additive;
}
