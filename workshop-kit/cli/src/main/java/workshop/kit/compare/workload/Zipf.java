package workshop.kit.compare.workload;

import java.util.Arrays;
import java.util.Random;

/**
 * Picks ranks 0..n-1 with a Zipf-like popularity: rank k with weight 1/(k+1)^skew. Skew 0 is
 * uniform; around 1 a few items get most of the traffic, as real popularity tends to.
 */
final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double skew) {
        if (n < 1) {
            throw new IllegalArgumentException("Need at least one item, not " + n);
        }
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, skew);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
    }

    int next(Random random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = index >= 0 ? index : -index - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
