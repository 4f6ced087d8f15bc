package jp.shomu.ledger.store.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The case table as it stood at a moment, rebuilt from the audit trail: a common table expression {@code f} with
 * the columns of case_file. A case not saved since the moment is its row as it is; a case saved since is the
 * after-image of its last audited save before the moment (the trail keeps every save's whole row); a case
 * registered after the moment is not there. The monthly report reads {@code f} instead of case_file, so a month's
 * figures stay what they were at its end whenever the report is made.
 *
 * <p>Extra columns: {@code snap} (the after-image as JSON, null for an unchanged row: its fields are in
 * case_field), {@code now_status} and {@code now_completed_on} (where the case stands today).
 */
public final class CasesAsOf {
    private static final Set<String> INTEGERS =
            Set.of("id", "catalog_version", "assignee_id", "created_by", "send_back_count", "version");

    private CasesAsOf() {}

    /** "WITH f AS (…) " — takes the three parameters {@link #params} puts first. */
    public static String with() {
        List<String> fromRow = new ArrayList<>();
        List<String> fromTrail = new ArrayList<>();
        for (String col : CaseRepository.COLUMNS.split(",")) {
            String c = col.strip();
            fromRow.add("cf." + c);
            String value = "json_extract(audit_text(a.after), '$." + c + "')";
            fromTrail.add((INTEGERS.contains(c) ? "CAST(" + value + " AS INTEGER)" : value) + " AS " + c);
        }
        return "WITH f AS (SELECT " + String.join(", ", fromRow)
                + ", NULL AS snap, cf.status AS now_status, cf.completed_on AS now_completed_on"
                + " FROM case_file cf WHERE cf.updated_at < ?"
                + " UNION ALL SELECT " + String.join(", ", fromTrail)
                + ", audit_text(a.after) AS snap, cf.status AS now_status, cf.completed_on AS now_completed_on"
                + " FROM case_file cf JOIN audit_log a ON a.seq = (SELECT MAX(b.seq) FROM audit_log b"
                + "   WHERE b.entity = 'case' AND b.entity_id = CAST(cf.id AS TEXT) AND b.at < ?)"
                + " WHERE cf.updated_at >= ?) ";
    }

    /** The parameters of {@link #with()} followed by {@code rest}. */
    public static Object[] params(Instant cut, Object... rest) {
        String t = AsOf.text(cut);
        List<Object> all = new ArrayList<>(List.of(t, t, t));
        all.addAll(Arrays.asList(rest));
        return all.toArray();
    }

    /**
     * A condition on time_entry {@code t}: the entry was recorded before the cut. An entry whose audit row was
     * archived away is old, so it counts.
     */
    public static String timeRecordedBefore() {
        return " NOT EXISTS (SELECT 1 FROM audit_log ta WHERE ta.entity = 'time' AND ta.entity_id = CAST(t.id AS TEXT)"
                + " AND ta.at >= ?)";
    }
}
