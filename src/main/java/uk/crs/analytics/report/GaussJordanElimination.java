package uk.crs.analytics.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Gauss-Jordan elimination. A variable x_i is fixed by the equations exactly when the unit vector e_i lies in their
 * row space, which in reduced row echelon form means some row has its only non-zero entry in column i.
 */
final class GaussJordanElimination {

    private static final double EPSILON = 1e-9;

    private GaussJordanElimination() {}

    static List<Integer> singletonColumns(List<double[]> input, int columns) {
        double[][] m = input.stream().map(double[]::clone).toArray(double[][]::new);
        int pivotRow = 0;
        for (int col = 0; col < columns && pivotRow < m.length; col++) {
            int best = pivotRow;
            for (int r = pivotRow + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < EPSILON) {
                continue;
            }
            double[] swap = m[pivotRow];
            m[pivotRow] = m[best];
            m[best] = swap;
            double pivot = m[pivotRow][col];
            for (int c = 0; c < columns; c++) {
                m[pivotRow][c] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != pivotRow && Math.abs(m[r][col]) > EPSILON) {
                    double factor = m[r][col];
                    for (int c = 0; c < columns; c++) {
                        m[r][c] -= factor * m[pivotRow][c];
                    }
                }
            }
            pivotRow++;
        }
        List<Integer> singletons = new ArrayList<>();
        for (double[] row : m) {
            int nonZero = -1;
            int count = 0;
            for (int c = 0; c < columns; c++) {
                if (Math.abs(row[c]) > EPSILON) {
                    nonZero = c;
                    count++;
                }
            }
            if (count == 1) {
                singletons.add(nonZero);
            }
        }
        return singletons;
    }
}
