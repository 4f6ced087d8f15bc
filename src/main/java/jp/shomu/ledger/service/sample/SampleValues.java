package jp.shomu.ledger.service.sample;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.SlaKind;
import jp.shomu.ledger.domain.catalog.TaskType;

/** Plausible, clearly fictional field values for a sample case of a given type. */
final class SampleValues {
    private static final String[] DEPARTMENTS = {
        "見本区役所 市民課", "架空局 総務課", "試用部 企画課", "見本消防署 総務係", "架空小学校", "模擬水道事務所", "見本図書館", "例示保健センター"
    };
    private static final String[] CHANNELS = {"庶務事務システム", "LoGoフォーム", "紙・庁内便", "メール", "電話"};

    private SampleValues() {}

    static Map<String, String> fields(TaskType type, LocalDate received, Random rnd, List<String> staffNames) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CommonFields.RECEIVED_ON, received.toString());
        values.put(CommonFields.CHANNEL, CHANNELS[rnd.nextInt(CHANNELS.length)]);
        values.put(CommonFields.REQUESTER_DEPT, DEPARTMENTS[rnd.nextInt(DEPARTMENTS.length)]);
        values.put(CommonFields.REQUESTER, employeeNo(rnd));
        if (rnd.nextInt(10) < 8) {
            values.put(
                    CommonFields.DOCS_COMPLETE_ON,
                    received.plusDays(rnd.nextInt(10) < 8 ? 0 : 1 + rnd.nextInt(3))
                            .toString());
        }
        for (FieldDef f : type.fields()) {
            boolean deadline = type.sla().kind() == SlaKind.BEFORE_DEADLINE
                    && f.key().equals(type.sla().deadlineField());
            if (!f.required() && !deadline && rnd.nextInt(10) < 4) {
                continue;
            }
            String value =
                    deadline ? received.plusDays(14 + rnd.nextInt(14)).toString() : value(f, received, rnd, staffNames);
            if (!f.calculated()) { // worked out on save; its draw stays so the sample is the same ledger as before
                values.put(f.key(), value);
            }
        }
        deadlineAhead(type, values, received);
        return values;
    }

    /**
     * When the SLA's deadline is calculated (3-3 法定期限 from 事実発生日), the dates it runs from lie after the receipt,
     * as they do for the cases 1-1 starts ahead of an appointment; otherwise most such sample cases would be late.
     */
    static void deadlineAhead(TaskType type, Map<String, String> values, LocalDate received) {
        if (type.sla().kind() != SlaKind.BEFORE_DEADLINE) {
            return;
        }
        type.field(type.sla().deadlineField())
                .filter(FieldDef::calculated)
                .ifPresent(deadline -> jp.shomu.ledger.domain.calc.Formula.parse(deadline.formula())
                        .fields()
                        .forEach(key -> type.field(key)
                                .filter(f -> f.type() == jp.shomu.ledger.domain.catalog.FieldType.DATE)
                                .ifPresent(f -> values.computeIfPresent(
                                        key,
                                        (k, v) -> received.plusDays(7 + received.getDayOfMonth() % 14)
                                                .toString()))));
    }

    private static String value(FieldDef f, LocalDate received, Random rnd, List<String> staffNames) {
        return switch (f.type()) {
            case TEXT -> f.sensitive() ? "(架空)" + f.label() + "の記載" : f.label() + "(見本)";
            case DATE -> received.minusDays(rnd.nextInt(20)).toString();
            case MONTH ->
                java.time.YearMonth.from(received.plusMonths(rnd.nextInt(2))).toString();
            case YEN -> Integer.toString((1 + rnd.nextInt(300)) * 100);
            case COUNT -> Integer.toString(1 + rnd.nextInt(20));
            case CHOICE -> f.choices().get(rnd.nextInt(f.choices().size()));
            case EMPLOYEE_NO -> employeeNo(rnd);
            case STAFF -> staffNames.get(rnd.nextInt(staffNames.size()));
            case FLAG -> rnd.nextInt(10) < 8 ? "true" : "false";
        };
    }

    /** Fictional city employee numbers: 8 digits starting 99, a range the roster never uses. */
    static String employeeNo(Random rnd) {
        return "99" + String.format("%06d", rnd.nextInt(1_000_000));
    }

    static String subject(TaskType type, Map<String, String> values, int serial) {
        String kind = type.fields().stream()
                .filter(f -> f.type() == jp.shomu.ledger.domain.catalog.FieldType.CHOICE)
                .map(f -> values.get(f.key()))
                .filter(v -> v != null)
                .findFirst()
                .orElse("");
        String target = values.getOrDefault("targetEmployee", "");
        return (kind.isEmpty() ? "" : kind + " ") + type.name().replace("事務", "")
                + (target.isEmpty() ? "" : "(" + target + ")") + " 見本" + serial;
    }
}
