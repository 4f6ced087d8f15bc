package jp.shomu.ledger.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.store.audit.AccessLog;

/**
 * One export or report made by one person: every case-field cell goes through {@link #cell}, which masks what the
 * person may not see, and {@link #close} records in the view log what left the ledger (how many cases, which
 * sensitive fields were shown). Use it with try-with-resources around writing the file:
 * <pre>
 * try (SensitiveOutput out = SensitiveOutput.start(ctx, me, "台帳出力", "2027-04")) {
 *     row.cell(i).setCellValue(out.cell(caseId, field, value));
 * }
 * </pre>
 */
public final class SensitiveOutput implements AutoCloseable {
    private final LedgerContext ctx;
    private final StaffMember viewer;
    private final String what;
    private final String scope;
    private final Set<Long> cases = new HashSet<>();
    private final Set<String> shownFields = new TreeSet<>();
    private boolean closed;

    private SensitiveOutput(LedgerContext ctx, StaffMember viewer, String what, String scope) {
        this.ctx = ctx;
        this.viewer = viewer;
        this.what = what;
        this.scope = scope;
    }

    /**
     * @param what  the kind of output, as the view log shows it (e.g. "台帳出力", "月次報告")
     * @param scope its period or filter (e.g. "2027-04-01〜2027-04-30 2-2")
     */
    public static SensitiveOutput start(LedgerContext ctx, StaffMember viewer, String what, String scope) {
        return new SensitiveOutput(ctx, viewer, what, scope);
    }

    /** The cell's text for this person, remembering that case {@code caseId} is in the output. */
    public String cell(long caseId, FieldDef field, String value) {
        cases.add(caseId);
        String shown = SensitiveData.display(viewer, field, value);
        if (field.sensitive() && !shown.isEmpty() && !SensitiveData.isMask(shown)) {
            shownFields.add(field.key());
        }
        return shown;
    }

    /** Notes a case that is in the output without any field cell (a row of header columns only). */
    public void includes(long caseId) {
        cases.add(caseId);
    }

    /**
     * For an output whose disclosure was recorded before it was made, in the live ledger (the handover's full export
     * is written from a copy; recording in the copy would fork its chain from the live one): close records nothing.
     */
    public void recordedInAdvance() {
        closed = true;
    }

    /** Records the output in the view log, once; an output with no case in it records nothing. */
    @Override
    public void close() {
        if (closed || cases.isEmpty()) {
            closed = true;
            return;
        }
        closed = true;
        List<String> fields = List.copyOf(shownFields);
        ctx.ledger().write(viewer.login(), tx -> {
            AccessLog.recordDisclosure(tx, what, scope, cases.size(), fields);
            return null;
        });
    }
}
