package jp.shomu.ledger.domain.catalog;

/**
 * The due-date rule of a task type.
 *
 * @param days          N of the rule (business or calendar days, see {@link SlaKind})
 * @param warnDays      business days before the due date when the case turns to "warning"
 * @param deadlineField for {@link SlaKind#BEFORE_DEADLINE}: key of the date field holding the fixed deadline
 * @param basis         why this limit (law, contract, public reference), in Japanese
 */
public record SlaRule(SlaKind kind, int days, int warnDays, String deadlineField, String basis) {
    public SlaRule {
        deadlineField = deadlineField == null ? "" : deadlineField;
        basis = basis == null ? "" : basis;
    }
}
