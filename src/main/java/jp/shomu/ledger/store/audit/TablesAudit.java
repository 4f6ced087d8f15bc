package jp.shomu.ledger.store.audit;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.tables.BudgetRepository;
import jp.shomu.ledger.store.tables.CopierRepository;
import jp.shomu.ledger.store.tables.MeterReadingRepository;
import jp.shomu.ledger.store.tables.PostageRepository;
import jp.shomu.ledger.store.tables.StampRepository;
import jp.shomu.ledger.store.tables.TableCaseRepository;

/** The table screens' audited rows (docs/TABLES.md), for verify. */
final class TablesAudit {
    private TablesAudit() {}

    static List<String> compare(Ledger ledger) {
        List<String> problems = new ArrayList<>();
        problems.addAll(
                AuditComparison.compare(ledger, CopierRepository.ENTITY, "copier", CopierRepository::snapshot, "複合機"));
        problems.addAll(AuditComparison.compare(
                ledger, MeterReadingRepository.ENTITY, "meter_reading", MeterReadingRepository::snapshot, "検針値"));
        problems.addAll(AuditComparison.compare(
                ledger, TableCaseRepository.ENTITY, "table_case", TableCaseRepository::snapshot, "表の月末案件"));
        problems.addAll(AuditComparison.compare(
                ledger, StampRepository.ENTITY, "stamp_entry", StampRepository::snapshot, "切手受払簿の行"));
        problems.addAll(AuditComparison.compare(
                ledger, StampRepository.COUNT_ENTITY, "stamp_count", StampRepository::countSnapshot, "切手の実査"));
        problems.addAll(AuditComparison.compare(
                ledger, PostageRepository.ENTITY, "postage", PostageRepository::snapshot, "後納料金"));
        problems.addAll(AuditComparison.compare(
                ledger, BudgetRepository.ENTITY, "budget_line", BudgetRepository::snapshot, "予算の行"));
        problems.addAll(AuditComparison.compare(
                ledger, BudgetRepository.SPEND_ENTITY, "budget_spend", BudgetRepository::spendSnapshot, "執行額"));
        return problems;
    }
}
