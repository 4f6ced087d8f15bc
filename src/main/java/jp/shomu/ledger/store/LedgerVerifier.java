package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a ledger: SQLite's own integrity check, the audit chain, and that every case and staff row is exactly
 * as its last audit entry left it — so a row edited or removed with another tool is found and named. A last entry
 * whose after-image is null records a removal on purpose (a case moved to a fiscal-year archive). The search index
 * is derived data: it is not compared with the audit trail, only checked cheaply ({@link CaseSearchIndex#check}).
 */
public final class LedgerVerifier {
    private static final int PAGE = 500;

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
        problems.addAll(compareWithAudit(ledger, "case", "SELECT id FROM case_file WHERE id > ? ORDER BY id LIMIT ?",
                CaseRepository::snapshot, "案件"));
        problems.addAll(CaseSearchIndex.check(ledger));
        problems.addAll(compareWithAudit(ledger, "staff", "SELECT id FROM staff WHERE id > ? ORDER BY id LIMIT ?",
                StaffRepository::snapshot, "職員名簿"));
        long auditRows = ledger.read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM audit_log", rs -> rs.getLong(1)).orElse(0L));
        long cases = ledger.read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM case_file", rs -> rs.getLong(1)).orElse(0L));
        return new Result(problems, auditRows, cases);
    }

    @FunctionalInterface
    private interface Snapshotter {
        Map<String, String> snapshot(Connection c, long id) throws SQLException;
    }

    private static List<String> compareWithAudit(Ledger ledger, String entity, String idsSql, Snapshotter snapshotter,
                                                 String what) {
        List<String> problems = new ArrayList<>();
        Map<String, String> lastAfter = ledger.read(c -> {
            Map<String, String> m = new TreeMap<>();
            Sql.query(c, "SELECT entity_id, after FROM audit_log WHERE seq IN (SELECT MAX(seq) FROM audit_log"
                    + " WHERE entity = ? GROUP BY entity_id)", rs -> m.put(rs.getString(1), rs.getString(2)), entity);
            return m;
        });
        long from = 0;
        while (problems.size() < 20) {
            long after = from;
            List<Long> ids = ledger.read(c -> Sql.query(c, idsSql, rs -> rs.getLong(1), after, PAGE));
            for (long id : ids) {
                Map<String, String> now = ledger.read(c -> snapshotter.snapshot(c, id));
                String key = Long.toString(id);
                boolean known = lastAfter.containsKey(key);
                String audited = lastAfter.remove(key);
                if (!known) {
                    problems.add(what + " " + id + " に監査ログの記録がありません(アプリを通さずに追加された可能性)");
                } else if (audited == null) {
                    problems.add(what + " " + id + " は監査ログでは台帳から除かれた(年度アーカイブへ移した)のに、台帳に残っています");
                } else if (!Json.write(now).equals(audited)) {
                    problems.add(what + " " + id + " の内容が監査ログの最後の記録と一致しません(アプリを通さずに変更された可能性): "
                            + differences(Json.readFlat(audited), now));
                }
            }
            if (ids.size() < PAGE) {
                break;
            }
            from = ids.get(ids.size() - 1);
        }
        // a last entry with after = null means the row was removed on purpose (moved to a fiscal-year archive)
        lastAfter.forEach((id, json) -> {
            if (json != null && problems.size() < 20) {
                problems.add(what + " " + id + " が監査ログにはあるのに台帳にありません(削除された可能性)");
            }
        });
        return problems;
    }

    private static String differences(Map<String, String> audited, Map<String, String> now) {
        List<String> diffs = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(audited.keySet());
        keys.addAll(now.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(audited.get(k), now.get(k))) {
                diffs.add(k);
            }
        }
        return String.join(", ", diffs);
    }

    /** The first problem, if any, for short messages. */
    public static Optional<String> firstProblem(Result r) {
        return r.problems().stream().findFirst();
    }
}
