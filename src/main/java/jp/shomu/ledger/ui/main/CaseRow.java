package jp.shomu.ledger.ui.main;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.ui.common.SlaBadge;

/**
 * One row of the case list, with what the columns show and what the search box matches (normalised once, so a
 * keystroke only compares).
 *
 * @param legalDue the statutory limit (法定期限) of a type that has one, as the form's header shows it; null otherwise
 * @param legalMark how the 法定期限 column marks it today
 */
public record CaseRow(
        CaseListEntry entry,
        String typeName,
        SlaBadge sla,
        String searchText,
        boolean newlyAssigned,
        LocalDate legalDue,
        LegalMark legalMark) {
    /** How an open case's statutory limit stands: passed, earlier than the agreed SLA due date, or neither. */
    public enum LegalMark {
        NONE,
        BEFORE_SLA_DUE,
        PASSED
    }

    public CaseRow(CaseListEntry entry, String typeName, SlaBadge sla) {
        this(entry, typeName, sla, false);
    }

    /** @param newlyAssigned someone else assigned it to the person lately: marked 新着 in 自分の案件 */
    public CaseRow(CaseListEntry entry, String typeName, SlaBadge sla, boolean newlyAssigned) {
        this(entry, typeName, sla, newlyAssigned, null, null);
    }

    /** @param today the day the 法定期限 column's mark is for */
    public CaseRow(
            CaseListEntry entry,
            String typeName,
            SlaBadge sla,
            boolean newlyAssigned,
            LocalDate legalDue,
            LocalDate today) {
        this(
                entry,
                typeName,
                sla,
                normalize(entry.id() + " " + entry.typeCode() + " " + typeName + " "
                        + entry.subject() + " " + statusText(entry) + " "
                        + (entry.assigneeName() == null ? "" : entry.assigneeName()) + " " + sla.text()),
                newlyAssigned,
                legalDue,
                legalMark(entry, legalDue, today));
    }

    /** Only an open case is marked: a closed one's limit is history. */
    static LegalMark legalMark(CaseListEntry e, LocalDate legalDue, LocalDate today) {
        if (legalDue == null || today == null || e.status().isClosed()) {
            return LegalMark.NONE;
        }
        if (legalDue.isBefore(today)) {
            return LegalMark.PASSED;
        }
        return e.dueOn() != null && legalDue.isBefore(e.dueOn()) ? LegalMark.BEFORE_SLA_DUE : LegalMark.NONE;
    }

    /** The status as the list shows it: a case sent back says so (処理中・差戻し). */
    public String statusText() {
        return statusText(entry);
    }

    static String statusText(CaseListEntry e) {
        return e.sentBack()
                ? jp.shomu.ledger.ui.common.Messages.format(
                        "list.sentBack", e.status().label())
                : e.status().label();
    }

    public long id() {
        return entry.id();
    }

    public String assignee() {
        return entry.assigneeName() == null ? "" : entry.assigneeName();
    }

    public LocalDate due() {
        return entry.dueOn();
    }

    /**
     * Whether every word of the search text appears in the number, subject, type, status or assignee.
     *
     * @param text the search text, already {@link #normalize normalised}
     */
    public boolean matches(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (String word : text.split("\\s+")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String normalize(String s) {
        return s == null
                ? ""
                : Normalizer.normalize(s, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .strip();
    }
}
