package org.storyfuse.eval;

/**
 * The linear solve inside Newton's method for the evaluation module's logistic regressions
 * (paragraph filter, other-wording decision): their Hessians with an L2 penalty are symmetric
 * positive definite, so a Cholesky factorisation solves them stably and in half the work of
 * elimination.
 */
public final class LinearSystems {

  private LinearSystems() {}

  /** Solves {@code a x = b} for a symmetric positive definite {@code a} (Cholesky). */
  public static double[] solveSymmetricPositiveDefinite(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          l[i][i] = Math.sqrt(Math.max(s, 1e-12));
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }
}
