package jp.shomu.ledger.service.cases;

import java.time.LocalDate;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.NeedToKnow;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.people.StaffTermsRepository;
import jp.shomu.ledger.store.people.StaffTermsRepository.Terms;

/** Reads the viewer's terms in force today and applies {@link NeedToKnow} to one case. */
final class NeedToKnowCheck {
    /** The FLAG field of the types whose paperwork needs the 個人番号 (docs/CATALOG.md §5). */
    static final String MY_NUMBER_FLAG = "myNumberChecked";

    private NeedToKnowCheck() {}

    static boolean maySee(LedgerContext ctx, StaffMember viewer, CaseFile c, TaskType type) {
        if (viewer.role().isLeaderOrAbove() || (c.assigneeId() != null && c.assigneeId() == viewer.id())) {
            return true;
        }
        LocalDate today = ctx.today();
        Terms terms = ctx.ledger().read(conn -> {
            Terms found = null;
            for (Terms t : StaffTermsRepository.all(conn)) {
                if (t.period().staffId() == viewer.id()
                        && !t.period().effectiveFrom().isAfter(today)
                        && (found == null
                                || t.period()
                                        .effectiveFrom()
                                        .isAfter(found.period().effectiveFrom()))) {
                    found = t;
                }
            }
            return found;
        });
        boolean designated = terms != null
                && terms.myNumberSince() != null
                && !terms.myNumberSince().isAfter(today)
                && terms.period().inService(today);
        boolean needsMyNumber = type.field(MY_NUMBER_FLAG).isPresent();
        return NeedToKnow.maySee(
                viewer, c.assigneeId(), type.code(), needsMyNumber, terms == null ? null : terms.period(), designated);
    }
}
