package jp.shomu.ledger.store.audit;

import java.util.List;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.AuditComparison.Table;
import jp.shomu.ledger.store.tables.BudgetRepository;
import jp.shomu.ledger.store.tables.CopierRepository;
import jp.shomu.ledger.store.tables.MachineTermsRepository;
import jp.shomu.ledger.store.tables.MeterReadingRepository;
import jp.shomu.ledger.store.tables.PostageRepository;
import jp.shomu.ledger.store.tables.StampRepository;
import jp.shomu.ledger.store.tables.TableCaseRepository;

/** The table screens' audited rows (docs/TABLES.md), for verify. */
final class TablesAudit {
    private static final List<Table> TABLES = List.of(
            new Table(CopierRepository.ENTITY, "copier", CopierRepository::snapshot, "複合機"),
            new Table(MeterReadingRepository.ENTITY, "meter_reading", MeterReadingRepository::snapshot, "検針値"),
            new Table(TableCaseRepository.ENTITY, "table_case", TableCaseRepository::snapshot, "表の月末案件"),
            new Table(StampRepository.ENTITY, "stamp_entry", StampRepository::snapshot, "切手受払簿の行"),
            new Table(StampRepository.COUNT_ENTITY, "stamp_count", StampRepository::countSnapshot, "切手の実査"),
            new Table(PostageRepository.ENTITY, "postage", PostageRepository::snapshot, "後納料金"),
            new Table(BudgetRepository.ENTITY, "budget_line", BudgetRepository::snapshot, "予算の行"),
            new Table(BudgetRepository.SPEND_ENTITY, "budget_spend", BudgetRepository::spendSnapshot, "執行額"),
            new Table(MachineTermsRepository.ENTITY, "copier_terms", MachineTermsRepository::snapshot, "複合機の条件"),
            new Table(
                    MeterReadingRepository.REPLACEMENT_ENTITY,
                    "meter_replacement",
                    MeterReadingRepository::replacementSnapshot,
                    "メーター交換"));

    private TablesAudit() {}

    static List<String> compare(Ledger ledger) {
        return AuditComparison.compareAll(ledger, TABLES);
    }
}
