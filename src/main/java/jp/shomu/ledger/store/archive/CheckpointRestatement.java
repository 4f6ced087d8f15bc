package jp.shomu.ledger.store.archive;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.store.AuditImages;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/**
 * Before the audit rows up to a checkpoint leave the ledger, everything verify compares with the trail must keep an
 * entry after the checkpoint: case and staff rows (compared with their last image), catalog versions, approved
 * settings and change proposals (compared with the SHA-256 first audited). Each of these whose last entry is at or
 * before the checkpoint and who is still alive (an after-image) gets one entry restating that last image (before =
 * after). The image is copied from the trail itself, never from the table, so a row changed behind the app's back
 * does not become audited by being restated.
 */
public final class CheckpointRestatement {
    public static final String RESTATED = "区切りでの再記載";
    private static final List<String> COMPARED = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                            AuditEntities.CASE,
                            AuditEntities.STAFF,
                            "catalog",
                            AuditEntities.SETTINGS,
                            AuditEntities.PROPOSAL,
                            // inquiries and the FAQ (issue #15): compared with their last image like case and staff
                            // rows
                            "inquiry",
                            "faq",
                            "faq_version"),
                    AuditEntities.CENTRE.keySet().stream().sorted())
            .toList();

    private CheckpointRestatement() {}

    /** The kinds of entity whose rows verify compares with their audited images. */
    public static List<String> comparedEntities() {
        return COMPARED;
    }

    /**
     * Ids among the next {@code scan} ids of {@code entity} (in index order, after {@code afterId}) whose last entry is
     * at or before {@code seq}; {@code nextAfterId} continues the scan, null when every id was seen.
     */
    public record Page(List<String> ids, String nextAfterId) {}

    public static Page pending(Ledger ledger, String entity, long seq, String afterId, int scan) {
        List<Object[]> last = ledger.read(c -> Sql.query(
                c,
                "SELECT entity_id, MAX(seq) FROM audit_log WHERE entity = ?"
                        + " AND entity_id > ? GROUP BY entity_id ORDER BY entity_id LIMIT ?",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)},
                entity,
                afterId,
                scan));
        List<String> ids = new ArrayList<>();
        for (Object[] row : last) {
            if ((long) row[1] <= seq) {
                ids.add((String) row[0]);
            }
        }
        String next = last.size() < scan ? null : (String) last.get(last.size() - 1)[0];
        return new Page(ids, next);
    }

    /**
     * Restates, inside the caller's write transaction, the last image of each of {@code ids} whose last entry is
     * still at or before {@code seq} (someone may have saved it since it was listed) and not a removal.
     * Returns how many were restated.
     */
    public static int restate(Tx tx, String entity, List<String> ids, long seq) throws SQLException {
        int restated = 0;
        for (String id : ids) {
            List<Object[]> last = Sql.query(
                    tx.connection(),
                    "SELECT seq, after FROM audit_log WHERE entity = ? AND entity_id = ?"
                            + " ORDER BY seq DESC LIMIT 1",
                    rs -> new Object[] {rs.getLong(1), AuditImages.text(rs, 2)},
                    entity,
                    id);
            if (!last.isEmpty() && (long) last.get(0)[0] <= seq && last.get(0)[1] != null) {
                String image = (String) last.get(0)[1];
                tx.audit(entity, id, RESTATED, image, image);
                restated++;
            }
        }
        return restated;
    }
}
