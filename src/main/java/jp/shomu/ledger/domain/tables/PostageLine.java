package jp.shomu.ledger.domain.tables;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One department's postage cost for a month: stamps issued to it plus its 料金後納 postage (the cost allocation). */
public record PostageLine(String department, long stampsYen, long postageYen, long pieces) {
    public long total() {
        return stampsYen + postageYen;
    }

    /** Every department with stamps issued or postage in {@code month}, in name order. */
    public static List<PostageLine> of(YearMonth month, Map<String, Long> stampsIssued, List<Postage> postage) {
        TreeSet<String> departments = new TreeSet<>(stampsIssued.keySet());
        postage.stream().filter(p -> p.month().equals(month)).forEach(p -> departments.add(p.department()));
        List<PostageLine> lines = new ArrayList<>();
        for (String d : departments) {
            var p = postage.stream()
                    .filter(x -> x.month().equals(month) && x.department().equals(d))
                    .findFirst();
            lines.add(new PostageLine(
                    d,
                    stampsIssued.getOrDefault(d, 0L),
                    p.map(Postage::amount).orElse(0L),
                    p.map(Postage::pieces).orElse(0L)));
        }
        return lines;
    }
}
