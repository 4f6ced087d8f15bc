package jp.shomu.ledger.report.handover;

import java.util.List;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.catalog.SlaRule;
import jp.shomu.ledger.domain.catalog.TaskType;

/** The catalog's codes in the words of the back office, for the workbook a successor reads without the app. */
final class CatalogWording {
    private CatalogWording() {}

    static String sla(TaskType type) {
        SlaRule rule = type.sla();
        return switch (rule.kind()) {
            case BUSINESS_DAYS -> "書類の完備(受理)から " + rule.days() + " 営業日以内";
            case CALENDAR_DAYS -> "起算日から " + rule.days() + " 日以内(暦日)";
            case BEFORE_DEADLINE ->
                "「" + type.field(rule.deadlineField()).map(f -> f.label()).orElse(rule.deadlineField()) + "」の "
                        + rule.days() + " 営業日前まで";
        };
    }

    static String warning(SlaRule rule) {
        return rule.warnDays() == 0 ? "期限当日に注意表示" : "期限の " + rule.warnDays() + " 営業日前から注意表示";
    }

    static String months(List<Integer> months) {
        return months.isEmpty() ? "通年" : months.stream().map(m -> m + "月").collect(Collectors.joining("・"));
    }

    /** 「手当種別が住居のときだけ」 and a line break for a field with a condition; empty for one that always applies. */
    static String condition(jp.shomu.ledger.domain.catalog.TaskType type, jp.shomu.ledger.domain.catalog.FieldDef f) {
        if (f.when() == null) {
            return "";
        }
        String on =
                type.field(f.when().field()).map(x -> x.label()).orElse(f.when().field());
        return "「" + on + "」が" + String.join("・", f.when().values()) + "のときだけ\n";
    }

    static String mark(boolean on) {
        return on ? "○" : "";
    }
}
