package jp.shomu.ledger.domain.tables;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** A month's amounts added up by department (所属別の按分), departments in name order. */
public final class DepartmentSplit {
    private DepartmentSplit() {}

    public static <T> Map<String, Long> of(List<T> rows, Function<T, String> department, ToLongFunction<T> amount) {
        Map<String, Long> split = new TreeMap<>();
        for (T row : rows) {
            split.merge(department.apply(row), amount.applyAsLong(row), Long::sum);
        }
        return split;
    }
}
