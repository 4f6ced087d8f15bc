package jp.shomu.ledger.store.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.store.ArchiveMark;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.store.cases.CaseSearchIndex;
import jp.shomu.ledger.store.cases.StoredStatus;
import jp.shomu.ledger.store.inquiries.FaqRepository;
import jp.shomu.ledger.store.inquiries.InquiryRepository;
import jp.shomu.ledger.store.months.AcceptedMonthRepository;
import jp.shomu.ledger.store.settings.ChangeIntegrity;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Checks a ledger: SQLite's own integrity check, the audit chain, and that every case and staff row is exactly
 * as its last audit entry left it — so a row edited or removed with another tool is found and named. A last entry
 * whose after-image is null records a removal on purpose (a case moved to a fiscal-year archive). The search index
 * is derived data: it is not compared with the audit trail, only checked cheaply ({@link CaseSearchIndex#check}).
 * After a checkpoint the chain starts where the rows moved to an audit archive file end ({@link CheckpointCheck}).
 * An audit archive file holds only those moved rows: for it, the integrity check and its piece of the chain.
 */
public final class LedgerVerifier {
    private LedgerVerifier() {}

    /** @param notes facts worth knowing that are not problems (an audit archive file not beside the ledger) */
    public record Result(List<String> problems, List<String> notes, long auditRows, long cases) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result verify(Ledger ledger) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (ledger.isOnServer()) {
            // the server keeps its pages and foreign keys whole itself; what is left to prove is the app's
            notes.add("サーバーの台帳のため、ファイルの整合性検査は PostgreSQL に任せています(監査ログと各行は検査しました)");
        } else if (!fileIntact(ledger, problems)) {
            return new Result(problems, notes, 0, 0);
        }
        AuditLog.verify(ledger).ifPresent(b -> problems.add(b.reason()));
        if (!ArchiveMark.of(ledger).map(ArchiveMark::holdsAuditTrailOnly).orElse(false)) {
            CheckpointCheck.check(ledger, problems, notes);
            problems.addAll(ChangeIntegrity.check(ledger));
            List<String> damaged = damagedStatuses(ledger);
            problems.addAll(damaged);
            problems.addAll(AuditComparison.compare(ledger, "case", "case_file", CaseRepository::snapshot, "案件"));
            if (damaged.isEmpty()) {
                problems.addAll(CaseSearchIndex.check(ledger));
            }
            problems.addAll(AuditComparison.compare(ledger, "staff", "staff", StaffRepository::snapshot, "職員名簿"));
            problems.addAll(AuditComparison.compare(
                    ledger,
                    AuditEntities.ACCEPTED_MONTH,
                    "accepted_month",
                    AcceptedMonthRepository::snapshot,
                    "受理済みの月次報告"));
            problems.addAll(AuditComparison.compare(ledger, "inquiry", "inquiry", InquiryRepository::snapshot, "問合せ"));
            problems.addAll(AuditComparison.compare(ledger, "faq", "faq_article", FaqRepository::snapshot, "FAQ"));
            problems.addAll(AuditComparison.compare(
                    ledger, "faq_version", "faq_article_version", FaqRepository::versionSnapshot, "FAQ の版"));
            problems.addAll(CentreTables.compare(ledger));
            problems.addAll(PeopleAudit.compare(ledger));
            problems.addAll(SeasonalAudit.compare(ledger));
            problems.addAll(TablesAudit.compare(ledger));
        }
        long auditRows = ledger.read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM audit_log", rs -> rs.getLong(1))
                .orElse(0L));
        long cases = ledger.read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM case_file", rs -> rs.getLong(1))
                .orElse(0L));
        return new Result(problems, notes, auditRows, cases);
    }

    /** SQLite's integrity and foreign-key checks of the file; false when the file itself is damaged. */
    private static boolean fileIntact(Ledger ledger, List<String> problems) {
        // FTS5's part of integrity_check (SQLite 3.53) reuses the index structure this connection's previous check
        // read, even after another PC changed the index (a false "checksum mismatch"); a query of the index makes
        // FTS5 see the change and read it again. VerifyAgainstAuditTest shows it.
        ledger.read(c -> Sql.query(c, "SELECT rowid FROM case_search WHERE rowid = 0", rs -> null));
        List<String> integrity = ledger.read(c -> Sql.query(c, "PRAGMA integrity_check(20)", rs -> rs.getString(1)));
        if (!(integrity.size() == 1 && integrity.get(0).equals("ok"))) {
            problems.add("SQLite の整合性検査で問題: " + String.join(" / ", integrity));
            return false;
        }
        List<String> fk = ledger.read(c -> Sql.query(
                c,
                "PRAGMA foreign_key_check",
                rs -> rs.getString(1) + " の行 " + rs.getLong(2) + " が " + rs.getString(3) + " にない行を指しています"));
        problems.addAll(fk);
        return true;
    }

    /** Cases whose status (or status before a pause) is a value the app never writes: named, not a crash. */
    private static List<String> damagedStatuses(Ledger ledger) {
        List<String> names = StoredStatus.names();
        String in = Sql.placeholders(names.size());
        List<Object> params = new ArrayList<>(names);
        params.addAll(names);
        return ledger.read(c -> Sql.query(
                c,
                "SELECT id, status, status_before_pause FROM case_file WHERE status IS NULL OR status NOT IN " + in
                        + " OR (status_before_pause IS NOT NULL AND status_before_pause NOT IN " + in + ")"
                        + " ORDER BY id LIMIT 20",
                rs -> StoredStatus.damaged(
                        rs.getLong(1), names.contains(rs.getString(2)) ? rs.getString(3) : rs.getString(2)),
                params.toArray()));
    }

    /** The first problem, if any, for short messages. */
    public static Optional<String> firstProblem(Result r) {
        return r.problems().stream().findFirst();
    }
}
