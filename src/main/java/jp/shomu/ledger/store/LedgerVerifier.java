package jp.shomu.ledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a ledger: SQLite's own integrity check, the audit chain, and that every case and staff row is exactly
 * as its last audit entry left it — so a row edited or removed with another tool is found and named. A last entry
 * whose after-image is null records a removal on purpose (a case moved to a fiscal-year archive). The search index
 * is derived data: it is not compared with the audit trail, only checked cheaply ({@link CaseSearchIndex#check}).
 */
public final class LedgerVerifier {
    private LedgerVerifier() {
    }

    public record Result(List<String> problems, long auditRows, long cases) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result verify(Ledger ledger) {
        List<String> problems = new ArrayList<>();
        List<String> integrity = ledger.read(c -> Sql.query(c, "PRAGMA integrity_check(20)", rs -> rs.getString(1)));
        if (!(integrity.size() == 1 && integrity.get(0).equals("ok"))) {
            problems.add("SQLite の整合性検査で問題: " + String.join(" / ", integrity));
            return new Result(problems, 0, 0);
        }
        List<String> fk = ledger.read(c -> Sql.query(c, "PRAGMA foreign_key_check",
                rs -> rs.getString(1) + " の行 " + rs.getLong(2) + " が " + rs.getString(3) + " にない行を指しています"));
        problems.addAll(fk);
        AuditLog.verify(ledger).ifPresent(b -> problems.add(b.reason()));
        problems.addAll(ChangeIntegrity.check(ledger));
        problems.addAll(AuditComparison.compare(ledger, "case", "case_file", CaseRepository::snapshot, "案件"));
        problems.addAll(CaseSearchIndex.check(ledger));
        problems.addAll(AuditComparison.compare(ledger, "staff", "staff", StaffRepository::snapshot, "職員名簿"));
        long auditRows = ledger.read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM audit_log", rs -> rs.getLong(1)).orElse(0L));
        long cases = ledger.read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM case_file", rs -> rs.getLong(1)).orElse(0L));
        return new Result(problems, auditRows, cases);
    }

    /** The first problem, if any, for short messages. */
    public static Optional<String> firstProblem(Result r) {
        return r.problems().stream().findFirst();
    }
}
