package jp.shomu.ledger.domain.forecast;

/** Splits a whole number by weights so that the parts are whole and add up exactly (largest remainder). */
public final class Apportion {
    private Apportion() {}

    public static long[] split(long total, double[] weights) {
        long[] parts = new long[weights.length];
        double sum = 0;
        for (double w : weights) {
            sum += Math.max(0, w);
        }
        if (weights.length == 0) {
            return parts;
        }
        if (sum <= 0) {
            weights = new double[weights.length];
            java.util.Arrays.fill(weights, 1);
            sum = weights.length;
        }
        double[] remainder = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * Math.max(0, weights[i]) / sum;
            parts[i] = (long) Math.floor(exact);
            remainder[i] = exact - parts[i];
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainder.length; i++) {
                if (remainder[i] > remainder[best] + 1e-12) {
                    best = i;
                }
            }
            parts[best]++;
            remainder[best] = -1;
        }
        return parts;
    }
}
