package jp.shomu.ledger.domain.cases;

import java.time.LocalDate;
import java.util.Optional;
import jp.shomu.ledger.domain.catalog.TaskType;

/**
 * A case's statutory limit (法定期限, e.g. 資格取得届 within 5 calendar days of 事実発生日), held in the field its type
 * names. It is shown beside the agreed SLA due date and never replaces it.
 */
public final class LegalDue {
    private LegalDue() {}

    public static Optional<LocalDate> of(TaskType type, CaseFile c) {
        if (type.legalDueField() == null) {
            return Optional.empty();
        }
        String value = c.field(type.legalDueField());
        return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
    }
}
