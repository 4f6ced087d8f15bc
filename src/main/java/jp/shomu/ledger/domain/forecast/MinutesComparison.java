package jp.shomu.ledger.domain.forecast;

/**
 * One task type's standard minutes against what its completed cases actually took (time entries summed per case).
 *
 * <p>The rule for proposing a new standard: at least {@value #MIN_CASES} completed cases with time recorded (fewer
 * say more about the people than the work), and an actual average at least {@value #THRESHOLD_PERCENT} % above or
 * below the standard. Cases without any time entry are left out: nobody recorded them, they did not take zero minutes.
 *
 * @param typeCode     中区分
 * @param standard     the catalog's standard minutes per case
 * @param cases        completed cases with time recorded
 * @param totalMinutes their minutes, summed
 */
public record MinutesComparison(String typeCode, int standard, long cases, long totalMinutes) {
    public static final int MIN_CASES = 20;
    public static final int THRESHOLD_PERCENT = 30;

    /** Actual minutes per case, rounded half up; 0 with no cases. */
    public long actual() {
        return cases == 0 ? 0 : (totalMinutes * 2 + cases) / (cases * 2);
    }

    /** Actual against standard in hundredths (130 = 1.30); 0 with no cases. */
    public long ratioHundredths() {
        return cases == 0 || standard == 0 ? 0 : (totalMinutes * 200 + cases * standard) / (cases * standard * 2);
    }

    /** "1.30", the ratio with two decimals; "" with no cases. */
    public String ratioText() {
        if (cases == 0) {
            return "";
        }
        long r = ratioHundredths();
        return r / 100 + "." + String.format(java.util.Locale.ROOT, "%02d", r % 100);
    }

    /**
     * Whether the standard should change: enough cases, and actual minutes × 100 at least 30 % away from standard ×
     * 100 (compared in whole minutes, so the borderline is exact).
     */
    public boolean differs() {
        if (cases < MIN_CASES || standard == 0) {
            return false;
        }
        long actualTimes100 = totalMinutes * 100;
        long low = cases * standard * (100L - THRESHOLD_PERCENT);
        long high = cases * standard * (100L + THRESHOLD_PERCENT);
        return actualTimes100 <= low || actualTimes100 >= high;
    }
}
