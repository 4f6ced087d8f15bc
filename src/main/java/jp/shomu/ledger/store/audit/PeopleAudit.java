package jp.shomu.ledger.store.audit;

import java.util.List;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.AuditComparison.Table;
import jp.shomu.ledger.store.people.StaffRecordsRepository;
import jp.shomu.ledger.store.people.StaffTermsRepository;

/** The 従事者名簿's tables (V9) compared with their last audited images, as verify does for staff. */
final class PeopleAudit {
    private static final List<Table> TABLES = List.of(
            new Table("staff_terms", "staff_terms", StaffTermsRepository::snapshot, "従事者名簿(勤務条件)"),
            new Table("staff_training", "staff_training", StaffRecordsRepository::trainingSnapshot, "従事者名簿(研修)"),
            new Table("staff_badge", "staff_badge", StaffRecordsRepository::badgeSnapshot, "従事者名簿(身分証)"));

    private PeopleAudit() {}

    static List<String> compare(Ledger ledger) {
        return AuditComparison.compareAll(ledger, TABLES);
    }
}
