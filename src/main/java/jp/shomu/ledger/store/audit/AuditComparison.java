package jp.shomu.ledger.store.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import jp.shomu.ledger.store.AuditImages;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;

/**
 * Compares every row of a table with its last audit image, a page of rows at a time, so that a ledger of half a
 * million cases is checked in bounded memory and no single read holds the file for long. A last image of null
 * records a removal on purpose (a case moved to a fiscal-year archive).
 */
final class AuditComparison {
    private static final int PAGE = 500;
    private static final int MAX_PROBLEMS = 20;

    @FunctionalInterface
    interface Snapshotter {
        Map<String, String> snapshot(Connection c, long id) throws SQLException;
    }

    /** One audited table: its audit entity, its SQL table, how a row is imaged, and its name in a problem. */
    record Table(String entity, String table, Snapshotter snapshotter, String what) {}

    private AuditComparison() {}

    /** Compares each table in turn, its problems in the order the tables are given. */
    static List<String> compareAll(Ledger ledger, List<Table> tables) {
        List<String> problems = new ArrayList<>();
        for (Table t : tables) {
            problems.addAll(compare(ledger, t.entity(), t.table(), t.snapshotter(), t.what()));
        }
        return problems;
    }

    static List<String> compare(Ledger ledger, String entity, String table, Snapshotter snapshotter, String what) {
        List<String> problems = new ArrayList<>();
        long from = 0;
        while (problems.size() < MAX_PROBLEMS) {
            long after = from;
            List<Long> ids = ledger.read(c -> Sql.query(
                    c,
                    "SELECT id FROM " + table + " WHERE id > ? ORDER BY id LIMIT ?",
                    rs -> rs.getLong(1),
                    after,
                    PAGE));
            Map<String, String> audited =
                    lastImages(ledger, entity, ids.stream().map(String::valueOf).toList());
            for (long id : ids) {
                Map<String, String> now = ledger.read(c -> snapshotter.snapshot(c, id));
                String key = Long.toString(id);
                String image = audited.get(key);
                if (!audited.containsKey(key)) {
                    problems.add(what + " " + id + " に監査ログの記録がありません(アプリを通さずに追加された可能性)");
                } else if (image == null) {
                    problems.add(what + " " + id + " は監査ログでは台帳から除かれた(年度アーカイブへ移した)のに、台帳に残っています");
                } else if (!Json.write(now).equals(image)) {
                    problems.add(what + " " + id + " の内容が監査ログの最後の記録と一致しません(アプリを通さずに変更された可能性): "
                            + differences(Json.readFlat(image), now));
                }
            }
            if (ids.size() < PAGE) {
                break;
            }
            from = ids.get(ids.size() - 1);
        }
        problems.addAll(missingRows(ledger, entity, table, what, MAX_PROBLEMS - problems.size()));
        return problems;
    }

    /** The last audit image of each of {@code ids} that has one (null values: removed on purpose). */
    private static Map<String, String> lastImages(Ledger ledger, String entity, List<String> ids) {
        Map<String, String> images = new HashMap<>();
        if (ids.isEmpty()) {
            return images;
        }
        List<Object> params = new ArrayList<>();
        params.add(entity);
        params.addAll(ids);
        ledger.read(c -> Sql.query(
                c,
                "SELECT entity_id, after FROM audit_log WHERE seq IN (SELECT MAX(seq) FROM audit_log"
                        + " WHERE entity = ? AND entity_id IN " + Sql.placeholders(ids.size()) + " GROUP BY entity_id)",
                rs -> images.put(rs.getString(1), AuditImages.textForCheck(rs, 2)),
                params.toArray()));
        return images;
    }

    /** Rows the audit trail last saw alive (after-image not null) that are gone from the table. */
    private static List<String> missingRows(Ledger ledger, String entity, String table, String what, int room) {
        List<String> problems = new ArrayList<>();
        String fromKey = "";
        while (problems.size() < room) {
            String after = fromKey;
            List<Object[]> last = ledger.read(c -> Sql.query(
                    c,
                    "SELECT entity_id, MAX(seq) FROM audit_log WHERE entity = ?"
                            + " AND entity_id > ? GROUP BY entity_id ORDER BY entity_id LIMIT ?",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)},
                    entity,
                    after,
                    PAGE));
            if (last.isEmpty()) {
                break;
            }
            List<Object> seqs = last.stream().map(r -> r[1]).toList();
            List<String> aliveRows = ledger.read(c -> Sql.query(
                    c,
                    "SELECT entity_id FROM audit_log WHERE seq IN " + Sql.placeholders(seqs.size())
                            + " AND after IS NOT NULL",
                    rs -> rs.getString(1),
                    seqs.toArray()));
            Set<String> alive = new TreeSet<>(aliveRows);
            if (!alive.isEmpty()) {
                List<Object> keys = alive.stream()
                        .filter(id -> id.matches("[0-9]{1,18}"))
                        .map(id -> (Object) Long.valueOf(id))
                        .toList();
                Set<String> present = keys.isEmpty()
                        ? Set.of()
                        : new HashSet<>(ledger.read(c -> Sql.query(
                                c,
                                "SELECT id FROM " + table + " WHERE id IN " + Sql.placeholders(keys.size()),
                                rs -> Long.toString(rs.getLong(1)),
                                keys.toArray())));
                for (String id : alive) {
                    if (!present.contains(id) && problems.size() < room) {
                        problems.add(what + " " + id + " が監査ログにはあるのに台帳にありません(削除された可能性)");
                    }
                }
            }
            fromKey = (String) last.get(last.size() - 1)[0];
        }
        return problems;
    }

    private static String differences(Map<String, String> audited, Map<String, String> now) {
        List<String> diffs = new ArrayList<>();
        Set<String> keys = new TreeSet<>(audited.keySet());
        keys.addAll(now.keySet());
        for (String k : keys) {
            if (!Objects.equals(audited.get(k), now.get(k))) {
                diffs.add(k);
            }
        }
        return String.join(", ", diffs);
    }
}
