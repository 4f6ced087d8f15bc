package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * The stamp register (切手受払簿, 6-1) worked out from its lines: each denomination's balance month by month, the
 * month-end reconciliation against the stamps counted, and the stamps issued by department (in yen) for the cost
 * allocation. An issue that would take a balance below 0 (in its month or any later one) is refused.
 */
public final class StampBook {
    /** Stamps of one denomination issued to one department in a month. */
    public record Issued(String department, long denomination, long quantity) {
        public long yen() {
            return quantity * denomination;
        }
    }

    private final List<StampEntry> entries;
    private final Map<Long, Long> counted;

    /** @param counted the month's counts by denomination */
    public StampBook(List<StampEntry> entries, Map<Long, Long> counted) {
        this.entries = List.copyOf(entries);
        this.counted = Map.copyOf(counted);
    }

    /** Every denomination ever received, with the month's movements. */
    public List<StampLine> lines(YearMonth month) {
        TreeSet<Long> denominations = new TreeSet<>(java.util.Comparator.reverseOrder());
        entries.forEach(e -> denominations.add(e.denomination()));
        denominations.addAll(counted.keySet());
        List<StampLine> lines = new ArrayList<>();
        for (long d : denominations) {
            long opening = closing(month.minusMonths(1), d);
            long received = moved(month, d, StampEntry.Kind.RECEIVED);
            long issued = moved(month, d, StampEntry.Kind.ISSUED);
            lines.add(new StampLine(
                    d, opening, received, issued, opening + received - issued, Optional.ofNullable(counted.get(d))));
        }
        return lines;
    }

    /** The balance of {@code denomination} at the end of {@code month}. */
    public long closing(YearMonth month, long denomination) {
        return entries.stream()
                .filter(e -> e.denomination() == denomination && !e.month().isAfter(month))
                .mapToLong(StampEntry::signedQuantity)
                .sum();
    }

    private long moved(YearMonth month, long denomination, StampEntry.Kind kind) {
        return entries.stream()
                .filter(e -> e.denomination() == denomination && e.month().equals(month) && e.kind() == kind)
                .mapToLong(StampEntry::quantity)
                .sum();
    }

    /** Refuses issuing more stamps than the book holds, in the month or any month after it. */
    public void checkIssue(YearMonth month, long denomination, long quantity) {
        YearMonth end = entries.stream()
                .map(StampEntry::month)
                .filter(m -> m.isAfter(month))
                .max(YearMonth::compareTo)
                .orElse(month);
        for (YearMonth m = month; !m.isAfter(end); m = m.plusMonths(1)) {
            long balance = closing(m, denomination);
            if (balance < quantity) {
                throw new InvalidInputException(
                        String.format("%d円切手の残高(%s末 %,d枚)を超えて %,d枚は払い出せません", denomination, m, balance, quantity));
            }
        }
    }

    /** The stamps received in {@code month} of one denomination. */
    public long received(YearMonth month, long denomination) {
        return moved(month, denomination, StampEntry.Kind.RECEIVED);
    }

    /** The stamps issued in {@code month} by department and denomination (department order, then highest first). */
    public List<Issued> issued(YearMonth month) {
        Map<String, Map<Long, Long>> by = new java.util.TreeMap<>();
        entries.stream()
                .filter(e -> e.month().equals(month) && e.kind() == StampEntry.Kind.ISSUED)
                .forEach(e -> by.computeIfAbsent(
                                e.department(), d -> new java.util.TreeMap<>(java.util.Comparator.reverseOrder()))
                        .merge(e.denomination(), e.quantity(), Long::sum));
        List<Issued> issued = new ArrayList<>();
        by.forEach((d, m) -> m.forEach((denomination, n) -> issued.add(new Issued(d, denomination, n))));
        return issued;
    }

    /** The stamps issued in {@code month}, in yen, by department. */
    public Map<String, Long> issuedByDepartment(YearMonth month) {
        return DepartmentSplit.of(
                entries.stream()
                        .filter(e -> e.month().equals(month) && e.kind() == StampEntry.Kind.ISSUED)
                        .toList(),
                StampEntry::department,
                e -> e.quantity() * e.denomination());
    }
}
