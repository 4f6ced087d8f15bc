package jp.shomu.ledger.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.imports.ColumnLetters;
import jp.shomu.ledger.domain.kpi.ErrorAnalysis;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.cases.MonthlyQueries;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * The 誤り分析 of a month: error categories by task type, and send-backs by the operator whose work was checked —
 * named only when asked for by a leader or the manager, otherwise shown as 担当者A, 担当者B … (ordered by
 * send-backs, so the letters say nothing about who is who).
 */
final class ErrorTally {
    private final LedgerContext ctx;
    private final boolean names;

    /** @param names show operators' names; the caller has checked that the reader may see them */
    ErrorTally(LedgerContext ctx, boolean names) {
        this.ctx = ctx;
        this.names = names;
    }

    ErrorAnalysis analyse(LocalDate first, LocalDate last, Catalog catalog) {
        Map<String, Map<String, Long>> sendBacks = new TreeMap<>();
        Map<String, Map<String, Long>> after = new TreeMap<>();
        for (var r : ctx.ledger().read(c -> MonthlyQueries.categories(c, first, last))) {
            Map<String, Map<String, Long>> target = r.outcome() == ReviewOutcome.SENT_BACK ? sendBacks : after;
            target.computeIfAbsent(r.typeCode(), k -> new TreeMap<>()).merge(r.category(), r.count(), Long::sum);
        }
        List<ErrorAnalysis.TypeRow> rows = new ArrayList<>();
        List<String> codes =
                new ArrayList<>(catalog.taskTypes().stream().map(TaskType::code).toList());
        sendBacks.keySet().stream().filter(k -> !codes.contains(k)).forEach(codes::add);
        after.keySet().stream()
                .filter(k -> !codes.contains(k) && !sendBacks.containsKey(k))
                .forEach(codes::add);
        for (String code : codes) {
            if (sendBacks.containsKey(code) || after.containsKey(code)) {
                String name = catalog.taskType(code).map(TaskType::name).orElse(code);
                rows.add(new ErrorAnalysis.TypeRow(
                        code, name, sendBacks.getOrDefault(code, Map.of()), after.getOrDefault(code, Map.of())));
            }
        }
        return new ErrorAnalysis(catalog.errorCategories(), rows, operators(first, last), names);
    }

    private List<ErrorAnalysis.OperatorRow> operators(LocalDate first, LocalDate last) {
        Map<Long, String> staff = new HashMap<>();
        ctx.ledger().read(StaffRepository::all).forEach(s -> staff.put(s.id(), s.name()));
        List<MonthlyQueries.MakerReviews> makers =
                new ArrayList<>(ctx.ledger().read(c -> MonthlyQueries.makers(c, first, last)));
        makers.sort(Comparator.comparingLong(MonthlyQueries.MakerReviews::sentBack)
                .reversed()
                .thenComparing(Comparator.comparingLong(MonthlyQueries.MakerReviews::checked)
                        .reversed())
                .thenComparing(m -> staff.getOrDefault(m.makerId(), "")));
        List<ErrorAnalysis.OperatorRow> rows = new ArrayList<>();
        for (MonthlyQueries.MakerReviews m : makers) {
            String label = names
                    ? (m.makerId() == null ? "(記録なし)" : staff.getOrDefault(m.makerId(), "#" + m.makerId()))
                    : "担当者" + ColumnLetters.of(rows.size());
            rows.add(new ErrorAnalysis.OperatorRow(label, m.checked(), m.sentBack()));
        }
        return rows;
    }
}
