package jp.shomu.ledger.app.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;

/**
 * Proves that nothing was lost: the final ledger must agree with the union of every writer's log of successful
 * writes. No two writers may both have saved the same version of a case (that would be a silent overwrite),
 * each case's version and subject must be the last logged ones, every case has one audit row per version, and
 * every logged tick and comment is in the file.
 */
final class LostUpdateCheck {
    record Outcome(List<String> problems, int versionedWrites, int ticks, int comments) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private LostUpdateCheck() {}

    /**
     * @param afterCrash writers were killed: a commit may have landed without its log line, so the ledger may be
     *                   ahead of the logs (never behind)
     */
    static Outcome check(Ledger ledger, List<WriteLog.Entry> entries, boolean afterCrash) {
        List<String> problems = new ArrayList<>();
        Map<Long, WriteLog.Entry> lastVersioned = new HashMap<>();
        Map<Long, WriteLog.Entry> lastSubject = new HashMap<>();
        Map<String, String> versionOwner = new HashMap<>();
        Set<String> ticks = new HashSet<>();
        int versioned = 0;
        int tickCount = 0;
        int commentCount = 0;
        for (WriteLog.Entry e : entries) {
            switch (e.kind()) {
                case 'C', 'U', 'S' -> {
                    versioned++;
                    String key = e.caseId() + "@" + e.version();
                    String other = versionOwner.putIfAbsent(key, e.writer());
                    if (other != null) {
                        problems.add("案件 " + e.caseId() + " の版 " + e.version() + " を " + other + " と " + e.writer()
                                + " の両方が保存したことになっています(上書きによる消失)");
                    }
                    lastVersioned.merge(e.caseId(), e, (a, b) -> a.version() >= b.version() ? a : b);
                    if (e.kind() != 'S') {
                        lastSubject.merge(e.caseId(), e, (a, b) -> a.version() >= b.version() ? a : b);
                    }
                }
                case 'T' -> {
                    tickCount++;
                    if (!ticks.add(e.caseId() + "/" + e.detail())) {
                        problems.add("案件 " + e.caseId() + " の項目 " + e.detail() + " を2人がチェックしたことになっています");
                    }
                    long n = ledger.read(c -> Sql.queryOne(
                                    c,
                                    "SELECT COUNT(*) FROM checklist_tick t JOIN staff s"
                                            + " ON s.id = t.ticked_by WHERE t.case_id = ? AND t.item_id = ? AND s.login = ?",
                                    rs -> rs.getLong(1),
                                    e.caseId(),
                                    e.detail(),
                                    e.writer())
                            .orElse(0L));
                    if (n != 1) {
                        problems.add("案件 " + e.caseId() + " のチェック " + e.detail() + "(" + e.writer() + ")が台帳にありません");
                    }
                }
                case 'K' -> {
                    commentCount++;
                    long n = ledger.read(c -> Sql.queryOne(
                                    c,
                                    "SELECT COUNT(*) FROM comment WHERE case_id = ? AND body = ?",
                                    rs -> rs.getLong(1),
                                    e.caseId(),
                                    e.detail())
                            .orElse(0L));
                    if (n != 1) {
                        problems.add("案件 " + e.caseId() + " のコメント「" + e.detail() + "」が台帳にありません");
                    }
                }
                default -> problems.add("記録の形式が不正です: " + e);
            }
        }
        for (WriteLog.Entry last : lastVersioned.values()) {
            checkCase(ledger, last, lastSubject.get(last.caseId()), afterCrash, problems);
        }
        return new Outcome(problems, versioned, tickCount, commentCount);
    }

    private static void checkCase(
            Ledger ledger, WriteLog.Entry last, WriteLog.Entry subject, boolean afterCrash, List<String> problems) {
        long id = last.caseId();
        Optional<String[]> row = ledger.read(c -> Sql.queryOne(
                c,
                "SELECT version, subject FROM case_file WHERE id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)},
                id));
        if (row.isEmpty()) {
            problems.add("案件 " + id + " が台帳にありません");
            return;
        }
        long version = Long.parseLong(row.get()[0]);
        if (version < last.version() || (!afterCrash && version != last.version())) {
            problems.add("案件 " + id + " の版が記録と一致しません(台帳 " + version + "、記録の最後 " + last.version() + ")");
        }
        if (version == last.version() && subject != null && !subject.detail().equals(row.get()[1])) {
            problems.add("案件 " + id + " の件名が最後に保存されたものと違います(" + row.get()[1] + " / " + subject.detail() + ")");
        }
        long audits = ledger.read(c -> Sql.queryOne(
                        c,
                        "SELECT COUNT(*) FROM audit_log WHERE entity = 'case' AND entity_id = ?",
                        rs -> rs.getLong(1),
                        String.valueOf(id))
                .orElse(0L));
        if (audits != version) {
            problems.add("案件 " + id + " の監査ログが " + audits + " 行です(版 " + version + " なら同数のはず)");
        }
    }
}
