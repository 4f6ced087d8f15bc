package jp.shomu.ledger.service.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.SensitiveData;
import jp.shomu.ledger.store.audit.AccessLog;

/**
 * Decides what of a case's personal data its viewer sees, and records the view. No record, no look: when the view
 * cannot be recorded (a read-only ledger) the sensitive values are masked. Opening the same case again within
 * {@link #SAME_VISIT} adds no new record, so refreshing an open form does not flood the log.
 */
final class CaseViews {
    static final Duration SAME_VISIT = Duration.ofMinutes(15);

    private final LedgerContext ctx;

    CaseViews(LedgerContext ctx) {
        this.ctx = ctx;
    }

    CaseDetails show(StaffMember viewer, CaseDetails details) {
        CaseFile c = details.caseFile();
        List<FieldDef> sensitive = FieldInput.fieldsOf(details.type()).stream()
                .filter(f -> f.sensitive() && !c.field(f.key()).isEmpty())
                .toList();
        if (sensitive.isEmpty()) {
            return details;
        }
        boolean recordable = !ctx.ledger().isReadOnly();
        boolean needToKnow = NeedToKnowCheck.maySee(ctx, viewer, c, details.type());
        List<FieldDef> shown = sensitive.stream()
                .filter(f -> recordable && needToKnow && SensitiveData.maySee(viewer, f))
                .toList();
        if (!shown.isEmpty()) {
            record(viewer, c, shown);
        }
        return shown.size() == sensitive.size() ? details : masked(details, sensitive, shown);
    }

    private void record(StaffMember viewer, CaseFile c, List<FieldDef> sensitive) {
        Instant now = ctx.ledger().clock().instant();
        Optional<Instant> last = ctx.ledger().read(conn -> AccessLog.lastView(conn, viewer.login(), c.id()));
        if (last.isPresent() && last.get().isAfter(now.minus(SAME_VISIT))) {
            return;
        }
        List<String> keys = sensitive.stream().map(FieldDef::key).toList();
        ctx.ledger().write(viewer.login(), tx -> {
            AccessLog.recordView(tx, c.id(), c.typeCode(), keys);
            return null;
        });
    }

    private static CaseDetails masked(CaseDetails d, List<FieldDef> sensitive, List<FieldDef> shown) {
        Map<String, String> fields = new TreeMap<>(d.caseFile().fields());
        for (FieldDef f : sensitive) {
            if (!shown.contains(f)) {
                fields.put(f.key(), SensitiveData.MASK);
            }
        }
        return new CaseDetails(
                d.caseFile().withContent(d.caseFile().subject(), fields),
                d.type(),
                d.ticks(),
                d.pauses(),
                d.reviews(),
                d.timeEntries(),
                d.comments(),
                d.staffNames());
    }
}
