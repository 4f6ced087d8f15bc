package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.catalog.SlaRule;

/** An SLA rule in a few Japanese words, e.g. 完備後3営業日. */
final class SlaText {
    private SlaText() {}

    static String of(SlaRule rule) {
        return switch (rule.kind()) {
            case BUSINESS_DAYS -> "完備後" + rule.days() + "営業日";
            case CALENDAR_DAYS -> "起算日から" + rule.days() + "日(暦日)";
            case BEFORE_DEADLINE -> "締切の" + rule.days() + "営業日前";
        };
    }
}
