package jp.shomu.ledger.domain.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.catalog.TaskType;

/**
 * The workload and staffing forecast of one fiscal year, per month and 大区分 / 中区分: expected cases × standard
 * minutes = hours needed, against the hours the roster makes available, with the actual cases and hours beside
 * them.
 *
 * <p>Expected cases: the catalog's annual cases spread over the twelve months by its seasonal profile (a peak month
 * weighs {@value #PEAK_WEIGHT}, any other month 1) in whole cases that add up to the annual figure; in a month of
 * the previous fiscal year in which the ledger was in use, that month's actual count replaces the estimate. Hours
 * are kept in tenths; per 大区分 the twelve months' tenths add up to the year's exact minutes ÷ 6, rounded once, so the
 * year's hours needed equal annual cases × standard minutes ÷ 60.
 *
 * <p>Hours available: each person's contracted hours on the month's business days within their service period,
 * under the version of their terms in force that day. A person with task types gives their hours to those types'
 * 大区分 in proportion to the month's need; a person without gives them to all 大区分 the same way.
 */
public final class Forecast {
    /** Weight of a peak month against 1 for any other month (the sample generator uses the same). */
    public static final int PEAK_WEIGHT = 2;
    /** One person-day: the city's standard 7 h 45 min. */
    public static final double PERSON_DAY_HOURS = 7.75;

    /** One 中区分 in one month. Minutes are exact. */
    public record TypeMonth(
            YearMonth month,
            String majorCode,
            String typeCode,
            long expectedCases,
            boolean fromLastYear,
            long minutesNeeded,
            long actualCases,
            long actualMinutes) {}

    /** One 大区分 in one month. Hours are in tenths. */
    public record MajorMonth(
            YearMonth month,
            String majorCode,
            long expectedCases,
            long neededTenths,
            long availableTenths,
            long actualCases,
            long actualTenths) {
        public double hoursNeeded() {
            return neededTenths / 10.0;
        }

        public double hoursAvailable() {
            return availableTenths / 10.0;
        }

        public double actualHours() {
            return actualTenths / 10.0;
        }

        /** Person-days short (positive) or spare (negative). */
        public double gapPersonDays() {
            return (neededTenths - availableTenths) / 10.0 / PERSON_DAY_HOURS;
        }
    }

    private final FiscalYear year;
    private final List<MajorCategory> majors;
    private final List<TypeMonth> types;
    private final List<MajorMonth> rows;
    private final Map<YearMonth, Integer> businessDays;

    private Forecast(
            FiscalYear year,
            List<MajorCategory> majors,
            List<TypeMonth> types,
            List<MajorMonth> rows,
            Map<YearMonth, Integer> businessDays) {
        this.year = year;
        this.majors = majors;
        this.types = types;
        this.rows = rows;
        this.businessDays = businessDays;
    }

    public FiscalYear year() {
        return year;
    }

    public List<MajorCategory> majors() {
        return majors;
    }

    /** April to March. */
    public static List<YearMonth> months(FiscalYear year) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.from(year.start()).plusMonths(i));
        }
        return months;
    }

    public List<YearMonth> months() {
        return months(year);
    }

    /** Per month (April first) and 大区分 (catalog order). */
    public List<MajorMonth> rows() {
        return rows;
    }

    public List<TypeMonth> typeMonths() {
        return types;
    }

    public int businessDays(YearMonth month) {
        return businessDays.getOrDefault(month, 0);
    }

    public List<MajorMonth> rows(YearMonth month) {
        return rows.stream().filter(r -> r.month().equals(month)).toList();
    }

    /** The year's total of one 大区分, as a row without a month. */
    public MajorMonth yearTotal(String majorCode) {
        return sum(
                null,
                majorCode,
                rows.stream().filter(r -> r.majorCode().equals(majorCode)).toList());
    }

    /** One month over all 大区分. */
    public MajorMonth monthTotal(YearMonth month) {
        return sum(month, "", rows(month));
    }

    private static MajorMonth sum(YearMonth month, String major, List<MajorMonth> list) {
        return new MajorMonth(
                month,
                major,
                list.stream().mapToLong(MajorMonth::expectedCases).sum(),
                list.stream().mapToLong(MajorMonth::neededTenths).sum(),
                list.stream().mapToLong(MajorMonth::availableTenths).sum(),
                list.stream().mapToLong(MajorMonth::actualCases).sum(),
                list.stream().mapToLong(MajorMonth::actualTenths).sum());
    }

    public static Forecast compute(ForecastInput in) {
        List<YearMonth> months = months(in.year());
        List<TaskType> taskTypes = in.catalog().taskTypes();
        List<MajorCategory> majors = in.catalog().majors();

        // expected cases per type and month
        List<TypeMonth> typeMonths = new ArrayList<>();
        Map<String, long[]> minutesByMajor = new HashMap<>();
        Map<String, long[]> minutesByType = new HashMap<>();
        for (TaskType t : taskTypes) {
            double[] weights = new double[12];
            for (int i = 0; i < 12; i++) {
                weights[i] = t.peakMonths().contains(months.get(i).getMonthValue()) ? PEAK_WEIGHT : 1;
            }
            long[] cases = Apportion.split(Math.max(0, t.annualCases()), weights);
            long[] typeMinutes = new long[12];
            for (int i = 0; i < 12; i++) {
                YearMonth m = months.get(i);
                YearMonth lastYear = m.minusYears(1);
                boolean fromLastYear = in.lastYearCovered().contains(lastYear);
                long expected = fromLastYear
                        ? in.lastYearCases().getOrDefault(lastYear, Map.of()).getOrDefault(t.code(), 0L)
                        : cases[i];
                long minutes = expected * t.standardMinutes();
                typeMinutes[i] = minutes;
                minutesByMajor.computeIfAbsent(t.majorCode(), k -> new long[12])[i] += minutes;
                typeMonths.add(new TypeMonth(
                        m,
                        t.majorCode(),
                        t.code(),
                        expected,
                        fromLastYear,
                        minutes,
                        count(in.actualCases(), m, t.code()),
                        count(in.actualMinutes(), m, t.code())));
            }
            minutesByType.put(t.code(), typeMinutes);
        }

        // hours needed in tenths: per 大区分 the year's exact total, rounded once, spread over the months
        Map<String, long[]> neededTenths = new HashMap<>();
        for (MajorCategory major : majors) {
            long[] minutes = minutesByMajor.getOrDefault(major.code(), new long[12]);
            long total = 0;
            double[] weights = new double[12];
            for (int i = 0; i < 12; i++) {
                total += minutes[i];
                weights[i] = minutes[i];
            }
            long tenths = tenthsKeepingTheHour(total);
            neededTenths.put(major.code(), total == 0 ? new long[12] : Apportion.split(tenths, weights));
        }

        // hours available per month and 大区分
        Map<YearMonth, Integer> businessDays = new HashMap<>();
        Map<String, double[]> available = new HashMap<>();
        Map<Long, List<ServicePeriod>> byStaff = new HashMap<>();
        for (ServicePeriod p : in.periods()) {
            byStaff.computeIfAbsent(p.staffId(), k -> new ArrayList<>()).add(p);
        }
        byStaff.values().forEach(l -> l.sort(Comparator.comparing(ServicePeriod::effectiveFrom)));
        Map<String, String> majorOfType = new HashMap<>();
        taskTypes.forEach(t -> majorOfType.put(t.code(), t.majorCode()));
        for (int i = 0; i < 12; i++) {
            YearMonth m = months.get(i);
            int days = 0;
            Map<Long, Double> hoursByStaff = new HashMap<>();
            Map<Long, ServicePeriod> lastTerms = new HashMap<>();
            for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
                if (!in.calendar().isBusinessDay(d)) {
                    continue;
                }
                days++;
                for (Map.Entry<Long, List<ServicePeriod>> e : byStaff.entrySet()) {
                    ServicePeriod terms = inForce(e.getValue(), d);
                    if (terms != null && terms.inService(d)) {
                        hoursByStaff.merge(e.getKey(), terms.hoursOnBusinessDay(), Double::sum);
                        lastTerms.put(e.getKey(), terms);
                    }
                }
            }
            businessDays.put(m, days);
            for (Map.Entry<Long, Double> e : hoursByStaff.entrySet()) {
                ServicePeriod terms = lastTerms.get(e.getKey());
                Set<String> targetMajors = new LinkedHashSet<>();
                if (terms.taskTypes().isEmpty()) {
                    majors.forEach(mj -> targetMajors.add(mj.code()));
                } else {
                    for (String code : terms.taskTypes()) {
                        if (majorOfType.containsKey(code)) {
                            targetMajors.add(majorOfType.get(code));
                        }
                    }
                }
                if (targetMajors.isEmpty()) {
                    continue;
                }
                // share by the month's need of the types (or 大区分) the person works on; evenly when none is needed
                Map<String, Double> need = new HashMap<>();
                double needSum = 0;
                for (String major : targetMajors) {
                    double n = 0;
                    if (terms.taskTypes().isEmpty()) {
                        n = minutesByMajor.getOrDefault(major, new long[12])[i];
                    } else {
                        for (String code : terms.taskTypes()) {
                            if (major.equals(majorOfType.get(code))) {
                                n += minutesByType.getOrDefault(code, new long[12])[i];
                            }
                        }
                    }
                    need.put(major, n);
                    needSum += n;
                }
                for (String major : targetMajors) {
                    double share = needSum > 0 ? need.get(major) / needSum : 1.0 / targetMajors.size();
                    available.computeIfAbsent(major, k -> new double[12])[i] += e.getValue() * share;
                }
            }
        }

        List<MajorMonth> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth m = months.get(i);
            for (MajorCategory major : majors) {
                long expected = 0;
                long actualCases = 0;
                long actualMinutes = 0;
                for (TypeMonth tm : typeMonths) {
                    if (tm.month().equals(m) && tm.majorCode().equals(major.code())) {
                        expected += tm.expectedCases();
                        actualCases += tm.actualCases();
                        actualMinutes += tm.actualMinutes();
                    }
                }
                rows.add(new MajorMonth(
                        m,
                        major.code(),
                        expected,
                        neededTenths.get(major.code())[i],
                        Math.round(available.getOrDefault(major.code(), new double[12])[i] * 10),
                        actualCases,
                        Math.round(actualMinutes / 6.0)));
            }
        }
        return new Forecast(in.year(), majors, List.copyOf(typeMonths), List.copyOf(rows), Map.copyOf(businessDays));
    }

    /**
     * The year's minutes as tenths of an hour, rounded so that the tenths also round to the same whole hour as the
     * minutes do (97,169 min = 1,619.48 h: 1,619.4, not 1,619.5, which would read as 1,620 h).
     */
    static long tenthsKeepingTheHour(long minutes) {
        long tenths = Math.round(minutes / 6.0);
        long hours = Math.round(minutes / 60.0);
        if (Math.round(tenths / 10.0) > hours) {
            tenths--;
        } else if (Math.round(tenths / 10.0) < hours) {
            tenths++;
        }
        return tenths;
    }

    private static long count(Map<YearMonth, Map<String, Long>> counts, YearMonth m, String type) {
        return counts.getOrDefault(m, Map.of()).getOrDefault(type, 0L);
    }

    /** The version of a person's terms in force on a day: the latest one effective on or before it. */
    static ServicePeriod inForce(List<ServicePeriod> sortedByEffective, LocalDate day) {
        ServicePeriod found = null;
        for (ServicePeriod p : sortedByEffective) {
            if (p.effectiveFrom().isAfter(day)) {
                break;
            }
            found = p;
        }
        return found;
    }
}
